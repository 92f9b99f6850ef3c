import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import { runCli } from "../support/cli.ts";
import { testConnection } from "../support/db.ts";

const temp = mkdtempSync(join(tmpdir(), "dossier-export-tmpdir-"));
const outDir = mkdtempSync(join(tmpdir(), "dossier-export-target-"));

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

function env(): Record<string, string> {
  const c = testConnection();
  // The system's temporary folder of the command is one this test can watch.
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, TMPDIR: temp };
}

/** Export's temporary files, wherever an export may put them. */
function exportFiles(): string[] {
  return [
    ...readdirSync(temp).filter((n) => n.startsWith("dossier-export")),
    ...readdirSync(outDir).filter((n) => n.startsWith(".")),
  ];
}

describe("an export killed while it runs", () => {
  it("leaves nothing that lasts: the next export to the folder removes what it left", async () => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(projectRoot, "scripts", "export.ts"),
        "--query",
        "UNWIND range(1, 50000000) AS i RETURN i",
        "--format",
        "json",
        "--out",
        join(outDir, "big.json"),
      ],
      { cwd: projectRoot, env: { ...process.env, ...env() }, stdio: "ignore" },
    );
    const exited = once(child, "exit");
    // Wait until it has made its temporary files, then kill it as an OOM killer would.
    const deadline = Date.now() + 90_000;
    while (exportFiles().length === 0 && Date.now() < deadline && child.exitCode === null) await delay(20);
    expect(exportFiles().length).toBeGreaterThan(0);
    child.kill("SIGKILL");
    await exited;

    const next = await runCli(
      "export",
      ["--query", "RETURN 1 AS one", "--format", "json", "--out", join(outDir, "small.json")],
      env(),
    );
    expect(next.stderr).toBe("");
    expect(next.code).toBe(0);
    expect(exportFiles()).toEqual([]);
    expect(readdirSync(outDir)).toEqual(["small.json"]);
  });
});
