import { readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { readEnv } from "../../graph/config/env.ts";
import { INVESTIGATION_EXPORT_LIMITS } from "../../graph/contract/investigationExport.ts";
import { articlesDirFromEnv } from "../../graph/corpus/articlesDir.ts";
import { investigationsDir } from "../../graph/investigations/files.ts";
import { importInvestigation, parseInvestigationExport } from "../../graph/investigations/importFile.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { UserError } from "./cli.ts";
import { connect } from "./connect.ts";

/**
 * `npm run import -- file.json`: an investigation export, checked whole
 * before anything is written; its missing articles are written to
 * data/articles and loaded, then the investigation is saved.
 */
export async function importInvestigationFile(file: string): Promise<void> {
  const shown = basename(file);
  let bytes: Buffer;
  try {
    // Refused by its size before it is read into memory.
    const size = statSync(resolve(file)).size;
    const max = INVESTIGATION_EXPORT_LIMITS.bytes;
    if (size > max)
      throw new UserError(`${shown} is larger than the ${max} bytes an investigation export may take.`);
    bytes = readFileSync(resolve(file));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  const exported = parseInvestigationExport(bytes, shown);
  const articlesDir = articlesDirFromEnv(readEnv());
  const { driver, database } = await connect();
  try {
    const answer = await importInvestigation(exported, {
      articlesDir,
      investigationsDir: investigationsDir(articlesDir),
      // One transaction for them all (as the server's publish does): a failure loads none.
      load: (dirs) =>
        loadArticles(driver, dirs, { database, batchSize: Number.MAX_SAFE_INTEGER }).then(() => undefined),
    });
    const renamed = answer.renamedFrom ? ` (its slug "${answer.renamedFrom}" was taken by another)` : "";
    console.log(
      `Imported “${exported.investigation.name}” as data/investigations/${answer.slug}.json${renamed}: ${answer.written.length} articles written and loaded, ${answer.kept.length} already here.`,
    );
  } finally {
    await driver.close();
  }
}
