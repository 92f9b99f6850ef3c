import { Command } from "commander";
import { readEnv } from "../graph/config/env.ts";
import { installLocalNeo4j } from "../graph/neo4j/local/install.ts";
import { localPassword, localStatus, startLocal, stopLocal } from "../graph/neo4j/local/instance.ts";
import { localOptionsFromEnv, workbenchOptionsFromEnv } from "../graph/neo4j/local/options.ts";
import { UserError, runMain } from "./lib/cli.ts";

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function ensureNoExternalUri(): void {
  if (readEnv().NEO4J_URI) {
    throw new UserError(
      "NEO4J_URI is set, so Dossier uses that Neo4j and manages no local one: unset NEO4J_URI to use the local Neo4j.",
    );
  }
}

const program = new Command("db")
  .description("Manage the local Neo4j (used when NEO4J_URI is not set).")
  .showHelpAfterError();

program
  .command("start")
  .description("start the local Neo4j in the background and wait until Bolt answers")
  .action(async () => {
    ensureNoExternalUri();
    const options = localOptionsFromEnv(readEnv());
    installLocalNeo4j((line) => console.log(line));
    const status = await startLocal(options);
    console.log(
      status.alreadyRunning
        ? `Neo4j is already running at ${status.uri} (pid ${status.pid}).`
        : `Neo4j is running at ${status.uri} (pid ${status.pid}); data in ${status.dataDir}.`,
    );
  });

program
  .command("install")
  .description("fetch the Neo4j jars from Maven Central and compile the launcher, without starting")
  .action(() => {
    const version = installLocalNeo4j((line) => console.log(line));
    console.log(`Neo4j ${version} is installed for local use.`);
  });

program
  .command("stop")
  .description("stop the local Neo4j cleanly, and the workbench's own Neo4j if it runs")
  .action(async () => {
    ensureNoExternalUri();
    const env = readEnv();
    const stopped = await stopLocal(localOptionsFromEnv(env));
    console.log(stopped ? "Neo4j stopped." : "Neo4j was not running.");
    if (await stopLocal(workbenchOptionsFromEnv(env))) console.log("The workbench's Neo4j stopped.");
  });

program
  .command("status")
  .description("say whether the local Neo4j (and the workbench's own) is running")
  .action(() => {
    ensureNoExternalUri();
    const env = readEnv();
    const status = localStatus(localOptionsFromEnv(env));
    console.log(
      status.running
        ? `running at ${status.uri} (pid ${status.pid}); data in ${status.dataDir}`
        : `stopped; data in ${status.dataDir}`,
    );
    const workbench = localStatus(workbenchOptionsFromEnv(env));
    console.log(
      workbench.running
        ? `workbench's Neo4j: running at ${workbench.uri} (pid ${workbench.pid}); data in ${workbench.dataDir}`
        : `workbench's Neo4j: stopped; data in ${workbench.dataDir}`,
    );
    if (!status.running) process.exitCode = 3;
  });

program
  .command("env")
  .description("print the connection settings as shell assignments")
  .action(() => {
    const env = readEnv();
    if (env.NEO4J_URI) {
      console.log(`NEO4J_URI=${shellQuote(env.NEO4J_URI)}`);
      if (env.NEO4J_USER) console.log(`NEO4J_USER=${shellQuote(env.NEO4J_USER)}`);
      if (env.NEO4J_PASSWORD) console.log(`NEO4J_PASSWORD=${shellQuote(env.NEO4J_PASSWORD)}`);
    } else {
      const options = localOptionsFromEnv(env);
      const password = localPassword(options.dataDir);
      if (password === undefined) {
        throw new UserError('The local Neo4j has not been set up yet: run "npm run db -- start" first.');
      }
      console.log(`NEO4J_URI=${shellQuote(localStatus(options).uri)}`);
      console.log(`NEO4J_USER=neo4j`);
      console.log(`NEO4J_PASSWORD=${shellQuote(password)}`);
    }
    if (env.NEO4J_DATABASE) console.log(`NEO4J_DATABASE=${shellQuote(env.NEO4J_DATABASE)}`);
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
