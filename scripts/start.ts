import { missingModels } from "../graph/nlp/frenchModels.ts";
import { Command } from "commander";
import type { Driver } from "neo4j-driver";
import { articlesDirFromEnv } from "../graph/corpus/articlesDir.ts";
import { removeAbandonedFolders } from "../graph/corpus/folderWrite.ts";
import { type Env, readEnv } from "../graph/config/env.ts";
import { describeArticles } from "../graph/loader/load.ts";
import { reconcileArticles } from "../graph/loader/reconcile.ts";
import { checkWatchesAfterLoad } from "./lib/watchCheck.ts";
import { ValidationError } from "../graph/loader/problems.ts";
import { installLocalNeo4j } from "../graph/neo4j/local/install.ts";
import { startLocal, stopLocal } from "../graph/neo4j/local/instance.ts";
import { localOptionsFromEnv, workbenchOptionsFromEnv } from "../graph/neo4j/local/options.ts";
import type { ConnectionSettings } from "../graph/neo4j/connection.ts";
import { LocalWorkbench } from "../graph/workbench/localWorkbench.ts";
import { localWatchdog } from "../graph/db/localWatchdog.ts";
import { querySettingsFromEnv } from "../graph/query/settings.ts";
import { QueryWorkers } from "../graph/query/worker/pool.ts";
import { buildServer } from "../graph/server/app.ts";
import { articleWritesFromEnv } from "../graph/server/articleWrites.ts";
import { GraphDb } from "../graph/db/graphDb.ts";
import { listen } from "../graph/server/listen.ts";
import { startNlpInBackground } from "./lib/backgroundNlp.ts";
import { ensureAppBuilt } from "./lib/buildApp.ts";
import { UserError, runMain } from "./lib/cli.ts";
import { connect } from "./lib/connect.ts";

/**
 * npm start: local Neo4j (unless NEO4J_URI), articles loaded, app built and
 * served. Ctrl-C stops what this command started, and nothing else.
 */
const program = new Command("start")
  .description("Start Neo4j (unless NEO4J_URI is set), load the articles and serve the app.")
  .option(
    "--no-load",
    "kept for older scripts: start never reloads every article now, it only reconciles the graph with data/articles",
  )
  .action(async () => {
    const env = readEnv();
    const querySettings = querySettingsFromEnv(env);
    const cleanups: Array<() => Promise<unknown>> = [];
    let stopping = false;
    const stop = async (code: number) => {
      if (stopping) return;
      stopping = true;
      console.log("\nStopping...");
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch (error) {
          console.error(error);
        }
      }
      process.exit(code);
    };
    process.on("SIGINT", () => void stop(0));
    process.on("SIGTERM", () => void stop(0));

    let workbench: LocalWorkbench | undefined;
    try {
      // This command stops, on exit, the local Neo4j it starts or adopts (its pid file names it).
      const localOptions = { ...localOptionsFromEnv(env), owner: process.pid };
      if (!env.NEO4J_URI) {
        installLocalNeo4j((line) => console.log(line));
        workbench = startWorkbench(env, querySettings.allowWrites, () => stopping);
        if (workbench) {
          const started = workbench;
          cleanups.push(async () => {
            await started.stop();
            console.log("The workbench's Neo4j stopped.");
          });
        }
        console.log("Starting the local Neo4j...");
        const status = await startLocal(localOptions);
        console.log(neo4jLine(status));
        if (!status.alreadyRunning || status.adopted) {
          cleanups.push(async () => {
            await stopLocal(localOptions);
            console.log("Neo4j stopped.");
          });
        }
      }
      const { driver, settings } = await connect();
      cleanups.push(() => driver.close());
      await reconcile(driver, settings.database, articlesDirFromEnv(env));
      const staticDir = await ensureAppBuilt((line) => console.log(line));
      // The local Neo4j is restarted when a query keeps running after it was terminated
      // (with the workbench's own instance, only that one ever is).
      const watchdog =
        env.NEO4J_URI || workbench ? undefined : localWatchdog(localOptions, (line) => console.log(line));
      // The workbench's queries are received in worker threads, never on the server's own.
      const queryWorkers = workbenchWorkers(workbench, settings);
      cleanups.push(() => queryWorkers.close());
      // Started before the server listens, so that an add arriving at once waits for it.
      const nlp = startNlpInBackground(env, (line) => console.log(line));
      cleanups.push(nlp.stop);
      const app = await buildServer({
        db: new GraphDb(driver, settings.database, env.API_TIMEOUT, watchdog?.onStuck, queryWorkers),
        staticDir,
        query: querySettings,
        articles: articleWritesFromEnv(env),
        // The CoreNLP that npm start brings up in the background; requests wait while it starts.
        nlpUrl: (log) => nlp.engine.url(log),
        nlpState: () => nlp.engine.state(),
        missingModels: (language) => missingModels(env, language, (line) => console.log(line)),
        onArticleLoaded: workbench && (() => workbench?.refresh()),
      });
      cleanups.push(() => app.close());
      const url = await listen(app, env.HOST, env.PORT);
      console.log(`\nDossier is ready: ${url}\n(Ctrl-C to stop)`);
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const line of error.message.split("\n")) console.error(`Error: ${line}`);
        console.error("Nothing was written.");
      } else if (error instanceof UserError) console.error(`Error: ${error.message}`);
      else console.error(error);
      await stop(1);
    }
  });

/**
 * The workbench's own local Neo4j, started in the background beside the
 * explorer's (its queries answer 503 "still starting" meanwhile); none with
 * the user's own Neo4j or when workbench queries may write (they then run
 * against the explorer's database, which they write to).
 */
function startWorkbench(env: Env, allowWrites: boolean, stopping: () => boolean): LocalWorkbench | undefined {
  if (env.NEO4J_URI || allowWrites) return undefined;
  const log = (line: string) => console.log(line);
  const workbench = new LocalWorkbench(workbenchOptionsFromEnv(env), articlesDirFromEnv(env), log);
  console.log("Starting the workbench's Neo4j in the background...");
  workbench.start().then(
    () => log(`The workbench's Neo4j is running at ${workbench.connection.uri}.`),
    (error: unknown) => {
      if (stopping()) return;
      const why = error instanceof Error ? error.message : String(error);
      log(`The workbench's Neo4j could not be started, so workbench queries answer 503: ${why}`);
    },
  );
  return workbench;
}

/** The workbench's query threads: against its own Neo4j when there is one, else the explorer's. */
function workbenchWorkers(workbench: LocalWorkbench | undefined, settings: ConnectionSettings): QueryWorkers {
  if (!workbench) return new QueryWorkers(settings);
  return new QueryWorkers(workbench.connection, {
    target: workbench.side,
    unavailable: () => workbench.unavailable(),
  });
}

/** What became of the local Neo4j, in one line. */
function neo4jLine(status: Awaited<ReturnType<typeof startLocal>>): string {
  if (status.adopted) {
    return `Adopting the local Neo4j left running at ${status.uri} by an earlier npm start that was killed (pid ${status.pid}): it stops with this one.`;
  }
  if (status.alreadyRunning) {
    return `Using the local Neo4j already running at ${status.uri} (started by "npm run db -- start" or another npm start): it keeps running after this one stops.`;
  }
  return `Neo4j is running at ${status.uri}.`;
}

/** Loads what is new or changed in the articles folder and removes what is gone, one line each. */
async function reconcile(driver: Driver, database: string | undefined, articlesDir: string): Promise<void> {
  const log = (line: string) => console.log(line);
  for (const name of removeAbandonedFolders(articlesDir)) {
    log(`Removed ${name}, a folder that an add killed midway left unfinished.`);
  }
  const result = await reconcileArticles(driver, articlesDir, {
    database,
    log,
    onArticles: (plans, written, total) => log(`Loading ${describeArticles(plans, written, total)}...`),
  });
  const total = result.added.length + result.reloaded.length + result.unchanged;
  const changes = [
    result.added.length > 0 ? `${result.added.length} loaded` : "",
    result.reloaded.length > 0 ? `${result.reloaded.length} reloaded` : "",
    result.removed.length > 0 ? `${result.removed.length} removed` : "",
  ].filter(Boolean);
  log(
    `The graph matches the articles folder: ${total} article(s)${changes.length > 0 ? ` (${changes.join(", ")})` : ", all up to date"}.`,
  );
  await checkWatchesAfterLoad(driver, database, articlesDir, [...result.added, ...result.reloaded], log);
}

runMain(() => program.parseAsync(process.argv).then(() => undefined));
