import { type Parse, headOf } from "./grammar.ts";
import { LABEL_FAMILIES } from "./lexicon.ts";
import type { Occurrence, RelationGuess } from "./relationGuess.ts";

/**
 * Coordination: what a sentence says of one member of a list it says of each
 * ("the sites are A, B and C", "X signed with A and B"). The parse joins the
 * members by conj arcs; CoreNLP also hangs a list after a name on its first
 * member as appositions ("A, B, C and D" parsed as B, C, D appositions of A),
 * which counts when both are names of one family (two places, two companies).
 * A relation read for one member is given to the others that the sentence
 * relates to nothing through that predicate yet, a little lower, its evidence
 * stretched to the member.
 */

const CONJUNCT_PENALTY = 0.05;
const MIN_WINDOW_SCORE = 0.3;

function family(o: Occurrence): number {
  return LABEL_FAMILIES.findIndex((f) => o.labels.some((l) => f.includes(l)));
}

/** Each occurrence's list: occurrences of the sentence whose heads the conj (or same-family appos) arcs join. */
function listsOf(parse: Parse, here: readonly Occurrence[]): Map<Occurrence, Occurrence[]> {
  const heads = new Map<Occurrence, number>();
  for (const o of here) {
    const h = headOf(parse, o.mention);
    if (h !== undefined) heads.set(o, h);
  }
  const root = new Map<number, number>();
  const find = (t: number): number => {
    const r = root.get(t) ?? t;
    return r === t ? t : find(r);
  };
  const join = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) root.set(y, x);
  };
  const at = new Map<number, Occurrence[]>();
  for (const [o, h] of heads) at.set(h, [...(at.get(h) ?? []), o]);
  for (const arc of parse.sentence.arcs) {
    if (arc.head < 0) continue;
    if (arc.label.startsWith("conj")) join(arc.head, arc.dependent);
    else if (arc.label === "appos") {
      const a = at.get(arc.head) ?? [];
      const b = at.get(arc.dependent) ?? [];
      if (a.some((x) => b.some((y) => family(x) >= 0 && family(x) === family(y))))
        join(arc.head, arc.dependent);
    }
  }
  const out = new Map<Occurrence, Occurrence[]>();
  for (const [o, h] of heads) {
    out.set(
      o,
      [...heads].filter(([p, k]) => p !== o && k !== h && find(k) === find(h)).map(([p]) => p),
    );
  }
  return out;
}

const pairKey = (a: string, b: string) => [a, b].sort().join("|");

export function conjunctRelations(
  text: string,
  parse: Parse,
  here: readonly Occurrence[],
  guesses: readonly RelationGuess[],
): RelationGuess[] {
  const lists = listsOf(parse, here);
  const related = new Set(guesses.map((g) => pairKey(g.from, g.to)));
  const out: RelationGuess[] = [];
  for (const g of guesses) {
    for (const [end, other] of [
      [g.from, g.to],
      [g.to, g.from],
    ] as const) {
      const members = here.filter((o) => o.entity === end).flatMap((o) => lists.get(o) ?? []);
      // A relation between two members of one list is not said of the rest.
      if (members.some((m) => m.entity === other)) continue;
      // A guess from proximity alone is multiplied only when fairly strong, and never towards a
      // neighbour of the members' own kind (a city next to a list of places).
      if (g.source === "window") {
        const kind = here.find((o) => o.entity === other);
        if (g.score < MIN_WINDOW_SCORE || members.some((m) => kind && family(m) === family(kind))) continue;
      }
      for (const m of members) {
        if (m.entity === end || related.has(pairKey(m.entity, other))) continue;
        related.add(pairKey(m.entity, other));
        const start = Math.min(g.evidence.start, m.mention.start);
        const stop = Math.max(g.evidence.end, m.mention.end);
        out.push({
          ...g,
          from: g.from === end ? m.entity : g.from,
          to: g.to === end ? m.entity : g.to,
          evidence: { start, end: stop, text: text.slice(start, stop) },
          score: g.score - CONJUNCT_PENALTY,
        });
      }
    }
  }
  return out;
}
