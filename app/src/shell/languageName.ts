const NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** A language tag as its English name ("fr" → "French"); the tag itself when the browser knows no name for it. */
export function languageName(tag: string): string {
  if (!tag) return "language unknown";
  try {
    return NAMES.of(tag) ?? tag;
  } catch {
    // Not a well-formed tag: show it as the article gives it.
    return tag;
  }
}
