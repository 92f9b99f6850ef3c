import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";

/** Every file under a folder, as paths relative to `root`. */
function files(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))],
  );
}

const cypherDir = join(projectRoot, "cypher");
/** Statements loaded by name; cypher/queries/ holds the saved queries, listed as a folder. */
const statements = files(cypherDir)
  .filter((f) => f.endsWith(".cypher") && !f.startsWith("queries/"))
  .map((f) => f.slice(0, -".cypher".length));
const folders = [...new Set(statements.filter((s) => s.includes("/")).map((s) => s.split("/")[0]))];

const code = ["graph", "scripts", "bench"]
  .flatMap((dir) => files(join(projectRoot, dir)).map((f) => join(dir, f)))
  .filter((f) => f.endsWith(".ts") && !f.startsWith("bench/tmp/"))
  .map((f) => readFileSync(join(projectRoot, f), "utf8"))
  .join("\n");

/** Names as code writes them: "api/node", and template prefixes such as `bench/csv-${file}`. */
const named = new Set(
  [...code.matchAll(new RegExp(`["'\`]((?:${folders.join("|")})/[a-z0-9-]+)["']`, "g"))].map(
    (m) => m[1] ?? "",
  ),
);
const prefixes = [...code.matchAll(new RegExp(`\`((?:${folders.join("|")})/[a-z0-9-]+)\\$\\{`, "g"))].map(
  (m) => m[1] ?? "",
);
const statementFiles = [...code.matchAll(/cypherStatements\("([a-z0-9/-]+)"\)/g)].map((m) => m[1] ?? "");

describe("cypher/ and the code that loads it", () => {
  it("has a file for every statement the code names", () => {
    expect(named.size).toBeGreaterThan(30);
    const missing = [...named, ...statementFiles].filter((name) => !statements.includes(name));
    expect(missing).toEqual([]);
    for (const prefix of prefixes)
      expect(
        statements.some((s) => s.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it("has no file that the code never names", () => {
    const unused = statements.filter(
      (s) => !named.has(s) && !statementFiles.includes(s) && !prefixes.some((p) => s.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
