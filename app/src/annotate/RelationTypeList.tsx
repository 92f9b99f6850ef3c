import type { Draft } from "../../../graph/model/draft.ts";
import { useApiGet } from "../shell/connection/useApiGet.ts";

/** The relationship types a type box offers: the graph's (from /api/schema) and the draft's own. */
export function RelationTypeList({ id, draft }: { id: string; draft: Draft }) {
  const schema = useApiGet<"schema">("/api/schema");
  const graphTypes = schema.state === "ready" ? schema.data.relationshipTypes.map((t) => t.type) : [];
  const types = [...new Set([...graphTypes, ...draft.relations.map((r) => r.type)])]
    .filter((t) => t !== "HAS_SENTENCE" && t !== "MENTIONS")
    .sort();
  return (
    <datalist id={id}>
      {types.map((t) => (
        <option key={t} value={t} />
      ))}
    </datalist>
  );
}
