import type { AddSource } from "../input.ts";
import type { GivenMetadata } from "../metadata.ts";

/**
 * One entry of a batch: something to add, or a line of the input that is
 * not (a file of another kind, a junk line) with its sentence already known.
 */
export type BatchItem =
  | { label: string; source: AddSource; given: GivenMetadata }
  | { label: string; skipped: string }
  | { label: string; refused: string };

/** What became of one entry, one line of the table at the end. */
export type ItemOutcome =
  | {
      label: string;
      kind: "added";
      slug: string;
      dir: string;
      entities: number;
      relations: number;
      /** Why CoreNLP was not used for this one (its suggestions are the rules' alone). */
      withoutNlp?: string;
      /** Its reprint and wire credit in one sentence, when it has either. */
      provenance?: string;
      /** True when its publication date was neither found nor given (docs/data-model.md). */
      dateUnknown?: boolean;
    }
  | { label: string; kind: "duplicate"; existing: string }
  | { label: string; kind: "refused"; reason: string }
  | { label: string; kind: "skipped"; reason: string }
  | { label: string; kind: "failed"; reason: string };
