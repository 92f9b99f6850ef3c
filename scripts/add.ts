import { resolve } from "node:path";
import { Command } from "commander";
import { addArticle } from "../graph/articles/add.ts";
import { articlesDirFromEnv } from "../graph/articles/articlesDir.ts";
import { sourceFromArgument } from "../graph/articles/input.ts";
import { checkGivenMetadata, type GivenMetadata } from "../graph/articles/metadata.ts";
import { readEnv } from "../graph/config/env.ts";
import { resolveNlp } from "../graph/nlp/endpoint.ts";
import { UserFacingError } from "../graph/config/userError.ts";
import { displayPath } from "../graph/loader/read.ts";
import { GraphDb } from "../graph/neo4j/graphDb.ts";
import type { GraphReader } from "../graph/suggest/run.ts";
import { runMain } from "./lib/cli.ts";
import { connect } from "./lib/connect.ts";

/** Connects when asked; if Neo4j cannot be reached, one line says linking is skipped. */
function graphForLinking() {
  let close = async (): Promise<void> => undefined;
  const open = async (): Promise<GraphReader | undefined> => {
    try {
      const { driver, database } = await connect();
      close = () => driver.close();
      return new GraphDb(driver, database);
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      console.log(`Linking to the graph was skipped: ${error.message}`);
      return undefined;
    }
  };
  return { open, close: () => close() };
}

const program = new Command("add")
  .description(
    "Add an article from a .txt, .html or .md file or an http(s) URL: writes data/articles/<slug>/ with the text, the original, meta.json and a draft annotation.",
  )
  .argument("<source>", "a .txt, .html or .md file, or an http(s) URL")
  .option("--title <title>", "the article's title (default: the page's, else the first line of the text)")
  .option("--publisher <name>", "who published it (default: the page's site name, else its host)")
  .option("--published <YYYY-MM-DD>", "its publication date (default: the page's, else today)")
  .option("--url <url>", "where it was published, recorded in the attribution")
  .option("--language <tag>", "its language, such as en or fr-FR (default: the page's, else en)")
  .option(
    "--articles-dir <dir>",
    "the folder of article folders (default: DOSSIER_ARTICLES, else data/articles)",
  )
  .showHelpAfterError()
  .action(async (argument: string, opts: GivenMetadata & { articlesDir?: string }) => {
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
    const source = sourceFromArgument(argument);
    const graph = graphForLinking();
    try {
      const result = await addArticle(source, given, {
        articlesDir,
        graph: graph.open,
        // CoreNLP is started on first use (and fetched the first time); without it, the rules alone.
        nlpUrl: () => resolveNlp(env, { start: true, log: (line) => console.log(line) }),
        log: (line) => console.log(line),
      });
      for (const note of result.notes.filter((n) => n.startsWith("Not given"))) console.log(note);
      const { entities, relations } = result.draft;
      console.log(
        `Added ${displayPath(result.dir)}: "${result.meta.title}" (${result.meta.publisher}, ${result.meta.published.date}), ` +
          `with a draft of ${entities.length} suggested entities and ${relations.length} relations in draft.json.`,
      );
    } finally {
      await graph.close();
    }
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
