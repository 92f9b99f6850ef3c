import type { DraftVersion } from "../contract/review.ts";
import type { SuggestContext } from "../suggest/suggestRun.ts";
import { suggestOffThread } from "../suggest/worker/pool.ts";
import { mergedIds } from "../resolve/decisionsFile.ts";
import { type OpenedReview, openReview } from "./document.ts";
import { reviewFolder } from "./folder.ts";
import { withFolderLock } from "../corpus/folderLock.ts";
import { mergeSuggestions } from "./merge.ts";
import { reviewedPublished } from "../model/publishedDate.ts";
import { reviewedLanguage } from "../model/reviewedLanguage.ts";
import { checkVersion, writeDraft } from "./save.ts";

/**
 * Runs the suggestion engine on the article again and saves what it finds
 * that the draft does not hold yet (reviewed items untouched, rejected ones
 * not brought back), if nobody saved since `baseVersion`.
 */
export async function suggestAgain(
  root: string,
  slug: string,
  baseVersion: DraftVersion,
  context: () => Promise<SuggestContext>,
): Promise<OpenedReview> {
  const folder = reviewFolder(root, slug);
  return withFolderLock(folder.dir, async () => {
    const opened = openReview(root, slug);
    checkVersion(opened, baseVersion);
    const fresh = await suggestOffThread(opened.text, {
      ...(await context()),
      referenceDate: reviewedPublished(opened.meta, opened.draft)?.date,
      language: reviewedLanguage(opened.meta, opened.draft),
      sameAs: mergedIds(root),
    });
    const draft = mergeSuggestions(opened.draft, fresh);
    const version = writeDraft(opened, draft);
    return { ...opened, draft, version, state: opened.state === "published" ? "edited" : opened.state };
  });
}
