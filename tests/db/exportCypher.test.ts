import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { createAwkwardGraph } from "../support/awkwardGraph.ts";
import { runCli } from "../support/cli.ts";
import { canonicalDump, clearDatabase, testConnection, testDriver } from "../support/db.ts";
import { loadArticleAndAwkwardGraph } from "../support/exportRun.ts";

let driver: Driver;
let dir: string;
const env = () => {
  const c = testConnection();
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
};
const EVERYTHING = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, r";

async function counts(): Promise<[number, number]> {
  const n = await driver.executeQuery("MATCH (n) RETURN count(n) AS c");
  const r = await driver.executeQuery("MATCH ()-[r]->() RETURN count(r) AS c");
  return [Number(n.records[0]?.get("c")), Number(r.records[0]?.get("c"))];
}

let before: string;
let sizes: [number, number];
let once: string;
const script = () => join(dir, "everything.cypher");

beforeAll(async () => {
  driver = testDriver();
  dir = mkdtempSync(join(tmpdir(), "dossier-export-cypher-"));
  await loadArticleAndAwkwardGraph(driver);
  before = await canonicalDump(driver);
  sizes = await counts();
});

afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Cypher export and import", () => {
  it("recreates the article graph and the awkward graph in a cleared database", async () => {
    const exported = await runCli(
      "export",
      ["--query", EVERYTHING, "--format", "cypher", "--out", script()],
      env(),
    );
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`${sizes[0]} nodes and ${sizes[1]} relationships`);

    await clearDatabase(driver);
    expect(await counts()).toEqual([0, 0]);
    const first = await runCli("import", [script()], env());
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(await counts()).toEqual(sizes);
    once = await canonicalDump(driver);
  }, 240_000);

  it("running the script twice adds nothing, and the graph equals the original", async () => {
    const second = await runCli("import", [script()], env());
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("0 nodes and 0 relationships created");
    expect(await counts()).toEqual(sizes);
    expect(await canonicalDump(driver)).toBe(once);

    // The one node without an id was merged on its source elementId, kept in dossierSourceId.
    const keyed = await driver.executeQuery(
      "MATCH (n) WHERE n.dossierSourceId IS NOT NULL RETURN labels(n) AS l",
    );
    expect(keyed.records.map((r) => r.get("l") as string[])).toEqual([["Thing"]]);
    await driver.executeQuery("MATCH (n) REMOVE n.dossierSourceId");
    expect(await canonicalDump(driver)).toBe(before);
  });

  it("--all exports what the loader wrote, and imports back to the same graph", async () => {
    await clearDatabase(driver);
    await loadArticles(driver, [goitaDir]);
    const before = await canonicalDump(driver);
    const out = join(dir, "all.cypher");
    const exported = await runCli("export", ["--all", "--format", "cypher", "--out", out], env());
    expect(exported.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^MERGE \(n:`Entity` \{`id`: row\.k\}\)$/m);
    await clearDatabase(driver);
    const imported = await runCli("import", [out], env());
    expect(imported.code).toBe(0);
    expect(await canonicalDump(driver)).toBe(before);
  });

  it("import refuses a script that is not an export script, and changes nothing", async () => {
    const before = await canonicalDump(driver);
    const exported = readFileSync(join(dir, "all.cypher"), "utf8");
    const cases: [string, string, RegExp][] = [
      ["plain.cypher", "MATCH (n) DETACH DELETE n;\n", /does not start with the line/],
      [
        "tail.cypher",
        exported.replace("SET n = row.p", "SET n = row.p\nWITH n DETACH DELETE n"),
        /does something other than MERGE/,
      ],
      ["rows.cypher", exported.replace("{k: ", "{k: head([(x) | x.name]), j: "), /not plain values/],
    ];
    for (const [name, text, problem] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const result = await runCli("import", [file], env());
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(problem);
      expect(result.stderr).toContain("Nothing was run");
    }
    expect(await canonicalDump(driver)).toBe(before);
  });

  it("export refuses a bad format, bad parameters and a write query with one sentence, writing nothing", async () => {
    await createAwkwardGraph(driver);
    const before = await canonicalDump(driver);
    const out = join(dir, "refused.json");
    const cases: [string[], RegExp][] = [
      [
        ["--query", "MATCH (n) RETURN n", "--format", "xml", "--out", out],
        /'xml' is invalid.*json, graphml, gexf, csv, cypher/,
      ],
      [
        ["--query", "MATCH (n) RETURN n", "--params", "{bad", "--format", "json", "--out", out],
        /--params is not valid JSON/,
      ],
      [
        ["--query", "MATCH (n) RETURN n", "--params", "[1]", "--format", "json", "--out", out],
        /--params must be a JSON object/,
      ],
      [["--query", "CREATE (n:Intruder) RETURN n", "--format", "json", "--out", out], /read-only mode/],
      [["--query", "MATCH (n) DETACH DELETE n", "--format", "json", "--out", out], /read-only mode/],
      [["--query", "MATCH (n RETURN n", "--format", "json", "--out", out], /line 1, column/],
      [["--format", "json", "--out", out], /either --query or --all/],
      [
        ["--query", "MATCH (n) RETURN n", "--format", "json", "--out", join(dir, "missing", "x.json")],
        /does not exist/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await runCli("export", args, env());
      expect(result.code, args.join(" ")).not.toBe(0);
      expect(result.stderr.trim().split("\n"), result.stderr).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
    expect(await canonicalDump(driver)).toBe(before);
  });
});
