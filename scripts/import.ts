import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Presets, SingleBar } from "cli-progress";
import { Command } from "commander";
import { parameterize } from "../graph/export/node/scriptParams.ts";
import { checkExportScript, splitStatements } from "../graph/export/scriptShape.ts";
import { sessionConfig } from "../graph/neo4j/session.ts";
import { UserError, runMain } from "./lib/cli.ts";
import { connect } from "./lib/connect.ts";

const program = new Command("import")
  .description(
    "Run a Cypher script written by `npm run export -- --format cypher` against the configured Neo4j.",
  )
  .argument("<file>", "the .cypher script")
  .option("--allow-any", "run any script of ;-terminated statements, not only Dossier export scripts")
  .action(async (file: string, opts: { allowAny?: boolean }) => {
    const path = resolve(file);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      throw new UserError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
    let statements: string[];
    if (opts.allowAny) statements = splitStatements(text);
    else {
      const checked = checkExportScript(text);
      if ("problem" in checked) {
        throw new UserError(
          `${path} is not a Dossier export script: ${checked.problem}. Nothing was run (--allow-any runs any script).`,
        );
      }
      statements = checked.statements;
    }
    const { driver, settings } = await connect();
    const bar = new SingleBar(
      { format: "  [{bar}] {value}/{total} statements", hideCursor: true },
      Presets.shades_classic,
    );
    const tty = process.stdout.isTTY;
    const totals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    const session = driver.session(sessionConfig(settings.database, "WRITE"));
    try {
      if (tty) bar.start(statements.length, 0);
      for (const [index, statement] of statements.entries()) {
        // Each statement in its own auto-commit transaction: schema changes cannot share one with writes.
        const parameterized = parameterize(statement);
        const run = parameterized
          ? session.run(parameterized.query, parameterized.params)
          : session.run(statement);
        const result = await run.catch((error: unknown) => {
          throw new UserError(
            `Statement ${index + 1} of ${path} failed: ${(error as Error).message.split("\n")[0]} (statements before it were applied).`,
          );
        });
        const counters = result.summary.counters.updates();
        totals.nodesCreated += counters.nodesCreated;
        totals.relationshipsCreated += counters.relationshipsCreated;
        totals.propertiesSet += counters.propertiesSet;
        if (tty) bar.update(index + 1);
      }
      if (tty) bar.stop();
      console.log(
        `Ran ${statements.length} statements: ${totals.nodesCreated} nodes and ${totals.relationshipsCreated} relationships created, ${totals.propertiesSet} properties set.`,
      );
    } finally {
      bar.stop();
      await session.close();
      await driver.close();
    }
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
