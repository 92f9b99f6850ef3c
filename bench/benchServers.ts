import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { frenchModelsInstalled, installCoreNlp } from "../graph/nlp/install.ts";
import { defaultHeap } from "../graph/nlp/languages.ts";
import { startNlp, stopNlp } from "../graph/nlp/server.ts";
import { freePort } from "../tests/support/freePort.ts";
import { type BenchNeo4j, startBenchNeo4j } from "./neo4j.ts";

export interface BenchServers {
  neo4j: BenchNeo4j;
  nlpUrl: string;
  /** A temporary folder of the run's own, deleted afterwards. */
  dir: string;
}

/** Runs `work` with a fresh Neo4j and a CoreNLP of its own (its own port, pid and log), both stopped afterwards. */
export async function withNeo4jAndNlp<T>(
  prefix: string,
  log: (line: string) => void,
  work: (servers: BenchServers) => Promise<T>,
): Promise<T> {
  await installCoreNlp(log);
  const dir = mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
  const nlpOptions = {
    port: await freePort(),
    heap: defaultHeap(frenchModelsInstalled()),
    pidFile: join(dir, "pid"),
    logFile: join(dir, "log"),
  };
  log("Starting Neo4j and CoreNLP...");
  const neo4j = await startBenchNeo4j();
  try {
    const { url: nlpUrl } = await startNlp(nlpOptions);
    return await work({ neo4j, nlpUrl, dir });
  } finally {
    await stopNlp(nlpOptions);
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
