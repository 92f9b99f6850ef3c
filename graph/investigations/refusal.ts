import { Refusal } from "../config/userError.ts";
import type { Investigation } from "../contract/investigations.ts";

/** A save over a newer revision: the investigation as saved and what was sent. */
export interface InvestigationVersions {
  saved: { revision: string; investigation: Investigation } | null;
  sent: Record<string, unknown>;
}

/**
 * Why an investigation was not read or saved, in one sentence; `reason`
 * gives the HTTP status: invalid 400, missing 404, conflict 409.
 */
export class InvestigationRefusal extends Refusal<"invalid" | "missing" | "conflict"> {
  override name = "InvestigationRefusal";
  constructor(
    message: string,
    reason: "invalid" | "missing" | "conflict" = "invalid",
    readonly versions?: InvestigationVersions,
  ) {
    super(message, reason);
  }
}
