import type { VocabularyAnswer } from "../../../../graph/contract/vocabulary.ts";
import {
  type TypeGroup,
  type VocabularyAddition,
  groupByFamily,
} from "../../../../graph/model/vocabulary/vocabulary.ts";
import { useApiGet } from "../connection/useApiGet.ts";

/** The reviewers' additions in an answer of /api/vocabulary. */
export function additionsOf(answer: VocabularyAnswer | null): VocabularyAddition[] {
  return (answer?.types ?? [])
    .filter((t) => t.added)
    .map(({ name, family, description }) => ({
      name,
      family: family as VocabularyAddition["family"],
      description,
    }));
}

/** The vocabulary as the server has it (null until it answers: the built-in families still group). */
export function useVocabulary(): VocabularyAnswer | null {
  const resource = useApiGet<"vocabulary">("/api/vocabulary");
  return resource.state === "ready" ? resource.data : null;
}

/** Types grouped by family, the reviewers' additions in theirs. */
export function useTypeGroups(types: readonly string[]): TypeGroup[] {
  const vocabulary = useVocabulary();
  return groupByFamily(types, additionsOf(vocabulary));
}
