import { type ParseError, parse as locateErrors, printParseErrorCode } from "jsonc-parser";

const WHAT: Record<string, string> = {
  ValueExpected: "a value is expected",
  PropertyNameExpected: "a quoted property name is expected",
  ColonExpected: "a colon is expected",
  CommaExpected: "a comma is expected",
  CloseBraceExpected: "a closing } is expected",
  CloseBracketExpected: "a closing ] is expected",
  EndOfFileExpected: "nothing may follow the object",
  InvalidSymbol: "this is not JSON (strings need double quotes)",
  UnexpectedEndOfString: "a string is not closed",
  InvalidCommentToken: "JSON has no comments",
};

/** The parameters editor's text as an object for $params, or one sentence saying what is wrong. */
export type ParsedParams = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

/** Line and column (from 1) of an offset, for messages about the JSON text. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

export function parseParams(text: string): ParsedParams {
  if (text.trim() === "") return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse says little about where; a tolerant parser finds the first problem.
    const errors: ParseError[] = [];
    locateErrors(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const where = first ? ` at ${lineColumn(text, first.offset)}` : "";
    const what = first
      ? (WHAT[printParseErrorCode(first.error)] ?? "the text is not valid there")
      : 'write an object such as {"id": "mali"}';
    return { ok: false, message: `The parameters are not valid JSON${where}: ${what}.` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const got = value === null ? "null" : Array.isArray(value) ? "a list" : `a ${typeof value}`;
    return {
      ok: false,
      message: `The parameters must be a JSON object such as {"id": "mali"}, not ${got}.`,
    };
  }
  return { ok: true, params: value as Record<string, unknown> };
}

/** Names of the $parameters a query uses, for completion and hints. */
export function parameterNames(params: Record<string, unknown>): string[] {
  return Object.keys(params).sort();
}
