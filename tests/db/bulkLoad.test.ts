import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../bench/generate/dataset.ts";
import { storeIsEmpty } from "../../graph/loader/bulk/load.ts";
import { defaultArticleDirs, loadArticles } from "../../graph/loader/load.ts";
import type { ConnectionSettings } from "../../graph/neo4j/connection.ts";
import { createDriver } from "../../graph/neo4j/driver.ts";
import { localPassword, startLocal, stopLocal } from "../../graph/neo4j/local/instance.ts";
import { runCli } from "../support/cli.ts";
import { canonicalDump, clearDatabase, testConnection, testDriver } from "../support/db.ts";
import { freePort } from "../support/freePort.ts";

const roots: string[] = [];
let incremental: Driver;
let bulk: Driver;
let dirs: string[];
let instance: Parameters<typeof startLocal>[0];

/** The command-line environment that names the bulk test's local instance. */
function localEnv(): Record<string, string> {
  return {
    NEO4J_DATA: instance.dataDir,
    NEO4J_PORT: String(instance.port),
    NEO4J_HEAP: instance.heap,
    NEO4J_PAGECACHE: instance.pagecache,
  };
}

async function constraints(driver: Driver): Promise<string[]> {
  const result = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
  return result.records.map((r) => r.get("name") as string);
}

beforeAll(async () => {
  const corpus = mkdtempSync(join(tmpdir(), "dossier-bulk-corpus-"));
  roots.push(corpus);
  const manifest = generateDataset({ relations: 1000, seed: 11, out: corpus });
  // The generated corpus and the seed article, whose dates, quantities and lists the generator lacks.
  dirs = [...manifest.slugs.map((slug) => join(corpus, slug)), ...defaultArticleDirs()];

  incremental = testDriver();
  await clearDatabase(incremental);

  const dataDir = mkdtempSync(join(tmpdir(), "dossier-test-bulk-neo4j-"));
  roots.push(dataDir);
  instance = {
    dataDir,
    port: await freePort(),
    heap: "512m",
    pagecache: "128m",
    txTimeout: "60s",
    txMemory: "256m",
  };
  const status = await startLocal(instance);
  const connection: ConnectionSettings = {
    uri: status.uri,
    user: "neo4j",
    password: localPassword(dataDir) ?? "",
    database: undefined,
    local: true,
  };
  bulk = createDriver(connection);
  expect(await storeIsEmpty(bulk, undefined)).toBe(true);
  // Through the command, as a user runs it: it stops the instance, imports and starts it again.
  const loaded = await runCli("load", ["--bulk", ...dirs], localEnv(), 300_000);
  expect(loaded.stderr).toBe("");
  expect(loaded.code).toBe(0);
  expect(loaded.stdout).toContain("Importing with Neo4j's bulk importer...");
  await bulk.close();
  bulk = createDriver(connection);
}, 300_000);

afterAll(async () => {
  await incremental?.close();
  await bulk?.close();
  if (instance) await stopLocal(instance);
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

describe("the bulk import of a first load", () => {
  it("writes the same graph as the incremental loader, property types included", async () => {
    await loadArticles(incremental, dirs);
    const expected = await canonicalDump(incremental);
    expect(expected.split("\n").filter((line) => line.startsWith("R ")).length).toBeGreaterThan(1000);
    // The comparison covers dates, integers, lists and empty lists.
    expect(expected).toContain('"date:');
    expect(expected).toContain('"int:');
    expect(expected).toContain("[]");
    expect(await canonicalDump(bulk)).toBe(expected);
    expect(await storeIsEmpty(bulk, undefined)).toBe(false);
  });

  it("creates the loader's schema", async () => {
    // The bulk test's own instance holds only what the bulk load created (the shared one may hold more).
    expect(await constraints(bulk)).toEqual(["article_slug", "entity_id", "sentence_id"]);
  });

  it("refuses --bulk into a database with nodes or into another Neo4j, in one sentence, changing nothing", async () => {
    const before = await canonicalDump(bulk);
    const full = await runCli("load", ["--bulk", dirs[0]!], localEnv());
    expect(full.code).toBe(1);
    expect(full.stderr.trim()).toBe(
      "Error: --bulk replaces the whole database and the local Neo4j already holds nodes: load without --bulk to add to them.",
    );
    const { uri, user, password } = testConnection();
    const other = await runCli("load", ["--bulk", dirs[0]!], {
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
    });
    expect(other.code).toBe(1);
    expect(other.stderr.trim()).toBe(
      "Error: --bulk imports only into the project's local Neo4j, and NEO4J_URI names another: load without --bulk.",
    );
    expect(await canonicalDump(bulk)).toBe(before);
  });

  it("leaves a graph that the incremental loader updates as it updates its own", async () => {
    const again = [dirs[0]!, dirs.at(-1)!];
    await loadArticles(incremental, again);
    await loadArticles(bulk, again);
    expect(await canonicalDump(bulk)).toBe(await canonicalDump(incremental));
  });
});
