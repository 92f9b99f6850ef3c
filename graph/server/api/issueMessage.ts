import type { z } from "zod";

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  bigint: "a whole number",
  boolean: "true or false",
  object: "a JSON object",
  array: "a list",
  null: "null",
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number" && Number.isInteger(value)) return "a whole number";
  return TYPE_NAMES[typeof value] ?? typeof value;
}

function quoted(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** What a size limit counts, by the kind of value it is on. */
function sizeWords(origin: string, limit: number | bigint): { verb: string; after: string } {
  const count = String(limit);
  if (origin === "string") return { verb: "be", after: ` character${count === "1" ? "" : "s"} long` };
  if (origin === "array" || origin === "set" || origin === "map")
    return { verb: "hold", after: ` item${count === "1" ? "" : "s"}` };
  return { verb: "be", after: "" };
}

/**
 * The "must …" phrase for a schema issue, in our wording rather than zod's
 * ("Too small: expected number to be >=0"), with the exact limit: parseInput
 * puts the field's name in front. Returns undefined where the schema gave
 * its own message (zod keeps that) and for unknown keys (parseInput words
 * them from the keys).
 */
export function issuePhrase(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${typeOf(issue.input)}`;
    case "too_small": {
      const { verb, after } = sizeWords(issue.origin, issue.minimum);
      if (issue.origin === "string" && Number(issue.minimum) === 1 && issue.inclusive !== false)
        return "must not be empty";
      const bound = issue.inclusive === false ? "more than" : "at least";
      return `must ${verb} ${bound} ${String(issue.minimum)}${after}`;
    }
    case "too_big": {
      const { verb, after } = sizeWords(issue.origin, issue.maximum);
      const bound = issue.inclusive === false ? "less than" : "at most";
      return `must ${verb} ${bound} ${String(issue.maximum)}${after}`;
    }
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${quoted(issue.values[0])}`
        : `must be one of ${issue.values.map(quoted).join(", ")}`;
    case "invalid_format":
      return issue.format === "regex" && "pattern" in issue
        ? `must match the pattern ${String(issue.pattern)}`
        : `must be a valid ${issue.format}`;
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "invalid_union":
      return "is not in any of the accepted forms";
    case "invalid_key":
      return "holds a key that is not accepted";
    case "invalid_element":
      return "holds a value that is not accepted";
    case "unrecognized_keys":
      return undefined;
    default:
      return "is not valid";
  }
}
