import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { localPassword, startLocal, stopLocal } from "../../graph/neo4j/local/instance.ts";
import { freePort } from "../support/freePort.ts";

const dataDir = mkdtempSync(join(tmpdir(), "dossier-first-start-"));
let port = 0;

afterAll(async () => {
  await stopLocal({ dataDir, port });
  rmSync(dataDir, { recursive: true, force: true });
});

/** One login with the given password: "ok", "refused" (Bolt answered no) or "closed" (nothing listens yet). */
async function login(password: string): Promise<"ok" | "refused" | "closed"> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic("neo4j", password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return "ok";
  } catch (error) {
    return /unauthori[sz]ed|authentication/i.test((error as Error).message) ? "refused" : "closed";
  } finally {
    await driver.close();
  }
}

/** Every file and folder under dir whose mode lets the group or others in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if ((statSync(path).mode & 0o077) !== 0) found.push(path);
  }
  return found;
}

describe("the first start of a new local Neo4j", () => {
  it("never accepts neo4j/neo4j, from before Bolt opens until after start returns, and keeps its files private", async () => {
    port = await freePort();
    const options = { dataDir, port, heap: "512m", pagecache: "64m", txTimeout: "60s", txMemory: "256m" };
    const outcomes: string[] = [];
    let started = false;
    // A local process trying the default credentials as fast as it can, the whole time.
    const prober = (async () => {
      while (!started) outcomes.push(await login("neo4j"));
      for (let i = 0; i < 3; i++) outcomes.push(await login("neo4j"));
    })();
    await startLocal(options);
    started = true;
    await prober;

    expect(outcomes.filter((o) => o === "ok")).toEqual([]);
    expect(outcomes.filter((o) => o === "refused").length).toBeGreaterThanOrEqual(3);
    expect(await login(localPassword(dataDir) ?? "")).toBe("ok");

    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(openToOthers(dataDir)).toEqual([]);
  });
});
