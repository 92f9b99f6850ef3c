import type { Metadata } from "./annotation.ts";
import type { Draft } from "./draft.ts";

/** How an article whose publication date is unknown is named wherever a date would stand. */
export const DATE_UNKNOWN = "date unknown";

/** The add's one line (CLI and Add dialog) for an article whose publication date was neither found nor given. */
export const DATE_UNKNOWN_NOTE =
  "No publication date was found; the article is marked date unknown. Set it in the Annotate view.";

/** meta.json's date as text: "2025-06-23", or "date unknown". */
export function publishedText(published: Metadata["published"]): string {
  return published?.date ?? DATE_UNKNOWN;
}

/** The date under review: the draft's when the reviewer set or cleared one, else meta.json's. */
export function reviewedPublished(
  meta: Pick<Metadata, "published">,
  draft: Pick<Draft, "published">,
): Metadata["published"] {
  return draft.published === undefined ? meta.published : draft.published;
}

/** Newest first, then the undated ones (null) apart after them; the slug breaks ties. */
export function newestFirst(
  a: { published: string | null; slug: string },
  b: { published: string | null; slug: string },
): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    const byDate = b.published.localeCompare(a.published);
    if (byDate !== 0) return byDate;
  }
  return a.slug.localeCompare(b.slug);
}
