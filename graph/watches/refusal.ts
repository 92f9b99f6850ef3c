import { UserFacingError } from "../config/userError.ts";

/** Why a watch was not read, added or removed, in one sentence; `reason` gives the HTTP status. */
export class WatchRefusal extends UserFacingError {
  override name = "WatchRefusal";
  constructor(
    message: string,
    readonly reason: "invalid" | "missing" | "conflict" = "invalid",
  ) {
    super(message);
  }
}
