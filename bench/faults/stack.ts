import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../../graph/neo4j/driver.ts";
import { installLocalNeo4j } from "../../graph/neo4j/local/install.ts";
import {
  type LocalInstanceOptions,
  localPassword,
  localStatus,
  startLocal,
  stopLocal,
  uriFor,
} from "../../graph/neo4j/local/instance.ts";
import type { FaultPointName } from "../../graph/process/faultPoint.ts";
import { waitForFreePort } from "../../graph/process/port.ts";
import { freePort } from "../../tests/support/freePort.ts";
import { type StartedCommand, startCommand } from "../../tests/support/startCommand.ts";

/** How long a start of the server (Neo4j already up) may take on a busy machine. */
const START_MS = 300_000;

export interface RunningServer {
  server: StartedCommand;
  url: string;
  /** Stops it as Ctrl-C does, and waits for it. */
  stop(): Promise<void>;
}

export interface FaultStack {
  articles: string;
  neo4j: LocalInstanceOptions;
  driver: Driver;
  /** npm start against this stack, optionally held at a fault point until `resume` exists. */
  start(hold?: { point: FaultPointName; resume: string }): Promise<RunningServer>;
  /** Starts the local Neo4j again (after a kill), as the next npm start would. */
  restartNeo4j(): Promise<void>;
  /** After a case that went wrong: kills its servers and makes sure Neo4j runs. */
  recover(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A local Neo4j of the run's own (kept running across the server's starts,
 * like one from "npm run db -- start"), an articles folder, and the server
 * started as a child the way npm start runs it.
 */
export async function faultStack(options: {
  articles?: string;
  nlpUrl?: string;
  log: (line: string) => void;
}): Promise<FaultStack> {
  const work = mkdtempSync(join(tmpdir(), "dossier-faults-"));
  const articles = options.articles ?? join(work, "articles");
  mkdirSync(articles, { recursive: true });
  installLocalNeo4j(options.log);
  const neo4j: LocalInstanceOptions = {
    dataDir: join(work, "neo4j"),
    port: await freePort(),
    heap: "512m",
    pagecache: "64m",
    txTimeout: "60s",
    txMemory: "256m",
  };
  await startLocal(neo4j);
  const connect = () =>
    createDriver({
      uri: uriFor(neo4j.port),
      user: "neo4j",
      password: localPassword(neo4j.dataDir) ?? "",
      database: undefined,
      local: true,
    });
  let driver = connect();
  const servers = new Set<StartedCommand>();
  const restartNeo4j = async () => {
    await driver.close();
    // A JVM killed a moment ago may hold its port while the system tears it down.
    await waitForFreePort(neo4j.port, 60_000);
    await startLocal(neo4j);
    driver = connect();
  };
  return {
    articles,
    neo4j,
    get driver() {
      return driver;
    },
    async start(hold) {
      const server = startCommand("scripts/start.ts", [], {
        NEO4J_DATA: neo4j.dataDir,
        NEO4J_PORT: String(neo4j.port),
        PORT: String(await freePort()),
        ...(options.nlpUrl ? { NLP_URL: options.nlpUrl } : { NLP_ENGINE: "off" }),
        DOSSIER_ARTICLES: articles,
        ...(hold ? { DOSSIER_FAULT_POINT: hold.point, DOSSIER_FAULT_RESUME: hold.resume } : {}),
      });
      servers.add(server);
      void server.exited.then(() => servers.delete(server));
      const [, url] = await server.waitFor(/Dossier is ready: (http:\/\/\S+)/, START_MS);
      return {
        server,
        url: url!,
        async stop() {
          server.kill("SIGINT");
          await server.exited;
        },
      };
    },
    restartNeo4j,
    async recover() {
      for (const server of servers) server.kill("SIGKILL");
      if (!localStatus(neo4j).running) await restartNeo4j().catch((e: unknown) => options.log(String(e)));
    },
    async close() {
      for (const server of servers) server.kill("SIGKILL");
      await driver.close();
      await stopLocal(neo4j);
      rmSync(work, { recursive: true, force: true });
    },
  };
}
