import { Command } from "commander";
import { articlesDirFromEnv } from "../graph/corpus/articlesDir.ts";
import { displayPath } from "../graph/corpus/displayPath.ts";
import { planMigration, writeMigration } from "../graph/corpus/vocabularyMigration.ts";
import { readVocabularyAdditions, vocabularyPath } from "../graph/corpus/vocabularyFile.ts";
import { ENTRIES, FAMILIES } from "../graph/model/vocabulary/vocabulary.ts";
import { runMain } from "./lib/cli.ts";

const program = new Command("vocabulary")
  .description("List the relationship vocabulary by family, or migrate the articles' types onto it.")
  .showHelpAfterError()
  .action(() => {
    const additions = readVocabularyAdditions(
      vocabularyPath(articlesDirFromEnv({ DOSSIER_ARTICLES: process.env.DOSSIER_ARTICLES })),
    );
    for (const f of FAMILIES) {
      console.log(`${f.label}:`);
      for (const e of ENTRIES.filter((x) => x.family === f.id)) {
        console.log(`  ${e.name.padEnd(18)} ${e.description} (${e.sources.join("; ")})`);
      }
      for (const a of additions.filter((x) => x.family === f.id)) {
        console.log(`  ${a.name.padEnd(18)} ${a.description} (added by a reviewer)`);
      }
    }
    if (additions.length === 0) console.log("No type added by reviewers (data/vocabulary.json).");
    else console.log(`${additions.length} type(s) added by reviewers, listed in their families above.`);
  });

program
  .command("migrate")
  .description(
    "show what mapping the types of data/articles/*/annotation.json and draft.json onto the vocabulary changes; --write writes it",
  )
  .option("--write", "write the changed files (each whole or not at all)")
  .action((opts: { write?: boolean }) => {
    const dir = articlesDirFromEnv({ DOSSIER_ARTICLES: process.env.DOSSIER_ARTICLES });
    const additions = readVocabularyAdditions(vocabularyPath(dir)).map((a) => a.name);
    const plans = planMigration(dir, additions);
    if (plans.length === 0) {
      console.log(`Every relationship type in ${displayPath(dir)} is in the vocabulary: nothing to change.`);
      return;
    }
    for (const p of plans) {
      const total = p.changes.reduce((n, c) => n + c.count, 0);
      console.log(`${p.article}/${p.file}: ${total} relation(s)`);
      for (const c of p.changes) console.log(`  ${c.from} -> ${c.to} (${c.count})`);
    }
    if (opts.write) {
      writeMigration(plans);
      console.log(`Wrote ${plans.length} file(s); each changed relation keeps its old type as its trigger.`);
    } else {
      console.log(`Nothing written: run again with --write to change these ${plans.length} file(s).`);
    }
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
