import { existsSync, mkdtempSync, rmSync } from "node:fs";
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

describe("npm run export -- --query under its time limit", () => {
  it("ends a query that runs past --timeout with one sentence, and writes nothing", async () => {
    const out = join(outDir, "slow.json");
    const started = performance.now();
    const result = await runCli(
      "export",
      [
        "--query",
        "UNWIND range(1, 100000000000) AS i WITH i WHERE i < 0 RETURN i",
        "--timeout",
        "2",
        "--format",
        "json",
        "--out",
        out,
      ],
      env(),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(result.code).not.toBe(0);
    // One sentence: Neo4j's own timeout, or the export's deadline when Neo4j is slow to answer.
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Error: The (export query ran longer than the transaction time limit|query ran longer than 2 s)[^\n]*\.$/,
    );
    // The limit, the grace and the check that it stopped, and the command's own start.
    expect(seconds).toBeLessThan(2 + 1 + 3 + 30);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
