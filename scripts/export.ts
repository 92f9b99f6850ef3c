import { rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Presets, SingleBar } from "cli-progress";
import { Command, Option } from "commander";
import { FORMATS, type ExportFormat } from "../graph/export/formats.ts";
import { makeSpoolDir, spoolSource } from "../graph/export/node/spool.ts";
import { sweepExportLeftovers } from "../graph/export/node/sweep.ts";
import { readInWorker } from "../graph/export/node/worker/readInWorker.ts";
import { checkOutPath, writeExport } from "../graph/export/node/writeFiles.ts";
import { cypher } from "../graph/neo4j/cypherFiles.ts";
import { QueryError } from "../graph/query/queryError.ts";
import { toQueryParams } from "../graph/query/params.ts";
import { readEnv } from "../graph/config/env.ts";
import type { ConnectionSettings } from "../graph/neo4j/connection.ts";
import { type LocalInstanceOptions, localPassword, localStatus } from "../graph/neo4j/local/instance.ts";
import { localOptionsFromEnv, workbenchOptionsFromEnv } from "../graph/neo4j/local/options.ts";
import { localWatchdog } from "../graph/db/localWatchdog.ts";
import { UserError, runMain } from "./lib/cli.ts";
import { connect } from "./lib/connect.ts";
import { investigationExportProgram } from "./lib/exportInvestigation.ts";

interface Options {
  query?: string;
  params?: string;
  all?: boolean;
  format: ExportFormat;
  out: string;
  timeout?: number;
}

/**
 * Where a user's --query runs: on the workbench's own local Neo4j when one is
 * running (npm start keeps it beside the explorer's), so that a query Neo4j
 * cannot stop restarts that one and never the explorer's; otherwise on the
 * Neo4j the settings name.
 */
function workbenchTarget(): { settings: ConnectionSettings; options: LocalInstanceOptions } | undefined {
  const env = readEnv();
  if (env.NEO4J_URI) return undefined;
  const options = workbenchOptionsFromEnv(env);
  const status = localStatus(options);
  const password = localPassword(options.dataDir);
  if (!status.running || password === undefined) return undefined;
  return {
    settings: { uri: status.uri, user: "neo4j", password, database: undefined, local: true },
    options,
  };
}

/** Query parameters from JSON, converted as the API converts them (whole numbers become integers). */
function parseParams(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`--params is not valid JSON: ${(error as Error).message}.`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UserError('--params must be a JSON object such as {"name": "Mali"}.');
  }
  try {
    return toQueryParams(value as Record<string, unknown>);
  } catch (error) {
    if (error instanceof QueryError) throw new UserError(`--params: ${error.message}`);
    throw error;
  }
}

/** The time limit of --query when none is given: the local Neo4j's own default (NEO4J_TX_TIMEOUT). */
const DEFAULT_QUERY_TIMEOUT_S = 120;

const program = new Command("export")
  .description("Export the result of a read-only query (or everything loaded) as a file, streaming.")
  .addHelpText(
    "after",
    "\nA saved investigation: npm run export -- --investigation <slug> [--brief] [--out <file>]",
  )
  .option(
    "--query <cypher>",
    "a read-only Cypher query; every node, relationship and path it returns is exported",
  )
  .option("--params <json>", "query parameters as a JSON object")
  .option("--all", "export everything the project loaded (entities, articles, sentences)")
  .addOption(new Option("--format <format>", "output format").choices(FORMATS).makeOptionMandatory())
  .requiredOption("--out <path>", "output file (for csv: a folder, or a .zip file)")
  .option("--timeout <seconds>", `time limit of --query (default ${DEFAULT_QUERY_TIMEOUT_S})`, (v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0)
      throw new UserError(`--timeout ${v} is not a positive number of seconds.`);
    return n;
  })
  .action(async (opts: Options) => {
    if (Boolean(opts.query) === Boolean(opts.all)) {
      throw new UserError("Give either --query or --all (one of them).");
    }
    const params = parseParams(opts.params);
    const out = resolve(opts.out);
    checkOutPath(opts.format, out);
    const workbench = opts.query ? workbenchTarget() : undefined;
    if (workbench)
      console.error("The query runs on the workbench's own Neo4j: the explorer's is not affected.");
    const { driver, database, settings } = await connect(workbench?.settings);
    const watchdog = settings.local
      ? localWatchdog(workbench?.options ?? localOptionsFromEnv(readEnv()), (line) => console.error(line))
      : undefined;
    sweepExportLeftovers(dirname(out));
    const spoolDir = makeSpoolDir(dirname(out));
    const bar = new SingleBar(
      { format: "  {step} {value} records", hideCursor: true },
      Presets.shades_classic,
    );
    const tty = process.stdout.isTTY;
    try {
      if (tty) bar.start(0, 0, { step: "reading" });
      const counts = await readInWorker(
        { driver, database, connection: settings },
        {
          queries: opts.all
            ? [cypher("export/all-nodes"), cypher("export/all-relationships")]
            : [opts.query ?? ""],
          params,
          // A user's query always has a time limit; the project's own statements (--all) the server's.
          timeoutMs: opts.all ? undefined : (opts.timeout ?? DEFAULT_QUERY_TIMEOUT_S) * 1000,
          onStuck: watchdog?.onStuck,
        },
        spoolDir,
        (records) => {
          if (tty) bar.update(records);
        },
      );
      bar.stop();
      const files = await writeExport(opts.format, spoolSource(spoolDir), out);
      console.log(
        `Exported ${counts.nodes} nodes and ${counts.relationships} relationships as ${opts.format} to ${files.join(", ")}.`,
      );
    } catch (error) {
      await watchdog?.idle();
      if (error instanceof QueryError) throw new UserError(error.message);
      throw error;
    } finally {
      bar.stop();
      rmSync(spoolDir, { recursive: true, force: true });
      await driver.close();
    }
  });

// An investigation's export takes other options (no --format): it is its own command.
const investigation = process.argv.some((a) => a === "--investigation" || a.startsWith("--investigation="));
runMain(() =>
  (investigation ? investigationExportProgram : program).parseAsync(process.argv).then(() => undefined),
);
