import { rmSync } from "node:fs";
import { readPlainFile } from "../corpus/plainFile.ts";
import type { ItemProblem } from "../contract/errorCodes.ts";
import type { DraftVersion, PublishResponse } from "../contract/review.ts";
import { ValidationError } from "../loader/problems.ts";
import { validateArticle } from "../loader/validate.ts";
import { type Draft, draftAnnotation } from "../model/draft.ts";
import { openReview } from "./document.ts";
import { reviewFolder } from "./folder.ts";
import { withFolderLock } from "../corpus/folderLock.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { ReviewRefusal, problemsSentence } from "./refusal.ts";
import { checkVersion } from "./save.ts";
import { idProblems } from "./idLimits.ts";
import { spanProblems } from "./spans.ts";
import { ARTICLE_FILES } from "../corpus/articleFiles.ts";
import { faultPoint } from "../process/faultPoint.ts";
import { reviewedPublished } from "../model/publishedDate.ts";
import { reviewedLanguage } from "../model/reviewedLanguage.ts";

/** Loads one article folder into the graph in one transaction, replacing what it loaded before. */
export type LoadArticle = (dir: string) => Promise<void>;

/** Accepted relations whose ends are not both accepted entities: publishing them would lose them silently. */
function danglingRelations(draft: Draft): ItemProblem[] {
  const accepted = new Set(draft.entities.filter((e) => e.status === "accepted").map((e) => e.id));
  const problems: ItemProblem[] = [];
  for (const relation of draft.relations.filter((r) => r.status === "accepted")) {
    for (const [role, id] of [
      ["subject", relation.from],
      ["object", relation.to],
    ] as const) {
      if (!accepted.has(id)) {
        problems.push({
          item: `relations "${relation.id}"`,
          message: `its ${role} "${id}" is not an accepted entity: accept it, or reject this relation.`,
        });
      }
    }
  }
  return problems;
}

/** `entities[3] "mali"` (the loader's entry) as the review names the item: `entities "mali"`. */
function itemOf(entry: string): string {
  const match = /^(entities|relations)\[\d+\] (".*")/.exec(entry);
  return match ? `${match[1]} ${match[2]}` : entry || "article";
}

/**
 * Publishes the saved draft: its accepted items, checked with the loader's
 * own validator, are written to annotation.json (whole or not at all) and
 * the article is loaded in one transaction, replacing only its own part of
 * the graph; a date the reviewer set or cleared is written to meta.json
 * first. If loading fails, both files are put back as they were.
 */
export async function publishDraft(
  root: string,
  slug: string,
  baseVersion: DraftVersion,
  load: LoadArticle,
): Promise<PublishResponse> {
  const folder = reviewFolder(root, slug);
  return withFolderLock(folder.dir, async () => {
    const opened = openReview(root, slug);
    checkVersion(opened, baseVersion);
    const { draft, text } = opened;
    // The date the reviewer set or cleared goes to meta.json with the annotation (docs/data-model.md).
    const meta = {
      ...opened.meta,
      published: reviewedPublished(opened.meta, draft),
      language: reviewedLanguage(opened.meta, draft),
    };
    const metaChanged =
      JSON.stringify(meta.published) !== JSON.stringify(opened.meta.published) ||
      meta.language !== opened.meta.language;
    const problems = [...idProblems(draft), ...spanProblems(text, draft), ...danglingRelations(draft)];
    const annotation = draftAnnotation(draft, (status) => status === "accepted");
    try {
      validateArticle({
        dir: folder.dir,
        files: { meta: ARTICLE_FILES.meta, annotation: ARTICLE_FILES.annotation, text: ARTICLE_FILES.text },
        meta,
        annotation,
        text,
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.problems.map((p) => ({ item: itemOf(p.entry), message: p.message })));
    }
    if (problems.length > 0) {
      throw new ReviewRefusal(
        `The draft has ${problems.length} problem${problems.length === 1 ? "" : "s"}, so nothing was published; the first: ${problemsSentence(problems)}`,
        "problems",
        { problems },
      );
    }
    const previous = readPlainFile(folder.annotation, `${slug}/annotation.json`);
    const previousMeta = metaChanged ? readPlainFile(folder.meta, `${slug}/meta.json`) : undefined;
    await faultPoint("publish:annotation");
    if (metaChanged) writeFileWhole(folder.meta, `${JSON.stringify(meta, null, 2)}\n`);
    writeFileWhole(folder.annotation, `${JSON.stringify(annotation, null, 2)}\n`);
    try {
      await faultPoint("publish:graph");
      await load(folder.dir);
    } catch (error) {
      if (previous) writeFileWhole(folder.annotation, previous);
      else rmSync(folder.annotation, { force: true });
      if (previousMeta) writeFileWhole(folder.meta, previousMeta);
      throw error;
    }
    await faultPoint("publish:loaded");
    return {
      slug,
      version: opened.version,
      entities: annotation.entities.length,
      relations: annotation.relations.length,
    };
  });
}
