import type { EntityLabel } from "../model/annotation.ts";
import { LABEL_FAMILIES } from "./lexicon.ts";
import type { SuggestedMention } from "./mentions.ts";
import type { AnalysedText, Sentence } from "./text.ts";

/**
 * A list names things of one kind: "Mid Oil Asia, Singa Tankers, Siqiriya
 * Maritime and Ferland Company Limited", "Basa Air Base, Fort Magsaysay and
 * Mactan-Benito Ebuen Air Base". A proper name that the parse puts in a list
 * (conj arcs, or the appositions CoreNLP hangs a list on) beside at least two
 * names of one kind, and that no engine saw whole, is a name of that kind; a
 * shorter mention inside it ("Asia" in "Mid Oil Asia") gives way to it.
 */

const familyOf = (labels: readonly EntityLabel[]) =>
  LABEL_FAMILIES.findIndex((f) => labels.some((l) => f.includes(l)));

/** The proper-noun phrase headed by a token: its compound and flat words, hyphens between them, up to the head. */
function phraseOf(
  sentence: Sentence,
  head: number,
  down: Map<number, number[]>,
): [number, number] | undefined {
  const tokens = sentence.tokens;
  const proper = (i: number) => /^NNP/.test(tokens[i]!.pos) && /^\p{Lu}/u.test(tokens[i]!.text);
  if (!proper(head)) return undefined;
  let start = head;
  const seen = new Set([head]);
  const stack = [head];
  while (stack.length > 0) {
    for (const d of down.get(stack.pop()!) ?? []) {
      if (d > head || seen.has(d)) continue;
      seen.add(d);
      stack.push(d);
      start = Math.min(start, d);
    }
  }
  for (let i = start; i <= head; i++) {
    if (!seen.has(i) || !(proper(i) || tokens[i]!.pos === "HYPH")) return undefined;
  }
  return [start, head];
}

export function listMemberMentions(analysed: AnalysedText, mentions: SuggestedMention[]): SuggestedMention[] {
  let out = mentions;
  for (const sentence of analysed.sentences) {
    if (sentence.arcs.length === 0) continue;
    const tokens = sentence.tokens;
    const down = new Map<number, number[]>();
    const root = new Map<number, number>();
    const find = (t: number): number => {
      const r = root.get(t) ?? t;
      return r === t ? t : find(r);
    };
    for (const a of sentence.arcs) {
      if (a.head < 0) continue;
      if (/^(compound|flat)$/.test(a.label) || (a.label === "punct" && tokens[a.dependent]!.pos === "HYPH"))
        down.set(a.head, [...(down.get(a.head) ?? []), a.dependent]);
      if (a.label.startsWith("conj") || a.label === "appos") {
        const [x, y] = [find(a.head), find(a.dependent)];
        if (x !== y) root.set(y, x);
      }
    }
    const here = out.filter((m) => m.sentence === sentence.index);
    /** The named mention whose last token is the given head. */
    const namedAt = (h: number) =>
      here.find((m) => m.kind === "named" && m.end === tokens[h]!.end && m.start <= tokens[h]!.start);
    const members = new Map<number, number[]>();
    for (const t of root.keys()) {
      for (const k of [t, find(t)]) {
        const r = find(k);
        if (!members.get(r)?.includes(k)) members.set(r, [...(members.get(r) ?? []), k]);
      }
    }
    for (const list of members.values()) {
      for (const h of list) {
        const span = phraseOf(sentence, h, down);
        if (!span) continue;
        const [start, end] = [tokens[span[0]]!.start, tokens[span[1]]!.end];
        const whole = namedAt(h);
        if (whole && whole.start === start) continue;
        const votes = new Map<number, SuggestedMention[]>();
        for (const k of list) {
          const m = k === h ? undefined : namedAt(k);
          const f = m ? familyOf(m.labels) : -1;
          if (m && f >= 0) votes.set(f, [...(votes.get(f) ?? []), m]);
        }
        const ranked = [...votes.values()].sort((a, b) => b.length - a.length);
        const kind = ranked[0];
        if (!kind || kind.length < 2 || (ranked[1] && ranked[1].length === kind.length)) continue;
        const inside = here.filter((m) => m.start < end && start < m.end);
        if (inside.some((m) => m.start < start || m.end > end)) continue;
        const mention: SuggestedMention = {
          sentence: sentence.index,
          start,
          end,
          text: analysed.text.slice(start, end),
          labels: [...kind[0]!.labels],
          kind: "named",
          engine: "rules",
          score: 0.6,
        };
        out = [...out.filter((m) => !inside.includes(m)), mention];
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
