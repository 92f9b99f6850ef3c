import { readFileSync } from "node:fs";
import type { z } from "zod";

/**
 * JSON text of the project's own files checked against its schema. Each
 * fault is one sentence naming the file as `shownAs` (never an absolute
 * path), thrown as the error `refuse` makes.
 */
export function parseJsonText<S extends z.ZodType>(
  text: string,
  schema: S,
  shownAs: string,
  refuse: (message: string) => Error,
): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw refuse(`${shownAs} is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(`${shownAs} at ${issue.path.join(".") || "the top"}: ${issue.message.replace(/\.$/, "")}.`);
  }
  return parsed.data;
}

/** A JSON file of the project's own (decisions, vocabulary additions) read and checked: see parseJsonText. */
export function readJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  shownAs: string,
  refuse: (message: string) => Error,
): z.infer<S> {
  return parseJsonText(readFileSync(path, "utf8"), schema, shownAs, refuse);
}
