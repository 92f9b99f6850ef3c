import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localStatus, startLocal, stopLocal } from "../../graph/neo4j/local/instance.ts";
import { instanceFiles } from "../../graph/neo4j/local/paths.ts";
import { nlpStatus, startNlp, stopNlp } from "../../graph/nlp/server.ts";
import { isProcessOf } from "../../graph/process/pidFile.ts";
import { freePort } from "../support/freePort.ts";
import { startCommand } from "../support/startCommand.ts";
import { tempDir } from "../support/addFixtures.ts";

const alive = (pid: number) => isProcessOf(pid, "java");
const dataDir = mkdtempSync(join(tmpdir(), "dossier-orphan-neo4j-"));
const nlpDir = mkdtempSync(join(tmpdir(), "dossier-orphan-nlp-"));
let nlpPort = 0;
const nlpOptions = () => ({
  port: nlpPort,
  heap: "2g",
  pidFile: join(nlpDir, "pid"),
  logFile: join(nlpDir, "log"),
});

afterAll(async () => {
  await stopLocal({ dataDir, port: 0 });
  if (nlpPort) await stopNlp(nlpOptions());
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(nlpDir, { recursive: true, force: true });
});

describe("servers left running by a killed npm start", () => {
  it(
    "adopts the local Neo4j of a killed npm start, says so, and stops it on Ctrl-C",
    { timeout: 600_000 },
    async () => {
      const env = {
        NEO4J_DATA: dataDir,
        NEO4J_PORT: String(await freePort()),
        NEO4J_HEAP: "512m",
        NEO4J_PAGECACHE: "64m",
        PORT: String(await freePort()),
        NLP_ENGINE: "off",
        DOSSIER_ARTICLES: tempDir("orphan-articles"),
      };
      const first = startCommand("scripts/start.ts", [], env);
      await first.waitFor(/Dossier is ready/, 400_000);
      const before = localStatus({ dataDir, port: Number(env.NEO4J_PORT) });
      expect(before.running).toBe(true);
      first.kill("SIGKILL");
      await first.exited;
      // Neo4j runs in a session of its own: the crash leaves it running, and nobody would stop it.
      expect(localStatus({ dataDir, port: Number(env.NEO4J_PORT) })).toMatchObject({
        running: true,
        orphaned: true,
      });

      const second = startCommand("scripts/start.ts", [], env);
      await second.waitFor(/Dossier is ready/, 400_000);
      expect(second.output()).toContain(
        `Adopting the local Neo4j left running at bolt://127.0.0.1:${env.NEO4J_PORT} by an earlier npm start that was killed (pid ${before.pid}): it stops with this one.`,
      );
      second.kill("SIGINT");
      expect(await second.exited).toBe(0);
      expect(second.output()).toContain("Neo4j stopped.");
      expect(alive(before.pid!)).toBe(false);
      expect(localStatus({ dataDir, port: Number(env.NEO4J_PORT) }).running).toBe(false);
    },
  );

  it("refuses in one sentence, and stops nothing, when another program holds the port and the pid file names a process not ours", async () => {
    const foreign = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => foreign.listen(port, "127.0.0.1", resolve));
    const folder = mkdtempSync(join(tmpdir(), "dossier-orphan-foreign-"));
    try {
      // A stale pid file from a killed start whose pid is now some other program (this test's own process).
      const files = instanceFiles(folder);
      mkdirSync(files.dir, { recursive: true });
      writeFileSync(files.pid, `${process.pid}\nowner 999999\n`);
      const options = {
        dataDir: folder,
        port,
        heap: "512m",
        pagecache: "64m",
        txTimeout: "60s",
        txMemory: "256m",
      };
      expect(localStatus(options).running).toBe(false);
      await expect(startLocal({ ...options, owner: process.pid })).rejects.toThrow(
        `Port ${port} on 127.0.0.1 is already in use by another program: stop it, or set NEO4J_PORT to a free port (or NEO4J_URI to use the Neo4j that listens there).`,
      );
      expect(await stopLocal(options)).toBe(false);
      expect(foreign.listening).toBe(true);
    } finally {
      foreign.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it(
    "replaces the CoreNLP of a killed start with a fresh one, which a stop then stops",
    { timeout: 400_000 },
    async () => {
      nlpPort = await freePort();
      // A command that starts CoreNLP detached and owns it, as npm start does, then is killed.
      const owner = startCommand("tests/support/nlpOwner.ts", [JSON.stringify(nlpOptions())], {});
      await owner.waitFor(/CoreNLP owned by \d+ is ready/, 300_000);
      const orphan = nlpStatus(nlpOptions());
      owner.kill("SIGKILL");
      await owner.exited;
      expect(nlpStatus(nlpOptions())).toMatchObject({ running: true, orphaned: true, pid: orphan.pid });

      const fresh = await startNlp({ ...nlpOptions(), owner: process.pid }, { timeoutMs: 300_000 });
      expect(fresh).toMatchObject({ alreadyRunning: false, replaced: orphan.pid });
      expect(alive(orphan.pid!)).toBe(false);
      expect(fresh.pid).not.toBe(orphan.pid);
      expect(await stopNlp(nlpOptions())).toBe(true);
      expect(alive(fresh.pid!)).toBe(false);
    },
  );
});
