import type { DuplicateReason } from "../contract/duplicates.ts";
import { isTitle, kindLabels } from "../suggest/lexicon.ts";
import { nameWords, spellingKey } from "./spelling.ts";

export interface Reason {
  kind: DuplicateReason;
  detail: string;
  /** How strongly this reason alone says "one thing", in [0, 1]. */
  strength: number;
}

/** The words of a name after any leading titles ("General", "Gen.", "Mr"). */
function untitled(words: readonly string[]): readonly string[] {
  let i = 0;
  while (i < words.length - 1 && isTitle(words[i]!)) i++;
  return words.slice(i);
}

/** Whether `inner` is the first or the last words of `outer` (fewer words). */
function edge(outer: readonly string[], inner: readonly string[]): "start" | "end" | undefined {
  if (inner.length === 0 || inner.length >= outer.length) return undefined;
  const same = (from: number) => inner.every((w, k) => outer[from + k] === w);
  if (same(outer.length - inner.length)) return "end";
  if (same(0)) return "start";
  return undefined;
}

/**
 * Why two names may name one thing: equal (case and accents aside), spelled
 * alike (accents, transliteration), a titled surname beside a full name, or
 * one holding the other at its start or end in whole words. `person` limits
 * the containment to surnames ("Keita" in "Sadio Keita", not "Sadio").
 */
export function nameReason(a: string, b: string, person: boolean): Reason | undefined {
  // The same name, case and spacing aside; accents are a spelling difference, told as such.
  const plain = (n: string) => n.normalize("NFC").toLowerCase().trim().replace(/\s+/g, " ");
  if (plain(a) === plain(b)) return { kind: "shared-alias", detail: `both are named “${a}”`, strength: 0.9 };
  const wa = nameWords(a);
  const wb = nameWords(b);
  const ka = wa.map(spellingKey).join(" ");
  const kb = wb.map(spellingKey).join(" ");
  if (wa.join(" ") === wb.join(" ")) {
    return {
      kind: "spelling",
      detail: `“${a}” and “${b}” differ only in accents or punctuation`,
      strength: 0.9,
    };
  }
  if (ka === kb) {
    return {
      kind: "spelling",
      detail: `“${a}” and “${b}” are spelled alike (accents, transliteration)`,
      strength: 0.8,
    };
  }
  const ta = untitled(wa);
  const tb = untitled(wb);
  const titled = (short: string, full: string, ts: readonly string[], tf: readonly string[], titledWords: number) =>
    titledWords > 0 && ts.length === 1 && tf.length >= 2 && spellingKey(tf.at(-1)!) === spellingKey(ts[0]!)
      ? ({
          kind: "titled-surname",
          detail: `“${short}” is a title and the surname of “${full}”`,
          strength: 0.7,
        } as const)
      : undefined;
  if (person) {
    const found = titled(a, b, ta, tb, wa.length - ta.length) ?? titled(b, a, tb, ta, wb.length - tb.length);
    if (found) return found;
  }
  const ska = ta.map(spellingKey);
  const skb = tb.map(spellingKey);
  for (const [outer, inner, words, o, i] of [
    [ska, skb, ta, a, b],
    [skb, ska, tb, b, a],
  ] as const) {
    const at = edge(outer, inner);
    if (!at || (person && at !== "end")) continue;
    const rest = at === "end" ? words.slice(0, outer.length - inner.length) : words.slice(inner.length);
    // "Wagner Group" / "Wagner": the extra words only say what kind of thing it is.
    const kindOnly = rest.length === 1 && kindLabels(rest[0]!) !== undefined;
    return {
      kind: "name-contains",
      detail: `“${o}” contains “${i}”`,
      strength: kindOnly ? 0.7 : person ? 0.6 : 0.5,
    };
  }
  return undefined;
}
