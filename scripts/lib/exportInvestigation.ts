import { resolve } from "node:path";
import { Command } from "commander";
import { readEnv } from "../../graph/config/env.ts";
import { articlesDirFromEnv } from "../../graph/corpus/articlesDir.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { writeFileWhole } from "../../graph/files/writeWhole.ts";
import { briefOf } from "../../graph/investigations/brief/briefData.ts";
import { briefHtml } from "../../graph/investigations/brief/briefHtml.ts";
import { exportInvestigation } from "../../graph/investigations/exportFile.ts";
import { investigationsDir } from "../../graph/investigations/files.ts";
import { connect } from "./connect.ts";

/**
 * `npm run export -- --investigation <slug> [--brief] [--out file]`: the
 * investigation as one file another Dossier imports, or its HTML brief.
 */
export const investigationExportProgram = new Command("export")
  .description(
    "Export a saved investigation (data/investigations/<slug>.json) with the articles it rests on, or its HTML brief.",
  )
  .requiredOption("--investigation <slug>", "the investigation's slug")
  .option("--brief", "write the HTML brief (opens offline, prints to PDF) instead of the export file")
  .option("--out <path>", "output file (default: <slug>.investigation.json or <slug>.brief.html)")
  .action(async (opts: { investigation: string; brief?: boolean; out?: string }) => {
    const slug = opts.investigation;
    const out = opts.out ?? `${slug}.${opts.brief ? "brief.html" : "investigation.json"}`;
    const articlesDir = articlesDirFromEnv(readEnv());
    const { driver, database } = await connect();
    try {
      const db = new GraphDb(driver, database);
      if (opts.brief) {
        const brief = await briefOf(db, articlesDir, investigationsDir(articlesDir), slug);
        writeFileWhole(resolve(out), briefHtml(brief), { shownAs: out });
        console.log(
          `Wrote the brief of “${brief.investigation.name}” (${brief.relationships.length} relationships, ${brief.investigation.notes.length} notes) to ${out}.`,
        );
        return;
      }
      const exported = await exportInvestigation(db, articlesDir, investigationsDir(articlesDir), slug);
      writeFileWhole(resolve(out), `${JSON.stringify(exported, null, 2)}\n`, { shownAs: out });
      console.log(
        `Exported “${exported.investigation.name}” (${exported.investigation.view.nodes.length} nodes, ${exported.investigation.notes.length} notes, ${exported.articles.length} articles) to ${out}.`,
      );
    } finally {
      await driver.close();
    }
  });
