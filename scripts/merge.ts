import { resolve } from "node:path";
import { Command } from "commander";
import { readEnv } from "../graph/config/env.ts";
import type { DecisionsResponse } from "../graph/contract/duplicates.ts";
import { articlesDirFromEnv } from "../graph/corpus/articlesDir.ts";
import { DECISIONS_SHOWN } from "../graph/resolve/decisionsFile.ts";
import { markNotSame, mergeEntities, undoMerge, undoNotSame } from "../graph/resolve/sameAsActions.ts";
import { UserError, runMain } from "./lib/cli.ts";
import { commandDecisionContext } from "./lib/decisionContext.ts";

interface MergeFlags {
  not?: boolean;
  undo?: boolean;
  undoNot?: boolean;
  articlesDir?: string;
}

function reloaded(answer: DecisionsResponse): string {
  const n = answer.reloaded.length;
  return n === 0 ? "" : ` Loaded again ${n} article${n === 1 ? "" : "s"}: ${answer.reloaded.join(", ")}.`;
}

const program = new Command("merge")
  .description(
    `Decide that two entities are one thing (keep the first id, drop the second), or with --not that they are not, with --undo split a merge, or with --undo-not take back a "not the same". The decision is kept in ${DECISIONS_SHOWN} and applied on every load; the articles that name either are loaded again.`,
  )
  .argument("<ids...>", "KEEP DROP to merge; A B with --not or --undo-not; DROP with --undo")
  .option("--not", "the two are not the same thing: never propose the pair again")
  .option("--undo", "undo the merge that dropped this id")
  .option("--undo-not", "undo a --not: the pair may be proposed again")
  .option(
    "--articles-dir <dir>",
    "the folder of article folders (default: DOSSIER_ARTICLES, else data/articles)",
  )
  .showHelpAfterError()
  .action(async (ids: string[], opts: MergeFlags) => {
    const flags = [opts.not && "--not", opts.undo && "--undo", opts.undoNot && "--undo-not"].filter(Boolean);
    if (flags.length > 1)
      throw new UserError(`Give one of --not, --undo and --undo-not, not ${flags.join(" and ")}.`);
    const wanted = opts.undo ? 1 : 2;
    if (ids.length !== wanted) {
      const form = opts.undo ? "one id (the dropped one)" : "two ids";
      throw new UserError(`Expected ${form}, got ${ids.length}: ${ids.join(" ") || "none"}.`);
    }
    const articlesDir = opts.articlesDir ? resolve(opts.articlesDir) : articlesDirFromEnv(readEnv());
    const { context, close } = commandDecisionContext(articlesDir);
    try {
      const [a, b] = ids as [string, string];
      if (opts.undoNot) {
        await undoNotSame(context, { a, b });
        console.log(`"${a}" and "${b}" may be proposed again as the same thing.`);
      } else if (opts.undo) {
        const answer = await undoMerge(context, { drop: a });
        console.log(`Undid the merge of "${a}": it is an entity of its own again.${reloaded(answer)}`);
      } else if (opts.not) {
        await markNotSame(context, { a, b });
        console.log(`Kept "${a}" and "${b}" apart: the pair is not proposed again.`);
      } else {
        const answer = await mergeEntities(context, { keep: a, drop: b });
        console.log(`Merged "${b}" into "${a}".${reloaded(answer)}`);
      }
    } finally {
      await close();
    }
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
