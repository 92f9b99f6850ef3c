import { existsSync, readdirSync, statSync } from "node:fs";
import { NotPlainFile, readPlainFile } from "../corpus/plainFile.ts";
import type { ReviewDocument, ReviewSummary } from "../contract/review.ts";
import { formatProblem, type Problem } from "../loader/problems.ts";
import { displayPath } from "../corpus/displayPath.ts";
import { parseJsonFile } from "../loader/read.ts";
import { annotationSchema, metadataSchema } from "../model/annotation.ts";
import { type Draft, draftSchema } from "../model/draft.ts";
import { textHash } from "../corpus/textHash.ts";
import { TextInputError, decodeUtf8Text } from "../text/decode.ts";
import { draftFromAnnotation } from "./fromAnnotation.ts";
import { newestFirst, reviewedPublished } from "../model/publishedDate.ts";
import { type ReviewFolder, readDraftFile, reviewFolder } from "./folder.ts";
import { ReviewRefusal } from "./refusal.ts";

export interface OpenedReview extends ReviewDocument {
  folder: ReviewFolder;
}

function refuseProblems(problems: readonly Problem[]): void {
  const [first] = problems;
  if (first) throw new ReviewRefusal(formatProblem(first));
}

function readText(folder: ReviewFolder): string {
  try {
    const bytes = readPlainFile(folder.text, displayPath(folder.text));
    if (!bytes) throw new ReviewRefusal(`There is no article "${folder.slug}".`, "missing");
    return decodeUtf8Text(bytes, displayPath(folder.text));
  } catch (error) {
    if (error instanceof TextInputError || error instanceof NotPlainFile)
      throw new ReviewRefusal(error.message);
    throw error;
  }
}

function stateOf(folder: ReviewFolder, hasDraft: boolean): ReviewDocument["state"] {
  if (!existsSync(folder.annotation)) return "draft";
  if (!hasDraft) return "published";
  return statSync(folder.draft).mtimeMs > statSync(folder.annotation).mtimeMs ? "edited" : "published";
}

/**
 * An article folder opened for review: its text, metadata and draft.json at
 * its version; a published article without a draft gives its annotation as
 * a draft of accepted items, at version "none". A file that does not parse,
 * or a draft made for another text, is refused with the file and the entry.
 */
export function openReview(root: string, slug: string): OpenedReview {
  const folder = reviewFolder(root, slug);
  const problems: Problem[] = [];
  const text = readText(folder);
  const meta = parseJsonFile(folder.meta, metadataSchema, problems);
  const { version } = readDraftFile(folder);
  let draft: Draft | undefined;
  if (version !== "none") {
    draft = parseJsonFile(folder.draft, draftSchema, problems);
    if (draft && draft.textHash !== textHash(text)) {
      problems.push({
        file: displayPath(folder.draft),
        entry: "textHash",
        message: "was made for another text than article.txt, so its offsets cannot be trusted.",
      });
    }
  } else if (existsSync(folder.annotation)) {
    const annotation = parseJsonFile(folder.annotation, annotationSchema, problems);
    if (annotation) draft = draftFromAnnotation(text, annotation, true);
  } else {
    throw new ReviewRefusal(`The article "${slug}" has neither draft.json nor annotation.json.`, "missing");
  }
  refuseProblems(problems);
  return {
    folder,
    slug,
    meta: meta!,
    text,
    draft: draft!,
    version,
    state: stateOf(folder, version !== "none"),
  };
}

function countByStatus(draft: Draft): ReviewSummary["counts"] {
  const counts = { suggested: 0, accepted: 0, rejected: 0 };
  for (const item of [...draft.entities, ...draft.relations]) counts[item.status] += 1;
  return counts;
}

/** Every article folder that opens for review, newest first, undated ones after; one that does not open is left out. */
export function listReviews(root: string): ReviewSummary[] {
  if (!existsSync(root)) return [];
  const summaries: ReviewSummary[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    try {
      const opened = openReview(root, entry.name);
      summaries.push({
        slug: opened.slug,
        title: opened.meta.title,
        publisher: opened.meta.publisher,
        published: reviewedPublished(opened.meta, opened.draft)?.date ?? null,
        state: opened.state,
        counts: countByStatus(opened.draft),
      });
    } catch (error) {
      if (!(error instanceof ReviewRefusal)) throw error;
    }
  }
  return summaries.sort(newestFirst);
}
