import { UserFacingError } from "../config/userError.ts";

/**
 * Why an article was not added, in one sentence. `duplicate` is the same text
 * added before (HTTP 409); everything else is bad input (HTTP 400).
 */
export class AddRefusal extends UserFacingError {
  override name = "AddRefusal";
  constructor(
    message: string,
    readonly reason: "invalid" | "duplicate" = "invalid",
    /** For a duplicate: the folder that already holds the text. */
    readonly existing?: string,
  ) {
    super(message);
  }
}
