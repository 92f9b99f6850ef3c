import { foldName } from "../lexical/fold.ts";
import { LABEL_FAMILIES, isTitle, kindLabels } from "./lexicon.ts";

/**
 * Names inside names: "Wagner Group" in a text and "Wagner" in the graph, or
 * "Keita" in a text and "Assimi Keita" in the graph. Neither is an exact
 * match; either may be the same thing, so it is a candidate with its reason.
 */

/** The shorter names a name holds at its start or end, in whole words ("Wagner" in "Wagner Group"). */
export function innerNames(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const out: string[] = [];
  for (let n = 1; n < words.length; n++) {
    for (const part of [words.slice(0, n), words.slice(words.length - n)]) {
      // A name starts and ends with a capitalised word: "of the" or "Group" alone is no name.
      if (!/^\p{Lu}/u.test(part[0]!) || !/^\p{Lu}/u.test(part[part.length - 1]!)) continue;
      // "Group" of "Wagner Group", "President" of "President Keita": a kind or a title alone names nothing.
      if (part.length === 1 && (kindLabels(part[0]!) || isTitle(part[0]!))) continue;
      out.push(part.join(" "));
    }
  }
  return [...new Set(out)];
}

function holds(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length >= outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, k) => outer[i + k] === w)) return true;
  }
  return false;
}

/** Why a graph name may be the text's name: one holds the other in whole words; undefined when neither does. */
export function containment(textName: string, graphName: string): string | undefined {
  const t = foldName(textName).split(" ");
  const g = foldName(graphName).split(" ");
  if (holds(t, g)) return `"${textName}" contains the graph's name "${graphName}"`;
  if (holds(g, t)) return `the graph's name "${graphName}" contains "${textName}"`;
  return undefined;
}

/** Whether two label sets are of one kind (Organization with Company; Person only with Person). */
export function sameKind(a: readonly string[], b: readonly string[]): boolean {
  return LABEL_FAMILIES.some(
    (f: readonly string[]) => a.some((l) => f.includes(l)) && b.some((l) => f.includes(l)),
  );
}
