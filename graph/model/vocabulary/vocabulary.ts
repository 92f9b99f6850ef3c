import { z } from "zod";
import { ENTRIES, type VocabularyEntry } from "./entries.ts";
import { FAMILIES, FAMILY_IDS, familyLabel } from "./families.ts";

export { ENTRIES, FAMILIES, familyLabel, type VocabularyEntry };

/** The type a relation gets when no vocabulary entry matches its words; the words stay as its trigger. */
export const GENERIC_TYPE = "RELATED_TO";

export const VOCABULARY_TYPES: readonly string[] = ENTRIES.map((e) => e.name);

const typeNameSchema = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]*$/, "a relationship type is UPPER_SNAKE_CASE")
  .max(60, "a relationship type is at most 60 characters long");

/** A type a reviewer added (data/vocabulary.json): what the vocabulary lacked. */
export const additionSchema = z.strictObject({
  name: typeNameSchema.refine((n) => !VOCABULARY_TYPES.includes(n), "is already in the vocabulary"),
  family: z.enum(FAMILY_IDS),
  description: z.string().trim().min(1, "must not be empty").max(300, "is at most 300 characters long"),
});
export type VocabularyAddition = z.infer<typeof additionSchema>;

export const vocabularyFileSchema = z.strictObject({ additions: z.array(additionSchema) });
export type VocabularyFile = z.infer<typeof vocabularyFileSchema>;

/** The family of a type: the vocabulary's, a reviewer addition's, or undefined for a type outside both. */
export function familyOf(type: string, additions: readonly VocabularyAddition[] = []): string | undefined {
  return ENTRIES.find((e) => e.name === type)?.family ?? additions.find((a) => a.name === type)?.family;
}

export interface TypeGroup {
  family: string;
  label: string;
  types: string[];
}

/**
 * Types grouped by family in the vocabulary's order; types of no family come
 * last under "Other types" (data from before the vocabulary, say).
 */
export function groupByFamily(
  types: readonly string[],
  additions: readonly VocabularyAddition[] = [],
): TypeGroup[] {
  const groups: TypeGroup[] = [];
  for (const f of FAMILIES) {
    const here = types.filter((t) => familyOf(t, additions) === f.id);
    if (here.length > 0) groups.push({ family: f.id, label: f.label, types: here });
  }
  const other = types.filter((t) => familyOf(t, additions) === undefined);
  if (other.length > 0) groups.push({ family: "other", label: "Other types", types: other });
  return groups;
}
