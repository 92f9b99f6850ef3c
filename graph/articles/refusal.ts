import { Refusal } from "../config/userError.ts";

/**
 * Why an article was not added, in one sentence. `duplicate` is the same text
 * added before (HTTP 409); everything else is bad input (HTTP 400).
 */
export class AddRefusal extends Refusal<"invalid" | "duplicate"> {
  override name = "AddRefusal";
  constructor(
    message: string,
    reason: "invalid" | "duplicate" = "invalid",
    /** For a duplicate: the folder that already holds the text. */
    readonly existing?: string,
  ) {
    super(message, reason);
  }
}
