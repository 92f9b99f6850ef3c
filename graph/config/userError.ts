/** An error whose message is one sentence meant for the user, shown without a stack trace. */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}

/** What a refusal says went wrong, which the server answers with its own HTTP status. */
export type RefusalReason = "invalid" | "missing" | "conflict" | "duplicate" | "problems";

/**
 * Why a request changed nothing, in one sentence, and the reason that gives its HTTP status:
 * invalid 400, missing 404, conflict 409, duplicate 409, problems 422. Each kind of refusal
 * (adding, reviewing, merging, investigations, watches) narrows the reasons it gives and may
 * carry more for the answer.
 */
export class Refusal<R extends RefusalReason = RefusalReason> extends UserFacingError {
  override name = "Refusal";
  constructor(
    message: string,
    readonly reason: R,
  ) {
    super(message);
  }
}
