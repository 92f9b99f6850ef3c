import { Refusal } from "../config/userError.ts";

/** Why a watch was not read, added or removed, in one sentence; `reason` gives the HTTP status. */
export class WatchRefusal extends Refusal<"invalid" | "missing" | "conflict"> {
  override name = "WatchRefusal";
  constructor(message: string, reason: "invalid" | "missing" | "conflict" = "invalid") {
    super(message, reason);
  }
}
