import type { DraftVersion } from "../contract/review.ts";
import type { Draft } from "../model/draft.ts";
import { textHash } from "../corpus/textHash.ts";
import { type OpenedReview, openReview } from "./document.ts";
import { reviewFolder, versionOf } from "./folder.ts";
import { withFolderLock } from "../corpus/folderLock.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { ReviewRefusal, problemsSentence } from "./refusal.ts";
import { idProblems } from "./idLimits.ts";
import { spanProblems } from "./spans.ts";
import { faultPoint } from "../process/faultPoint.ts";

/** Refuses (409, with the draft as it is now) a change based on another version than the folder's. */
export function checkVersion(opened: OpenedReview, baseVersion: DraftVersion): void {
  if (opened.version === baseVersion) return;
  throw new ReviewRefusal(
    `The draft of "${opened.slug}" was saved elsewhere since version ${baseVersion} (it is now at ${opened.version}); nothing was changed.`,
    "conflict",
    { conflict: { version: opened.version, draft: opened.draft } },
  );
}

/** Refuses a draft whose spans are not the text at their offsets, naming the first item. */
export function checkDraftText(opened: OpenedReview, draft: Draft): void {
  if (draft.textHash !== textHash(opened.text)) {
    throw new ReviewRefusal(
      `The draft's textHash is not that of the article "${opened.slug}"; nothing was saved.`,
    );
  }
  const problems = [...idProblems(draft), ...spanProblems(opened.text, draft)];
  if (problems.length > 0) {
    throw new ReviewRefusal(`${problemsSentence(problems)} Nothing was saved.`, "invalid", { problems });
  }
}

/** Writes draft.json whole or not at all (a temporary file renamed over it); returns its version. */
export function writeDraft(opened: OpenedReview, draft: Draft): DraftVersion {
  const bytes = `${JSON.stringify(draft, null, 2)}\n`;
  writeFileWhole(opened.folder.draft, bytes);
  return versionOf(bytes);
}

/**
 * Saves a draft under review, if nobody saved since `baseVersion` and every
 * span is the text at its offsets; otherwise changes nothing.
 */
export async function saveDraft(
  root: string,
  slug: string,
  baseVersion: DraftVersion,
  draft: Draft,
): Promise<DraftVersion> {
  return withFolderLock(reviewFolder(root, slug).dir, async () => {
    await faultPoint("save:read");
    const current = openReview(root, slug);
    checkVersion(current, baseVersion);
    checkDraftText(current, draft);
    await faultPoint("save:write");
    const version = writeDraft(current, draft);
    await faultPoint("save:written");
    return version;
  });
}
