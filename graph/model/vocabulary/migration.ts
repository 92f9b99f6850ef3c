import type { Properties } from "../values.ts";
import { typeOfTrigger } from "./triggerMatch.ts";
import { VOCABULARY_TYPES } from "./vocabulary.ts";

/**
 * Old relationship types onto the vocabulary: a type of the vocabulary or
 * a reviewer's addition stays; any other is read as the words it was made
 * of ("SIGNED_DURING" → "signed during" → SIGNED), RELATED_TO when none
 * matches. The old words become the relation's trigger when it has none.
 */

export function migratedType(type: string, additions: readonly string[] = []): string {
  if (VOCABULARY_TYPES.includes(type) || additions.includes(type)) return type;
  return typeOfTrigger(type.split("_"));
}

/** The words an old type was made of, as a trigger. */
export function triggerOfType(type: string): string {
  return type.toLowerCase().split("_").join(" ");
}

export interface TypeChange {
  from: string;
  to: string;
  count: number;
}

interface Typed {
  type: string;
  properties?: Properties;
}

/** The relations with their types migrated (new objects; the input is untouched), and the changes counted. */
export function migrateRelations<T extends Typed>(
  relations: readonly T[],
  additions: readonly string[] = [],
): { relations: T[]; changes: TypeChange[] } {
  const counts = new Map<string, TypeChange>();
  const out = relations.map((r) => {
    const to = migratedType(r.type, additions);
    if (to === r.type) return r;
    const key = `${r.type}>${to}`;
    const change = counts.get(key) ?? { from: r.type, to, count: 0 };
    change.count++;
    counts.set(key, change);
    const properties = r.properties ?? {};
    return {
      ...r,
      type: to,
      properties: "trigger" in properties ? properties : { ...properties, trigger: triggerOfType(r.type) },
    };
  });
  return { relations: out, changes: [...counts.values()].sort((a, b) => a.from.localeCompare(b.from)) };
}
