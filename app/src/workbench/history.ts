/**
 * Queries run before, oldest first, kept in localStorage across reloads. The
 * pure functions decide; `loadHistory`/`saveHistory` only read and write.
 */
export const HISTORY_KEY = "dossier.workbench.history";
export const HISTORY_LIMIT = 100;

/** The list with `query` as the newest entry, an earlier identical entry dropped, at most `limit`. */
export function addToHistory(history: readonly string[], query: string, limit = HISTORY_LIMIT): string[] {
  const text = query.trim();
  if (text === "") return [...history];
  return [...history.filter((q) => q !== text), text].slice(-limit);
}

/**
 * Where browsing goes from `index` (history.length means "the draft being
 * typed", past the newest entry): up is older, down is newer. Undefined when
 * there is nowhere to go.
 */
export function historyStep(
  history: readonly string[],
  index: number,
  direction: "up" | "down",
): number | undefined {
  const next = direction === "up" ? index - 1 : index + 1;
  if (next < 0 || next > history.length) return undefined;
  return next;
}

export function loadHistory(storage: Pick<Storage, "getItem"> = localStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((q): q is string => typeof q === "string") : [];
  } catch {
    return [];
  }
}

export function saveHistory(
  history: readonly string[],
  storage: Pick<Storage, "setItem"> = localStorage,
): void {
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // A full or disabled storage only loses history.
  }
}
