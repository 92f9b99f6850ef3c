import type { Draft } from "../../../graph/model/draft.ts";
import { groupByFamily } from "../../../graph/model/vocabulary/vocabulary.ts";
import { useApiGet } from "../shell/connection/useApiGet.ts";
import { additionsOf, useVocabulary } from "../shell/vocabulary/useVocabulary.ts";

/**
 * The relationship types a type box offers: the vocabulary's, family by
 * family (each option labelled with its family), then the graph's and the
 * draft's other types.
 */
export function RelationTypeList({ id, draft }: { id: string; draft: Draft }) {
  const vocabulary = useVocabulary();
  const schema = useApiGet<"schema">("/api/schema");
  const graphTypes = schema.state === "ready" ? schema.data.relationshipTypes.map((t) => t.type) : [];
  const types = [
    ...new Set([
      ...(vocabulary?.types ?? []).map((t) => t.name),
      ...[...graphTypes, ...draft.relations.map((r) => r.type)].sort(),
    ]),
  ].filter((t) => t !== "HAS_SENTENCE" && t !== "MENTIONS");
  return (
    <datalist id={id}>
      {groupByFamily(types, additionsOf(vocabulary)).flatMap((g) =>
        g.types.map((t) => <option key={t} value={t} label={g.label} />),
      )}
    </datalist>
  );
}
