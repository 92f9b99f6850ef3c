import type { z } from "zod";
import { HttpError } from "../errors.ts";
import { issuePhrase } from "./issueMessage.ts";

/**
 * Parses a request part with a zod schema; a failure becomes a 400 whose one
 * sentence names the field, e.g. `Request body: field "limit" must be a whole
 * number from 1 to 1000.` Schemas give their messages as "must …" phrases, or
 * as a phrase that starts with the field's own name ("query is empty: …"),
 * which is then kept as it is; zod's own wording never reaches the user
 * (issueMessage.ts words the rest, with the exact limit).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  // Where the schema gives no message of its own, ours rather than zod's.
  const result = schema.safeParse(value, { error: issuePhrase });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const message = issue?.message ?? "is not valid";
  if (issue?.code === "unrecognized_keys") {
    // A schema may say more than zod's default ("Unrecognized key…"), e.g. which fields it expects.
    if (!message.startsWith("Unrecognized key")) throw new HttpError("bad_request", `${where} ${message}.`);
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    const at = issue.path.length ? ` in field "${formatPath(issue.path)}"` : "";
    throw new HttpError("bad_request", `${where}: unknown field ${keys}${at}.`);
  }
  if (!issue?.path.length) throw new HttpError("bad_request", `${where} ${message}.`);
  const field = formatPath(issue.path);
  if (message.startsWith(`${field} `)) throw new HttpError("bad_request", `${where}: ${message}.`);
  throw new HttpError("bad_request", `${where}: field "${field}" ${message}.`);
}

/** A field's path as messages show it: `draft.entities[0].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
