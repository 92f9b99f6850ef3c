import { SCRIPT_HEADER, SOURCE_ID_PROPERTY } from "./cypherScript.ts";

/**
 * Checks that a text is a script as writeCypherScript writes it, and splits it
 * into statements. The rows of each UNWIND may hold only literals (strings,
 * numbers, booleans, null, lists, maps and the temporal and point
 * constructors), so a script of this shape can only MERGE what it lists.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (current.length === 0 && (line.trim() === "" || line.trimStart().startsWith("//"))) continue;
    current.push(line);
    if (line.trimEnd().endsWith(";")) {
      statements.push(current.join("\n").trimEnd().slice(0, -1));
      current = [];
    }
  }
  if (current.join("").trim() !== "") statements.push(current.join("\n").trim());
  return statements;
}

const NAME = "`(?:[^`]|``)*`";
const CONSTRAINT = new RegExp(
  `^CREATE CONSTRAINT IF NOT EXISTS FOR \\(n:${NAME}\\) REQUIRE n\\.${NAME} IS UNIQUE$`,
);
const PATTERN = (v: string, param: string) => `\\(${v}(?::${NAME})? \\{${NAME}: row\\.${param}\\}\\)`;
const NODE_TAIL = new RegExp(
  `^MERGE ${PATTERN("n", "k")}\\nSET n = row\\.p(?:, n\\.\`${SOURCE_ID_PROPERTY}\` = row\\.k)?(?:\\nSET n:\\$\\(row\\.l\\))?$`,
);
const REL_TAIL = new RegExp(
  `^MATCH ${PATTERN("a", "s")}\\nMATCH ${PATTERN("b", "e")}\\nMERGE \\(a\\)-\\[r:\\$\\(row\\.t\\)(?: \\{\`id\`: row\\.k\\})?\\]->\\(b\\)\\nSET r = row\\.p$`,
);
const FUNCTIONS = new Set(["date", "datetime", "localdatetime", "time", "localtime", "duration", "point"]);
export const TOKEN =
  /\s+|'(?:[^'\\]|\\.)*'|\d+(?:\.\d+)?(?:[eE]-?\d+)?|`(?:[^`]|``)*`|[A-Za-z_][A-Za-z0-9_]*|[[\]{}(),:/-]/y;

/** Why the rows of an UNWIND are not plain literals, or undefined when they are. */
function rowsProblem(rows: string): string | undefined {
  TOKEN.lastIndex = 0;
  const tokens: string[] = [];
  while (TOKEN.lastIndex < rows.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(rows);
    if (!match) return `unexpected text "${rows.slice(at, at + 20)}"`;
    if (match[0].trim() !== "") tokens.push(match[0]);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const next = tokens[i + 1];
    if (/^[A-Za-z_`]/.test(token) && !["true", "false", "null"].includes(token)) {
      if (next === ":") continue;
      if (next === "(" && FUNCTIONS.has(token)) continue;
      return `"${token}" is neither a map key nor a value`;
    }
  }
  return undefined;
}

/** The statements of a Dossier export script, or the reason it is not one. */
export function checkExportScript(text: string): { statements: string[] } | { problem: string } {
  if (!text.startsWith(SCRIPT_HEADER)) {
    return { problem: `it does not start with the line "${SCRIPT_HEADER}"` };
  }
  const statements = splitStatements(text);
  for (const [index, statement] of statements.entries()) {
    const where = `statement ${index + 1}`;
    if (CONSTRAINT.test(statement)) continue;
    const unwind = /^UNWIND \[\n([\s\S]*)\n\] AS row\n([\s\S]*)$/.exec(statement);
    if (!unwind) return { problem: `${where} is neither a constraint nor an UNWIND ... MERGE of rows` };
    const tail = unwind[2] ?? "";
    if (!NODE_TAIL.test(tail) && !REL_TAIL.test(tail)) {
      return { problem: `${where} does something other than MERGE the nodes or relationships it lists` };
    }
    const problem = rowsProblem(unwind[1] ?? "");
    if (problem) return { problem: `the rows of ${where} are not plain values: ${problem}` };
  }
  return { statements };
}
