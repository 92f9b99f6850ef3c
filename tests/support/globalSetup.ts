import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { installLocalNeo4j } from "../../graph/neo4j/local/install.ts";
import {
  type LocalInstanceOptions,
  localPassword,
  startLocal,
  stopLocal,
} from "../../graph/neo4j/local/instance.ts";
import { annotate } from "../../graph/nlp/client.ts";
import { installCoreNlp, installFrenchModels } from "../../graph/nlp/install.ts";
import { defaultHeap } from "../../graph/nlp/languages.ts";
import { startNlp, stopNlp } from "../../graph/nlp/server.ts";
import { freePort } from "./freePort.ts";

export interface TestNeo4j {
  uri: string;
  password: string;
  dataDir: string;
  port: number;
  /** How it was started, so a test can restart it the same way. */
  options: LocalInstanceOptions;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    appDir: string;
    /** The CoreNLP server of the run, English and French (started once: it takes about 35-55 s and 3.4 GB). */
    nlpUrl: string;
  }
}

/**
 * One real Neo4j for the db and browser tests: a fresh store in a temporary
 * folder on a free port, stopped and deleted afterwards. The app is built once,
 * and one real CoreNLP server is started beside them for the suggestion tests.
 */
export default async function setup(project: TestProject) {
  installLocalNeo4j((line) => console.log(line));
  await installCoreNlp((line) => console.log(line));
  // The French suggestion tests read French with the same server.
  await installFrenchModels((line) => console.log(line));
  const nlpDir = mkdtempSync(join(tmpdir(), "dossier-test-nlp-"));
  const nlpOptions = {
    port: await freePort(),
    heap: defaultHeap(true),
    pidFile: join(nlpDir, "pid"),
    logFile: join(nlpDir, "log"),
  };
  const nlp = startNlp(nlpOptions);
  // Awaited below; until then a failure must not count as unhandled.
  nlp.catch(() => undefined);
  const dataDir = mkdtempSync(join(tmpdir(), "dossier-test-neo4j-"));
  const port = await freePort();
  const options = { dataDir, port, heap: "1g", pagecache: "256m", txTimeout: "60s", txMemory: "256m" };
  const buildApp = (async () => {
    const { build } = await import("vite");
    const outDir = mkdtempSync(join(tmpdir(), "dossier-test-app-"));
    await build({ configFile: "vite.config.ts", logLevel: "warn", build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  const status = await startLocal(options);
  const appDir = await buildApp;
  project.provide("neo4j", {
    uri: status.uri,
    password: localPassword(dataDir) ?? "",
    dataDir,
    port,
    options,
  });
  project.provide("appDir", appDir);
  const { url: nlpUrl } = await nlp;
  // The first text CoreNLP reads also loads its date and number rules: pay that here, not in a test
  // (with room for a machine busy with other work).
  await annotate(nlpUrl, "On Monday, June 23, 2025, Mali signed a 45% share deal in Moscow.", {
    timeoutMs: 600_000,
  });
  await annotate(nlpUrl, "Le lundi 23 juin 2025, le Mali a signé un accord à Moscou.", {
    timeoutMs: 600_000,
    language: "fr",
  });
  project.provide("nlpUrl", nlpUrl);
  return async () => {
    await stopNlp(nlpOptions);
    rmSync(nlpDir, { recursive: true, force: true });
    await stopLocal(options);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(appDir, { recursive: true, force: true });
  };
}
