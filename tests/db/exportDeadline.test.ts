import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.ts";
import { testConnection } from "../support/db.ts";

const outDir = mkdtempSync(join(tmpdir(), "dossier-export-deadline-"));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function env(): Record<string, string> {
  const c = testConnection();
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
}

/** Exports a query's result with --timeout 2; the exit, stderr, seconds taken and whether a file was written. */
async function exportWithin2s(name: string, query: string) {
  const out = join(outDir, name);
  const started = performance.now();
  const result = await runCli(
    "export",
    ["--query", query, "--timeout", "2", "--format", "json", "--out", out],
    env(),
  );
  return {
    ...result,
    seconds: (performance.now() - started) / 1000,
    written: existsSync(out),
    leftovers: readdirSync(outDir).filter((name) => name.startsWith(".")),
  };
}

// The limit, the grace and the check that it stopped, and the command's own start.
const WITHIN_S = 2 + 1 + 3 + 30;

describe("npm run export -- --query under its time limit", () => {
  it("ends a query that runs past --timeout with one sentence, and writes nothing", async () => {
    const result = await exportWithin2s(
      "slow.json",
      "UNWIND range(1, 100000000000) AS i WITH i WHERE i < 0 RETURN i",
    );
    expect(result.code).not.toBe(0);
    // One sentence: Neo4j's own timeout, or the export's deadline when Neo4j is slow to answer.
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Error: The (export query ran longer than the transaction time limit|query ran longer than 2 s)[^\n]*\.$/,
    );
    expect(result.seconds).toBeLessThan(WITHIN_S);
    expect(result.written).toBe(false);
    expect(result.leftovers).toEqual([]);
  }, 120_000);

  it("ends at --timeout a query whose one row takes minutes to decode, and leaves nothing behind", async () => {
    // Neo4j sends the row at once; the driver then decodes ten million numbers for minutes.
    const result = await exportWithin2s("huge-row.json", "RETURN range(1, 10000000) AS r");
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Error: The query ran longer than 2 s[^\n]*\.$/);
    expect(result.seconds).toBeLessThan(WITHIN_S);
    expect(result.written).toBe(false);
    expect(result.leftovers).toEqual([]);
  }, 240_000);
});
