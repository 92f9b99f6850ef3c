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
import { checkStarted, checksEnded } from "./unfinished.ts";

export interface CheckOutcome {
  alerts: Alert[];
  /** One sentence per part of the check that failed; the rest still ran. */
  warnings: string[];
  /** The kinds of watch still being checked when the wait ran out: their alerts come later. */
  pending: string[];
  /** Settles once every kind is checked, with all the alerts and warnings, the late ones too. */
  done: Promise<{ alerts: Alert[]; warnings: string[] }>;
}

/** How long a publish waits for the check of the watches before it answers (the bench's target). */
export const PUBLISH_WATCH_WAIT_MS = 1000;

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Checks every watch against what a load added: the articles `slugs` just
 * loaded (their relationships are the new ones). One statement per kind of
 * watch covers all the watches of that kind, the kinds side by side; a saved query runs once. It
 * never throws: a part that fails is a warning sentence, so a publish or a
 * load never fails because of a watch.
 *
 * With `waitMs`, it answers after that long at most: a kind still running
 * then goes on, records its alerts when it ends (each saying it came after
 * the publish) and `done` settles with them.
 */
export async function checkWatches(
  db: WatchDb,
  dir: string,
  slugs: readonly string[],
  options: Partial<QueryRunSettings> & { now?: Date; remember?: boolean; waitMs?: number } = {},
): Promise<CheckOutcome> {
  const called = performance.now();
  const warnings: string[] = [];
  const alerts: Alert[] = [];
  const finished = (pending: string[], done: Promise<void>): CheckOutcome => ({
    alerts: [...alerts],
    warnings: [...warnings],
    pending,
    done: done.then(() => ({ alerts, warnings })),
  });
  try {
    const articles = [...new Set(slugs)];
    if (options.remember !== false && existsSync(dir))
      writeLastLoad(dir, articles, options.now ?? new Date());
    const { watches, unreadable } = listWatches(dir);
    warnings.push(...unreadable.map((m) => `${m.replace(/\.$/, "")}; that watch was not checked.`));
    if (watches.length === 0 || articles.length === 0) return finished([], Promise.resolve());
    const byId = new Map<string, Watch>(watches.map((w) => [w.id, w]));
    let answered = false;
    const record = async (kind: string, found: Map<string, Found>) => {
      const note = answered
        ? `Checked after the publish had answered: the ${kind} watches took ${seconds(performance.now() - called)}.`
        : undefined;
      for (const [id, f] of found) {
        try {
          const alert = await recordFound(dir, byId.get(id)!, f, articles, options.now ?? new Date(), note);
          if (alert) alerts.push(alert);
        } catch (error) {
          warnings.push(`The alert of the watch "${id}" was not saved: ${reason(error)}.`);
        }
      }
    };
    const settings = {
      limits: options.limits ?? defaultQuerySettings.limits,
      queriesDir: options.queriesDir,
    };
    const parts: [string, () => Promise<Map<string, Found>>][] = [
      ["entity", () => findForEntities(db, watches, articles)],
      ["pair", () => findForPairs(db, watches, articles)],
      ["saved-query", () => findForQueries(db, watches, settings, (l) => warnings.push(l))],
    ];
    // A check that may end after the publish answers is noted first, so that a server stopped
    // during it leaves a trace that the next start or load checks again.
    let started: string | undefined;
    if (options.waitMs !== undefined) {
      try {
        started = await checkStarted(dir, articles);
      } catch (error) {
        warnings.push(`The check was not noted as started: ${reason(error)}.`);
      }
    }
    const ended = async () => {
      if (started === undefined) return;
      try {
        await checksEnded(dir, [started]);
      } catch (error) {
        warnings.push(`The check was not noted as ended: ${reason(error)}.`);
      }
    };
    // The kinds are independent: their statements run side by side.
    const running = new Set(parts.map(([kind]) => kind));
    const all = Promise.all(
      parts.map(async ([kind, find]) => {
        try {
          await record(kind, await find());
        } catch (error) {
          warnings.push(`The ${kind} watches were not checked: ${reason(error)}.`);
        } finally {
          running.delete(kind);
        }
      }),
    ).then(ended);
    if (options.waitMs === undefined) {
      await all;
    } else {
      let timer: NodeJS.Timeout | undefined;
      // The wait counts from the call: reading the watches is part of it.
      const left = Math.max(0, options.waitMs - (performance.now() - called));
      await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
      clearTimeout(timer);
    }
    answered = true;
    return finished([...running], all);
  } catch (error) {
    warnings.push(`The watches were not checked: ${reason(error)}.`);
  }
  return finished([], Promise.resolve());
}
