import { resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { readEnv } from "../graph/config/env.ts";
import { articlesDirFromEnv } from "../graph/corpus/articlesDir.ts";
import { listDuplicates } from "../graph/resolve/duplicates.ts";
import { runMain } from "./lib/cli.ts";

interface Flags {
  limit: number;
  json?: boolean;
  articlesDir?: string;
}

function limit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500)
    throw new InvalidArgumentError("expected a whole number from 1 to 500.");
  return n;
}

const program = new Command("duplicates")
  .description(
    "List pairs of entities (the published articles' and the drafts') that may be one thing, strongest first, with the reasons. Decide with npm run merge.",
  )
  .option("--limit <n>", "how many pairs (1 to 500)", limit, 50)
  .option("--json", "print the pairs as JSON, with quotes of both sides")
  .option(
    "--articles-dir <dir>",
    "the folder of article folders (default: DOSSIER_ARTICLES, else data/articles)",
  )
  .showHelpAfterError()
  .action((opts: Flags) => {
    const articlesDir = opts.articlesDir ? resolve(opts.articlesDir) : articlesDirFromEnv(readEnv());
    const answer = listDuplicates(articlesDir, opts.limit);
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      return;
    }
    for (const [i, { a, b, score, reasons }] of answer.candidates.entries()) {
      const side = (s: typeof a) =>
        `“${s.name}” (${s.id}; ${s.labels.join(", ")}${s.draft ? `; draft ${s.draft}` : ""})`;
      console.log(`${String(i + 1).padStart(3)}. ${score.toFixed(2)}  ${side(a)}  ~  ${side(b)}`);
      for (const r of reasons) console.log(`       ${r.kind}: ${r.detail}`);
    }
    const n = answer.candidates.length;
    console.log(
      n === 0
        ? `No possible duplicates among ${answer.compared} entities.`
        : `${n} possible duplicate${n === 1 ? "" : "s"} among ${answer.compared} entities. Merge with: npm run merge -- KEEP DROP; keep apart with: npm run merge -- --not A B.`,
    );
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
