import { existsSync } from "node:fs";
import type { Alert, Watch } from "../contract/watches.ts";
import { defaultQuerySettings } from "../query/settings.ts";
import { listWatches } from "./files.ts";
import {
  type Found,
  type QueryRunSettings,
  type WatchDb,
  findForEntities,
  findForPairs,
  findForQueries,
} from "./find.ts";
import { recordFound } from "./record.ts";
import { writeLastLoad } from "./lastLoad.ts";

export interface CheckOutcome {
  alerts: Alert[];
  /** One sentence per part of the check that failed; the rest still ran. */
  warnings: string[];
}

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");

/**
 * Checks every watch against what a load added: the articles `slugs` just
 * loaded (their relationships are the new ones). One statement per kind of
 * watch covers all the watches of that kind, the kinds side by side; a saved query runs once. It
 * never throws: a part that fails is a warning sentence, so a publish or a
 * load never fails because of a watch.
 */
export async function checkWatches(
  db: WatchDb,
  dir: string,
  slugs: readonly string[],
  options: Partial<QueryRunSettings> & { now?: Date; remember?: boolean } = {},
): Promise<CheckOutcome> {
  const warnings: string[] = [];
  const alerts: Alert[] = [];
  try {
    const articles = [...new Set(slugs)];
    if (options.remember !== false && existsSync(dir))
      writeLastLoad(dir, articles, options.now ?? new Date());
    const { watches, unreadable } = listWatches(dir);
    warnings.push(...unreadable.map((m) => `${m.replace(/\.$/, "")}; that watch was not checked.`));
    if (watches.length === 0 || articles.length === 0) return { alerts, warnings };
    const found = new Map<string, Found>();
    const parts: [string, () => Promise<Map<string, Found>>][] = [
      ["entity", () => findForEntities(db, watches, articles)],
      ["pair", () => findForPairs(db, watches, articles)],
      [
        "saved-query",
        () =>
          findForQueries(
            db,
            watches,
            { limits: options.limits ?? defaultQuerySettings.limits, queriesDir: options.queriesDir },
            (l) => warnings.push(l),
          ),
      ],
    ];
    // The kinds are independent: their statements run side by side.
    const outcomes = await Promise.allSettled(parts.map(([, find]) => find()));
    outcomes.forEach((outcome, i) => {
      if (outcome.status === "fulfilled") for (const [id, f] of outcome.value) found.set(id, f);
      else warnings.push(`The ${parts[i]![0]} watches were not checked: ${reason(outcome.reason)}.`);
    });
    const byId = new Map<string, Watch>(watches.map((w) => [w.id, w]));
    for (const [id, f] of found) {
      try {
        const alert = await recordFound(dir, byId.get(id)!, f, articles, options.now ?? new Date());
        if (alert) alerts.push(alert);
      } catch (error) {
        warnings.push(`The alert of the watch "${id}" was not saved: ${reason(error)}.`);
      }
    }
  } catch (error) {
    warnings.push(`The watches were not checked: ${reason(error)}.`);
  }
  return { alerts, warnings };
}
