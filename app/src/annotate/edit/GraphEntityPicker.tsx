import { useState } from "react";
import { NodeCombobox } from "../../shell/search/NodeCombobox.tsx";
import type { GraphEntity } from "../state/draftEdits.ts";
import { graphEntity } from "../state/graphEntity.ts";

/** The explorer's search box, choosing an entity of the graph (nodes that are no annotation entity are refused). */
export function GraphEntityPicker({
  label,
  onChoose,
}: {
  label: string;
  onChoose(entity: GraphEntity): void;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <NodeCombobox
        label={label}
        placeholder="Search the graph…"
        onChoose={(node) => {
          const entity = graphEntity(node);
          setError(entity ? null : "That node is not an entity of the annotations; choose another.");
          if (entity) onChoose(entity);
        }}
      />
      {error && <p role="alert">{error}</p>}
    </>
  );
}
