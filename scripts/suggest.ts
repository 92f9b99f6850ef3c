import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { writeFileWhole } from "../graph/files/writeWhole.ts";
import { Command } from "commander";
import { metadataSchema } from "../graph/model/annotation.ts";
import { type Draft, draftSchema } from "../graph/model/draft.ts";
import { withoutRejected } from "../graph/review/merge.ts";
import { isIsoDate } from "../graph/model/values.ts";
import { suggestDraft } from "../graph/suggest/suggestRun.ts";
import { textHash } from "../graph/corpus/textHash.ts";
import { TextInputError, decodeUtf8Text } from "../graph/text/decode.ts";
import { UserError, runMain } from "./lib/cli.ts";
import { openSuggestContext } from "./lib/suggestContext.ts";
import { articlePaths } from "../graph/corpus/articleFiles.ts";
import { articlesDirFromEnv } from "../graph/corpus/articlesDir.ts";
import { readEnv } from "../graph/config/env.ts";
import { mergedIds } from "../graph/resolve/decisionsFile.ts";

interface Options {
  out?: string;
  published?: string;
  graph: boolean;
}

/** The publication date in the article's meta.json beside the text, if there is one. */
function publishedBeside(file: string): string | undefined {
  const meta = articlePaths(dirname(file)).meta;
  if (!existsSync(meta)) return undefined;
  const parsed = metadataSchema.safeParse(JSON.parse(readFileSync(meta, "utf8")));
  return parsed.success ? parsed.data.published.date : undefined;
}

/** The reviewed draft.json beside the text, when it was made for this very text. */
function reviewedBeside(file: string, text: string): Draft | undefined {
  const path = articlePaths(dirname(file)).draft;
  if (!existsSync(path)) return undefined;
  let parsed;
  try {
    parsed = draftSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return undefined;
  }
  return parsed.success && parsed.data.textHash === textHash(text) ? parsed.data : undefined;
}

const program = new Command("suggest")
  .description(
    "Suggest a draft annotation (entities with their mentions, relations with verbatim evidence) for an article text. Prints it, or writes it with --out; changes nothing else. Suggestions rejected in a draft.json beside the text are left out.",
  )
  .argument("<article.txt>", "the article's text (UTF-8)")
  .option("--out <file>", "write the draft to this file instead of printing it")
  .option(
    "--published <YYYY-MM-DD>",
    "the publication date, for dates written without a year (default: meta.json beside the text)",
  )
  .option("--no-graph", "do not link entities to the graph")
  .showHelpAfterError()
  .action(async (file: string, opts: Options) => {
    const path = resolve(file);
    if (!existsSync(path)) throw new UserError(`${file}: no such file.`);
    let text: string;
    try {
      text = decodeUtf8Text(readFileSync(path), file);
    } catch (error) {
      if (error instanceof TextInputError) throw new UserError(error.message);
      throw error;
    }
    if (text.trim() === "") throw new UserError(`${file} is empty: there is no text to suggest from.`);
    if (opts.published !== undefined && !isIsoDate(opts.published)) {
      throw new UserError(`--published "${opts.published}" is not a date of the form YYYY-MM-DD.`);
    }
    const log = (line: string) => console.error(line);
    const { context, close } = await openSuggestContext(log, { graph: opts.graph });
    try {
      const referenceDate = opts.published ?? publishedBeside(path);
      const suggested = await suggestDraft(text, {
        ...context,
        ...(referenceDate ? { referenceDate } : {}),
        sameAs: mergedIds(articlesDirFromEnv(readEnv())),
        log: () => {},
      });
      const reviewed = reviewedBeside(path, text);
      const draft = reviewed ? withoutRejected(reviewed, suggested) : suggested;
      const dropped =
        suggested.entities.length +
        suggested.relations.length -
        draft.entities.length -
        draft.relations.length;
      if (dropped > 0) log(`Left out ${dropped} suggestions rejected in the draft.json beside the text.`);
      for (const note of draft.notes) log(note);
      const json = `${JSON.stringify(draft, null, 2)}\n`;
      if (opts.out) {
        const out = resolve(opts.out);
        writeFileWhole(out, json, { shownAs: opts.out });
      } else process.stdout.write(json);
      const linked = draft.entities.filter((e) => e.existing).length;
      log(
        `Suggested ${draft.entities.length} entities (${linked} already in the graph) and ${draft.relations.length} relations with ${draft.engines.join(" + ")}${opts.out ? `; wrote ${opts.out}` : ""}.`,
      );
    } finally {
      await close();
    }
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
