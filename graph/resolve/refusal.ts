import { Refusal } from "../config/userError.ts";

/**
 * Why a same-as decision (merge, "not the same", undo) changed nothing, in one
 * sentence; `reason` gives the HTTP status: invalid 400, missing 404, conflict 409.
 */
export class DecisionRefusal extends Refusal<"invalid" | "missing" | "conflict"> {
  override name = "DecisionRefusal";
  constructor(message: string, reason: "invalid" | "missing" | "conflict" = "invalid") {
    super(message, reason);
  }
}
