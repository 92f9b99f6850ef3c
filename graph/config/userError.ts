/** An error whose message is one sentence meant for the user, shown without a stack trace. */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}
