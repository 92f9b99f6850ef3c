import { type Properties, propertyValueSchema } from "../../../../graph/model/values.ts";

/** Reads a property value typed as JSON, checked against the annotation's value types; a sentence if it is not one. */
export function parseValue(json: string): { value: Properties[string] } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    // A bare word is meant as a string.
    raw = json.trim();
  }
  const parsed = propertyValueSchema.safeParse(raw);
  return parsed.success
    ? { value: parsed.data }
    : { error: parsed.error.issues[0]?.message ?? "is not a value" };
}
