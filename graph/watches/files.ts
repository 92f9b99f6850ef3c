import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import type { z } from "zod";
import {
  WATCH_LIMITS,
  WATCH_VERSION,
  type Watch,
  type WatchAlerts,
  watchAlertsSchema,
  watchSchema,
} from "../contract/watches.ts";
import { NotPlainFile, readPlainFile } from "../corpus/plainFile.ts";
import { isSlug } from "../corpus/slugPattern.ts";
import { parseJsonText } from "../files/readJsonFile.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { WatchRefusal } from "./refusal.ts";

/** data/watches: beside the folder of article folders (data/articles), like data/investigations. */
export function watchesDir(articlesDir: string): string {
  return join(dirname(articlesDir), "watches");
}

/** How files are named in every sentence: never an absolute path. */
export const watchShownAs = (id: string) => `data/watches/${id}.json`;
export const alertsShownAs = (id: string) => `data/watches/alerts/${id}.json`;

const alertsDir = (dir: string) => join(dir, "alerts");

/** Bytes a file of data/watches/runs may take (the articles of the last load, the checks not ended). */
export const RUN_FILE_BYTES = 4_000_000;

/** A JSON file of data/watches, checked against its schema; undefined when there is none. */
export function readWatchFile<S extends z.ZodType>(
  path: string,
  shown: string,
  schema: S,
  maxBytes: number,
): z.infer<S> | undefined {
  let bytes: Buffer | undefined;
  try {
    bytes = readPlainFile(path, shown);
  } catch (error) {
    if (error instanceof NotPlainFile)
      throw new WatchRefusal(`${shown} is a ${error.kind}, not a plain file; it is not read.`);
    throw error;
  }
  if (!bytes) return undefined;
  if (bytes.length > maxBytes)
    throw new WatchRefusal(`${shown} is larger than the ${maxBytes} bytes it may take.`);
  return parseJsonText(bytes.toString("utf8"), schema, shown, (m) => new WatchRefusal(m));
}

function checkId(id: string): void {
  if (!isSlug(id))
    throw new WatchRefusal(`"${id}" is not a watch name (lower-case words joined by hyphens).`);
}

/** The watch `id`, or undefined when there is no such file. */
export function readWatch(dir: string, id: string): Watch | undefined {
  checkId(id);
  const watch = readWatchFile(
    join(dir, `${id}.json`),
    watchShownAs(id),
    watchSchema,
    WATCH_LIMITS.watchBytes,
  );
  if (watch && watch.id !== id) {
    throw new WatchRefusal(
      `${watchShownAs(id)} holds the watch "${watch.id}": a watch's id must be its file name.`,
    );
  }
  return watch;
}

export function writeWatch(dir: string, watch: Watch): void {
  mkdirSync(dir, { recursive: true });
  writeFileWhole(join(dir, `${watch.id}.json`), `${JSON.stringify(watch, null, 2)}\n`, {
    shownAs: watchShownAs(watch.id),
  });
}

/** Removes a watch and its alerts; false when there was no such watch. */
export function removeWatchFiles(dir: string, id: string): boolean {
  if (!readWatch(dir, id)) return false;
  rmSync(join(dir, `${id}.json`), { force: true });
  rmSync(join(alertsDir(dir), `${id}.json`), { force: true });
  return true;
}

/** Every watch in the folder, oldest first, and a sentence for each file that could not be read. */
export function listWatches(dir: string): { watches: Watch[]; unreadable: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json") && isSlug(n.slice(0, -5)));
  } catch {
    return { watches: [], unreadable: [] };
  }
  const watches: Watch[] = [];
  const unreadable: string[] = [];
  for (const name of names.sort().slice(0, WATCH_LIMITS.watches)) {
    try {
      const watch = readWatch(dir, name.slice(0, -5));
      if (watch) watches.push(watch);
    } catch (error) {
      if (!(error instanceof WatchRefusal)) throw error;
      unreadable.push(error.message);
    }
  }
  if (names.length > WATCH_LIMITS.watches) {
    unreadable.push(
      `data/watches/ holds ${names.length} watches; only the first ${WATCH_LIMITS.watches} are read.`,
    );
  }
  watches.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  return { watches, unreadable };
}

export function emptyAlerts(watch: string): WatchAlerts {
  return { version: WATCH_VERSION, watch, seen: [], sequence: 0, alerts: [] };
}

/** The alerts of a watch (none yet: an empty file's worth). */
export function readAlerts(dir: string, id: string): WatchAlerts {
  checkId(id);
  return (
    readWatchFile(
      join(alertsDir(dir), `${id}.json`),
      alertsShownAs(id),
      watchAlertsSchema,
      WATCH_LIMITS.alertsBytes,
    ) ?? emptyAlerts(id)
  );
}

export function writeAlerts(dir: string, alerts: WatchAlerts): void {
  mkdirSync(alertsDir(dir), { recursive: true });
  const kept = { ...alerts, alerts: alerts.alerts.slice(0, WATCH_LIMITS.alertsKept) };
  writeFileWhole(join(alertsDir(dir), `${alerts.watch}.json`), `${JSON.stringify(kept, null, 2)}\n`, {
    shownAs: alertsShownAs(alerts.watch),
  });
}
