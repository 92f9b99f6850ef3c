import { Refusal } from "../config/userError.ts";
import type { ItemProblem } from "../contract/errorCodes.ts";
import type { Draft } from "../model/draft.ts";

export interface RefusalDetail {
  /** Publishing: every problem of the draft, each naming its item. */
  problems?: ItemProblem[];
  /** A save over a newer version: the draft as it is now. */
  conflict?: { version: string; draft: Draft };
}

/**
 * Why a review operation changed nothing, in one sentence; `reason` gives the
 * HTTP status: invalid 400, missing 404, conflict 409, problems 422.
 */
export class ReviewRefusal extends Refusal<"invalid" | "missing" | "conflict" | "problems"> {
  override name = "ReviewRefusal";
  constructor(
    message: string,
    reason: "invalid" | "missing" | "conflict" | "problems" = "invalid",
    readonly detail: RefusalDetail = {},
  ) {
    super(message, reason);
  }
}

/** One sentence for a list of item problems: the first, and how many more. */
export function problemsSentence(problems: readonly ItemProblem[]): string {
  const [first] = problems;
  if (!first) return "";
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  return `${first.item}: ${first.message.replace(/\.$/, "")}${more}.`;
}
