import { join } from "node:path";
import { type Metadata, metadataSchema } from "../model/annotation.ts";
import type { Draft } from "../model/draft.ts";
import type { GraphReader } from "../suggest/suggestRun.ts";
import { textHash } from "../corpus/textHash.ts";
import { suggestOffThread } from "../suggest/worker/pool.ts";
import { TextInputError, decodeUtf8Text } from "../text/decode.ts";
import { extractText } from "./extract.ts";
import { displayPath } from "../corpus/displayPath.ts";
import { folderWithText, writeFolderAtomically } from "../corpus/folderWrite.ts";
import { type AddSource, readInput } from "./input.ts";
import { MAX_TEXT_BYTES, limitBytes, megabytes } from "./limits.ts";
import { DATE_UNKNOWN_NOTE, type GivenMetadata, buildMetadata, checkGivenMetadata } from "./metadata.ts";
import { AddRefusal } from "./refusal.ts";
import { articleSlug } from "../corpus/slug.ts";
import { originalFileName } from "./sourceKind.ts";
import { ARTICLE_FILES } from "../corpus/articleFiles.ts";
import { faultPoint } from "../process/faultPoint.ts";
import { CorpusProvenance, toStored } from "../provenance/corpusProvenance.ts";
import { provenanceJson } from "../provenance/corpusFolders.ts";
import type { Provenance } from "../provenance/provenance.ts";
import { provenanceSentence, repointLaterCopies } from "./provenanceAtAdd.ts";
import { mergedIds } from "../resolve/decisionsFile.ts";

export interface AddOptions {
  /** The folder holding the article folders (data/articles unless configured). */
  articlesDir: string;
  /**
   * The graph to link suggestions to, asked for only once the input passed
   * every check; undefined (or absent): no linking.
   */
  graph?: () => Promise<GraphReader | undefined>;
  /** The CoreNLP server for the suggestions, asked for once the input passed every check; null: none. */
  nlpUrl?: () => Promise<string | null>;
  /**
   * For the article's language, the sentence saying that CoreNLP's models for
   * it are missing (and being fetched); the draft then comes from the rules.
   */
  missingModels?: (language: string) => string | undefined;
  /** Lines the user should see while it runs (the suggestion engine's remarks). */
  log?: (line: string) => void;
  /** The day written as "today" (tests fix it). */
  now?: Date;
}

export interface AddResult {
  slug: string;
  dir: string;
  meta: Metadata;
  draft: Draft;
  /** Fallbacks taken and the engine's remarks, one line each. */
  notes: string[];
  /** Where its wording comes from (as written to provenance.json), and that in one or two sentences. */
  provenance: Provenance;
  provenanceNote: string;
}

const KIND_NOTE = {
  txt: "",
  html: " (an HTML page; its main text was extracted)",
  md: " (Markdown; the markup was removed)",
};

// Adds in this process run their last duplicate check and write one at a time.
let writing: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => T): Promise<T> {
  const next = writing.then(work);
  writing = next.catch(() => undefined);
  return next;
}

function refuseDuplicate(articlesDir: string, hash: string): void {
  const existing = folderWithText(articlesDir, hash);
  if (existing) {
    throw new AddRefusal(
      `The same text is already in ${displayPath(existing)}, so it was not added again.`,
      "duplicate",
      existing,
    );
  }
}

/**
 * Adds an article: reads the input, extracts its text, checks it, asks the
 * suggestion engine for a draft, and writes data/articles/<slug>/ (article.txt,
 * original.*, meta.json, draft.json) all at once. Any refusal is an AddRefusal
 * with one sentence, and leaves nothing on disk.
 */
export async function addArticle(
  source: AddSource,
  given: GivenMetadata,
  options: AddOptions,
): Promise<AddResult> {
  checkGivenMetadata(given);
  const input = await readInput(source);
  let decoded: string;
  try {
    decoded = decodeUtf8Text(input.bytes, input.where);
  } catch (error) {
    if (error instanceof TextInputError) throw new AddRefusal(error.message);
    throw error;
  }
  const extracted = await extractText(input.kind, decoded, input.where);
  const text = extracted.text;
  if (text.trim() === "") throw new AddRefusal(`${input.where} holds no text.`);
  const size = Buffer.byteLength(text, "utf8");
  if (size > MAX_TEXT_BYTES) {
    throw new AddRefusal(
      `${input.where} holds ${megabytes(size)} of text; an article may have at most ${limitBytes(MAX_TEXT_BYTES)}.`,
    );
  }
  const hash = textHash(text);
  refuseDuplicate(options.articlesDir, hash);

  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const givenHost = given.url?.trim()
    ? URL.parse(given.url.trim())?.hostname.replace(/^www\./, "")
    : undefined;
  const { meta, fallbacks, detected } = buildMetadata(
    given,
    extracted,
    {
      description: `${input.origin}${KIND_NOTE[input.kind]}`,
      original: originalFileName(input.kind),
      host: input.host ?? givenHost,
    },
    today,
  );
  const notes: string[] = [];
  if (fallbacks.length > 0) notes.push(`Not given, so defaulted: ${fallbacks.join("; ")}.`);
  if (detected) notes.push(`Not given, so ${detected}.`);
  if (!meta.published) notes.push(DATE_UNKNOWN_NOTE);
  // Neo4j and CoreNLP are asked for at once: connecting to one need not wait for the other.
  const missing = options.missingModels?.(meta.language);
  if (missing) {
    notes.push(missing);
    options.log?.(missing);
  }
  const [db, nlpUrl] = await Promise.all([
    options.graph?.(),
    missing ? null : options.nlpUrl?.().then((url) => url ?? null),
  ]);
  await faultPoint("add:suggest");
  const draft = await suggestOffThread(text, {
    ...(db ? { db } : {}),
    nlpUrl,
    // An undated article leaves relative dates ("on Tuesday") unresolved rather than reading them against today.
    referenceDate: meta.published?.date,
    language: meta.language,
    sameAs: mergedIds(options.articlesDir),
    log: (line) => {
      notes.push(line);
      options.log?.(line);
    },
  });

  await faultPoint("add:write");
  const added = await oneAtATime(() => {
    refuseDuplicate(options.articlesDir, hash);
    // Against every text added so far (this one's reprints, its wire credit), with the last duplicate check.
    const corpus = new CorpusProvenance(options.articlesDir);
    const provenanceMeta = {
      publisher: meta.publisher,
      published: meta.published?.date,
      added: today,
      url: given.url?.trim() || (source.from === "url" ? source.url : undefined),
    };
    let provenance: Provenance | undefined;
    let full: Metadata | undefined;
    const slug = writeFolderAtomically(
      options.articlesDir,
      articleSlug(meta.published?.date ?? null, meta.title),
      (s) => {
        full = metadataSchema.parse({ slug: s, ...meta });
        provenance = corpus.detectNew(s, text, provenanceMeta);
        return {
          [ARTICLE_FILES.text]: text,
          [originalFileName(input.kind)]: input.bytes,
          [ARTICLE_FILES.meta]: `${JSON.stringify(full, null, 2)}\n`,
          [ARTICLE_FILES.draft]: `${JSON.stringify(draft, null, 2)}\n`,
          [ARTICLE_FILES.provenance]: provenanceJson(toStored(provenance)),
        };
      },
    );
    const said = provenanceSentence(provenance!, corpus);
    const repointed = repointLaterCopies(new CorpusProvenance(options.articlesDir), slug, notes);
    const provenanceNote = repointed ? `${said} ${repointed}` : said;
    return {
      slug,
      dir: join(options.articlesDir, slug),
      meta: full!,
      draft,
      notes,
      provenance: provenance!,
      provenanceNote,
    };
  });
  await faultPoint("add:written");
  return added;
}
