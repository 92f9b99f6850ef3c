import type { z } from "zod";
import { HttpError } from "../errors.ts";

/**
 * Parses a request part with a zod schema; a failure becomes a 400 whose one
 * sentence names the field, e.g. `Request body: field "limit" must be a whole
 * number from 1 to 1000.` Schemas give their messages as "must …" phrases.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue?.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    const at = issue.path.length ? ` in field "${formatPath(issue.path)}"` : "";
    throw new HttpError(400, "bad_request", `${where}: unknown field ${keys}${at}.`);
  }
  const message = issue?.message ?? "is not valid";
  if (!issue?.path.length) throw new HttpError(400, "bad_request", `${where} ${message}.`);
  throw new HttpError(400, "bad_request", `${where}: field "${formatPath(issue.path)}" ${message}.`);
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
