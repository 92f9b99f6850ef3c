import { missingModels } from "../graph/nlp/frenchModels.ts";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { addArticle } from "../graph/articles/add.ts";
import { articlesDirFromEnv } from "../graph/corpus/articlesDir.ts";
import { batchSource } from "../graph/articles/batch/sources.ts";
import { sourceFromArgument } from "../graph/articles/input.ts";
import { DATE_UNKNOWN_NOTE, checkGivenMetadata, type GivenMetadata } from "../graph/articles/metadata.ts";
import { publishedText } from "../graph/model/publishedDate.ts";
import { AddRefusal } from "../graph/articles/refusal.ts";
import { readEnv } from "../graph/config/env.ts";
import { resolveNlp } from "../graph/nlp/endpoint.ts";
import { displayPath } from "../graph/corpus/displayPath.ts";
import { addBatch } from "./lib/addBatch.ts";
import { runMain } from "./lib/cli.ts";
import { graphForLinking } from "./lib/linkingGraph.ts";

interface AddFlags extends GivenMetadata {
  articlesDir?: string;
  urls?: string;
  feed?: string;
  jobs: number;
}

function jobCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 8)
    throw new InvalidArgumentError("expected a whole number from 1 to 8.");
  return n;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const program = new Command("add")
  .description(
    "Add articles: one from a .txt, .html or .md file or an http(s) URL, or many from a folder, a list of links (--urls) or an RSS or Atom feed (--feed). Each is written as data/articles/<slug>/ with the text, the original, meta.json and a draft annotation.",
  )
  .argument("[source]", "a .txt, .html or .md file, an http(s) URL, or a folder of such files")
  .option("--urls <file>", "a file of http(s) addresses, one a line (blank lines and # comments ignored)")
  .option("--feed <url or file>", "an RSS or Atom feed: each of its items is added")
  .option("--jobs <n>", "items of a batch in flight at once (1 to 8)", jobCount, 2)
  .option("--title <title>", "the article's title (default: the page's, else the first line of the text)")
  .option("--publisher <name>", "who published it (default: the page's site name, else its host)")
  .option("--published <YYYY-MM-DD>", "its publication date (default: the page's, else date unknown)")
  .option("--url <url>", "where it was published, recorded in the attribution")
  .option("--language <tag>", "its language, such as en or fr-FR (default: the page's, else told from the text)")
  .option(
    "--articles-dir <dir>",
    "the folder of article folders (default: DOSSIER_ARTICLES, else data/articles)",
  )
  .showHelpAfterError()
  .action(async (argument: string | undefined, opts: AddFlags) => {
    const env = readEnv();
    const articlesDir = opts.articlesDir ? resolve(opts.articlesDir) : articlesDirFromEnv(env);
    const given: GivenMetadata = {
      title: opts.title,
      publisher: opts.publisher,
      published: opts.published,
      url: opts.url,
      language: opts.language,
    };
    // Bad flags and a bad source are refused before connecting to anything.
    checkGivenMetadata(given);
    const batch = batchSource({ argument, urls: opts.urls, feed: opts.feed, isFolder }, given);
    if (batch) {
      await addBatch({ ...batch, articlesDir, env, given, jobs: opts.jobs });
      return;
    }
    if (!argument) throw new AddRefusal("Give a file, a URL or a folder to add, or --urls or --feed.");
    const source = sourceFromArgument(argument);
    const graph = graphForLinking();
    try {
      const result = await addArticle(source, given, {
        articlesDir,
        graph: graph.open,
        // CoreNLP is started on first use (and fetched the first time); without it, the rules alone.
        nlpUrl: () => resolveNlp(env, { start: true, log: (line) => console.log(line) }),
        missingModels: (language) => missingModels(env, language, (line) => console.log(line)),
        log: (line) => console.log(line),
      });
      for (const note of result.notes.filter((n) => n.startsWith("Not given") || n === DATE_UNKNOWN_NOTE))
        console.log(note);
      const { entities, relations } = result.draft;
      console.log(
        `Added ${displayPath(result.dir)}: "${result.meta.title}" (${result.meta.publisher}, ${publishedText(result.meta.published)}), ` +
          `with a draft of ${entities.length} suggested entities and ${relations.length} relations in draft.json.`,
      );
      console.log(result.provenanceNote);
    } finally {
      await graph.close();
    }
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
