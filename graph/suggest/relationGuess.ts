import type { EntityLabel } from "../model/annotation.ts";
import type { Span } from "../model/draft.ts";
import type { SuggestedMention } from "./mentions.ts";

/** An entity's mention, with the id the entity will have in the draft. */
export interface Occurrence {
  entity: string;
  labels: readonly EntityLabel[];
  mention: SuggestedMention;
}

/** A relation the text suggests between two entities, before duplicates are merged. */
export interface RelationGuess {
  from: string;
  to: string;
  type: string;
  /** The words the type comes from. */
  trigger: string;
  evidence: Span;
  score: number;
  /** How it was found: the sentence's grammar, or the words between two mentions. */
  source: "grammar" | "window";
  /** Where the verb or noun that relates them starts in the text, when one does. */
  predicate?: number;
}
