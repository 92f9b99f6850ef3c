import type { Arc, Sentence } from "./text.ts";

/** A sentence's dependency parse, and what the readings of it share. */

/** A sentence's arcs indexed both ways. */
export interface Parse {
  sentence: Sentence;
  down: Map<number, Arc[]>;
  up: Map<number, Arc[]>;
}

export function parseOf(sentence: Sentence): Parse | undefined {
  if (sentence.arcs.length === 0) return undefined;
  const down = new Map<number, Arc[]>();
  const up = new Map<number, Arc[]>();
  for (const arc of sentence.arcs) {
    if (arc.head >= 0) down.set(arc.head, [...(down.get(arc.head) ?? []), arc]);
    up.set(arc.dependent, [...(up.get(arc.dependent) ?? []), arc]);
  }
  return { sentence, down, up };
}

/** Obliques and noun modifiers that carry a preposition ("obl:with", "nmod:of"); time and measure ones do not. */
const PREPOSITIONAL = /^(obl|nmod):(?!tmod|npmod|poss|relcl|agent)([\p{Ll}_]+)$/u;

export function preposition(label: string): string | undefined {
  const match = PREPOSITIONAL.exec(label);
  return match ? match[2]!.replace(/_/g, " ") : undefined;
}

/** Arcs from a predicate to a token, by label. */
export function labelsBetween(parse: Parse, head: number, dependent: number): string[] {
  return (parse.up.get(dependent) ?? []).filter((a) => a.head === head).map((a) => a.label);
}

/** A reading of a predicate that joins two tokens. */
export interface Reading {
  /** The entity that does, holds or is: the relation starts from it. */
  subject: number;
  object: number;
  words: string[];
  /** Predicate's lemma, for matching the vocabulary, and its preposition. */
  lemma: string;
  preposition?: string;
  /** Tokens the reading rests on, for the evidence span. */
  tokens: number[];
  score: number;
  /** A type the reading names itself (a demonym says where a company is based); otherwise read from its words. */
  type?: string;
}
