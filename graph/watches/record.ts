import { join } from "node:path";
import { type Alert, WATCH_LIMITS, type Watch } from "../contract/watches.ts";
import { withFolderLock } from "../corpus/folderLock.ts";
import { readAlerts, writeAlerts } from "./files.ts";
import type { Found } from "./find.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function summaryOf(watch: Watch, found: Found, count: number): string {
  switch (watch.target.kind) {
    case "entity":
      return `${plural(count, "new relationship")} of ${watch.label}`;
    case "pair":
      return `${watch.label}: a new path of ${(found.path?.length ?? 2) - 1} hops through ${plural(count, "new relationship")}`;
    case "query":
      return `${plural(count, "new row")} of ${watch.label}`;
  }
}

/**
 * Records what a watch found as one alert, leaving out what it reported
 * before (a relationship by its id, a row by its hash), so loading an article
 * again raises nothing new. Returns the alert, or undefined when nothing was new.
 */
export async function recordFound(
  dir: string,
  watch: Watch,
  found: Found,
  articles: string[],
  now: Date,
  /** Said in the alert, e.g. that it was found after the publish had answered. */
  note?: string,
): Promise<Alert | undefined> {
  return withFolderLock(join(dir, "alerts", `${watch.id}.json`), () => {
    const stored = readAlerts(dir, watch.id);
    const seen = new Set(stored.seen);
    const fresh = found.keys.map((key, i) => ({ key, i })).filter(({ key }) => !seen.has(key));
    if (fresh.length === 0) return undefined;
    const sequence = stored.sequence + 1;
    const relationships = found.relationships.filter((r) => !seen.has(r.id));
    const rows = found.rows ? fresh.map(({ i }) => found.rows![i]!) : undefined;
    const alert: Alert = {
      id: `${watch.id}.${sequence}`,
      watch: watch.id,
      created: now.toISOString(),
      read: false,
      articles,
      summary: summaryOf(watch, found, rows ? rows.length : relationships.length),
      relationships: relationships.slice(0, WATCH_LIMITS.relationshipsPerAlert),
      ...(found.path ? { path: found.path } : {}),
      ...(found.columns ? { columns: found.columns } : {}),
      ...(rows ? { rows: rows.slice(0, WATCH_LIMITS.rowsPerAlert), rowCount: rows.length } : {}),
      ...(note ? { note } : {}),
    };
    writeAlerts(dir, {
      ...stored,
      seen: [...stored.seen, ...fresh.map((f) => f.key)],
      sequence,
      alerts: [alert, ...stored.alerts],
    });
    return alert;
  });
}

/** Takes a saved query's rows of now as seen, so that a new query watch reports only rows that come later. */
export async function recordBaseline(dir: string, watch: Watch, keys: string[]): Promise<void> {
  await withFolderLock(join(dir, "alerts", `${watch.id}.json`), () => {
    const stored = readAlerts(dir, watch.id);
    writeAlerts(dir, { ...stored, seen: [...new Set([...stored.seen, ...keys])] });
  });
}
