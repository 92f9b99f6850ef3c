/**
 * What the editor should complete at the cursor, decided from the text before
 * it: labels after `(n:`, relationship types after `[r:`, property keys after
 * `n.`, parameters after `$`, procedures after CALL, else keywords and
 * functions. `from` is where the replaced word starts in `before`.
 */
export type CompletionKind =
  "label" | "relationshipType" | "propertyKey" | "parameter" | "procedure" | "word";

export interface CompletionTarget {
  kind: CompletionKind;
  from: number;
  prefix: string;
}

/** The innermost bracket still open at the end of the text, ignoring strings and comments. */
export function openBracket(text: string): "(" | "[" | "{" | undefined {
  const stack: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      if (end < 0) break;
      i = end;
    } else if (ch === "'" || ch === '"' || ch === "`") quote = ch;
    else if (ch === "(" || ch === "[" || ch === "{") stack.push(ch);
    else if (ch === ")" || ch === "]" || ch === "}") stack.pop();
  }
  return stack.at(-1) as "(" | "[" | "{" | undefined;
}

export function completionTarget(
  before: string,
  namespaces: ReadonlySet<string>,
): CompletionTarget | undefined {
  const param = /\$(\w*)$/.exec(before);
  if (param) return { kind: "parameter", from: before.length - param[1]!.length, prefix: param[1]! };

  const call = /\bCALL\s+([\w.]*)$/i.exec(before);
  if (call) return { kind: "procedure", from: before.length - call[1]!.length, prefix: call[1]! };

  const colon = /[\w`)\]]?\s*:\s*(\w*)$|[:|]\s*(\w*)$/.exec(before);
  if (colon) {
    const prefix = colon[1] ?? colon[2] ?? "";
    const bracket = openBracket(before.slice(0, before.length - prefix.length));
    if (bracket === "(") return { kind: "label", from: before.length - prefix.length, prefix };
    if (bracket === "[") return { kind: "relationshipType", from: before.length - prefix.length, prefix };
    // Inside a map literal or elsewhere a colon is not a label.
    if (bracket === "{") return undefined;
  }

  const dotted = /([A-Za-z_]\w*)\.(\w*)$/.exec(before);
  if (dotted && !namespaces.has(dotted[1]!.toLowerCase())) {
    return { kind: "propertyKey", from: before.length - dotted[2]!.length, prefix: dotted[2]! };
  }

  const word = /[A-Za-z_][\w.]*$/.exec(before);
  if (word) return { kind: "word", from: before.length - word[0].length, prefix: word[0] };
  return undefined;
}

/** The first part of dotted function and procedure names (date.truncate → date). */
export function namespacesOf(names: readonly string[]): Set<string> {
  return new Set(names.filter((n) => n.includes(".")).map((n) => n.split(".")[0]!.toLowerCase()));
}

export const CYPHER_KEYWORDS: readonly string[] = [
  "MATCH",
  "OPTIONAL MATCH",
  "WHERE",
  "RETURN",
  "WITH",
  "UNWIND",
  "ORDER BY",
  "SKIP",
  "LIMIT",
  "DISTINCT",
  "AS",
  "AND",
  "OR",
  "XOR",
  "NOT",
  "IN",
  "IS NULL",
  "IS NOT NULL",
  "STARTS WITH",
  "ENDS WITH",
  "CONTAINS",
  "CASE",
  "WHEN",
  "THEN",
  "ELSE",
  "END",
  "CALL",
  "YIELD",
  "UNION",
  "UNION ALL",
  "EXISTS",
  "COUNT",
  "COLLECT",
  "ASC",
  "DESC",
  "EXPLAIN",
  "PROFILE",
  "SHOW",
  "true",
  "false",
  "null",
];
