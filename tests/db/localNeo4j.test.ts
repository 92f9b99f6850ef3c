import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/freePort.ts";
import { parseAssignments, runCli } from "../support/cli.ts";
import { testConnection } from "../support/db.ts";

const dataDir = mkdtempSync(join(tmpdir(), "dossier-cli-neo4j-"));

afterAll(async () => {
  await runCli("db", ["stop"], { NEO4J_DATA: dataDir });
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run db", () => {
  it("starts, is a no-op when started again, reports status and env, and stops", async () => {
    const port = await freePort();
    const env = { NEO4J_DATA: dataDir, NEO4J_PORT: String(port), NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "64m" };

    const started = await runCli("db", ["start"], env);
    expect(started.stderr).toBe("");
    expect(started.code).toBe(0);
    expect(started.stdout).toContain(`Neo4j is running at bolt://127.0.0.1:${port}`);

    const again = await runCli("db", ["start"], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Neo4j is already running at bolt://127.0.0.1:${port}`);

    const status = await runCli("db", ["status"], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^running at bolt:\/\/127\.0\.0\.1:\d+/);

    const printed = parseAssignments((await runCli("db", ["env"], env)).stdout);
    expect(printed.NEO4J_URI).toBe(`bolt://127.0.0.1:${port}`);
    expect(printed.NEO4J_USER).toBe("neo4j");
    expect(printed.NEO4J_PASSWORD?.length).toBeGreaterThanOrEqual(12);

    const driver = neo4j.driver(
      printed.NEO4J_URI!,
      neo4j.auth.basic(printed.NEO4J_USER!, printed.NEO4J_PASSWORD!),
    );
    try {
      const { records } = await driver.executeQuery("RETURN 40 + 2 AS answer");
      expect(records[0]?.get("answer").toNumber()).toBe(42);
      // Auth is on: the default password no longer works.
      const stranger = neo4j.driver(printed.NEO4J_URI!, neo4j.auth.basic("neo4j", "neo4j"));
      await expect(stranger.executeQuery("RETURN 1")).rejects.toThrow(/authentication failure|unauthorized/i);
      await stranger.close();
    } finally {
      await driver.close();
    }

    const stopped = await runCli("db", ["stop"], env);
    expect(stopped.stdout).toContain("Neo4j stopped.");
    const after = await runCli("db", ["status"], env);
    expect(after.code).toBe(3);
    expect(after.stdout).toContain("stopped");
  });
});

describe("what a newcomer can hit", () => {
  it("says when the Neo4j port is taken", async () => {
    const server: Server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
    );
    try {
      const dir = mkdtempSync(join(tmpdir(), "dossier-cli-busy-"));
      const result = await runCli("db", ["start"], { NEO4J_DATA: dir, NEO4J_PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        `Error: Port ${port} on 127.0.0.1 is already in use by another program: stop it, or set NEO4J_PORT to a free port (or NEO4J_URI to use the Neo4j that listens there).`,
      );
      rmSync(dir, { recursive: true, force: true });
    } finally {
      server.close();
    }
  });

  it("says when there is no Java", async () => {
    const result = await runCli("db", ["start"], { PATH: "/nonexistent", NEO4J_DATA: join(dataDir, "none") });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Error: Java 17 or newer is needed to run the local Neo4j and none was found on PATH/,
    );
    expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("says when Neo4j is unreachable", async () => {
    const port = await freePort();
    const result = await runCli("load", [], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_PASSWORD: "whatever",
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Error: Neo4j is not reachable at bolt://127.0.0.1:${port}: check that it is running and that NEO4J_URI is right.`,
    );
  });

  it("says when the password is wrong", async () => {
    const { uri } = testConnection();
    const result = await runCli("load", [], {
      NEO4J_URI: uri,
      NEO4J_USER: "neo4j",
      NEO4J_PASSWORD: "not-the-password",
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Error: Neo4j at ${uri} refused user "neo4j" with the given password: check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  });

  it("says which variable is malformed", async () => {
    const result = await runCli("db", ["status"], { NEO4J_PORT: "seventy" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Error: NEO4J_PORT="seventy" must be a port number.');
  });
});
