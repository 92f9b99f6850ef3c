import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { Presets, SingleBar } from "cli-progress";
import { Command } from "commander";
import { ScriptStatementError, runScriptStatements } from "../graph/export/node/runScript.ts";
import { checkExportScript, splitStatements } from "../graph/export/scriptShape.ts";
import { UserError, runMain } from "./lib/cli.ts";
import { connect } from "./lib/connect.ts";
import { importInvestigationFile } from "./lib/importInvestigation.ts";

const program = new Command("import")
  .description(
    "Run a Cypher script written by `npm run export -- --format cypher` against the configured Neo4j, or import an investigation exported as .json.",
  )
  .argument("<file>", "the .cypher script, or an investigation's .json export")
  .option("--allow-any", "run any script of ;-terminated statements, not only Dossier export scripts")
  .action(async (file: string, opts: { allowAny?: boolean }) => {
    if (extname(file).toLowerCase() === ".json") return importInvestigationFile(file);
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
    try {
      if (tty) bar.start(statements.length, 0);
      const totals = await runScriptStatements(driver, settings.database, statements, (done) => {
        if (tty) bar.update(done);
      }).catch((error: unknown) => {
        if (!(error instanceof ScriptStatementError)) throw error;
        throw new UserError(
          `Statement ${error.statement} of ${path} failed: ${error.reason} (statements before it were applied).`,
        );
      });
      if (tty) bar.stop();
      console.log(
        `Ran ${statements.length} statements: ${totals.nodesCreated} nodes and ${totals.relationshipsCreated} relationships created, ${totals.propertiesSet} properties set.`,
      );
    } finally {
      bar.stop();
      await driver.close();
    }
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
