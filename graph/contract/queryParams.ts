import { z } from "zod";

/** Query-string parameters as routes take them: each refusal says what is wrong, with the limit. */

/** Required text, trimmed, of at most `max` characters; `what` says what it is when it is missing. */
export function textParam(what: string, max: number) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `is required: ${what}` : "must be given once, as text"),
    })
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`);
}

/** A whole number from 1 to `max` (query strings are text: it is coerced), `fallback` when absent. */
export function countParam(max: number, fallback: number) {
  return z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, `must be from 1 to ${max}`)
    .max(max, `must be from 1 to ${max}`)
    .default(fallback);
}
