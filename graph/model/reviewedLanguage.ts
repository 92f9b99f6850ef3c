import type { Metadata } from "./annotation.ts";
import type { Draft } from "./draft.ts";

/** The language under review: the reviewer's correction, else meta.json's. */
export function reviewedLanguage(meta: Pick<Metadata, "language">, draft: Pick<Draft, "language">): string {
  return draft.language ?? meta.language;
}
