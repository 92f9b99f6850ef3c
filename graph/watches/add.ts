import { join } from "node:path";
import slugify from "@sindresorhus/slugify";
import {
  type AddWatchRequest,
  WATCH_LIMITS,
  WATCH_VERSION,
  type Watch,
  type WatchTarget,
  watchSchema,
} from "../contract/watches.ts";
import { withFolderLock } from "../corpus/folderLock.ts";
import { listSavedQueries } from "../query/savedQueries.ts";
import { defaultQuerySettings } from "../query/settings.ts";
import { listWatches, readWatch, removeWatchFiles, watchShownAs, writeWatch } from "./files.ts";
import { type QueryRunSettings, type WatchDb, UnknownSavedQuery, savedQueryRows } from "./find.ts";
import { recordBaseline } from "./record.ts";
import { WatchRefusal } from "./refusal.ts";

/** The file name a watch gets: its kind and what it follows ("pair-rosatom-africa-corps-3"). */
export function watchIdOf(target: WatchTarget): string {
  const parts =
    target.kind === "entity"
      ? ["entity", target.entity]
      : target.kind === "pair"
        ? ["pair", target.from, target.to, String(target.hops)]
        : ["query", target.query];
  return slugify(parts.join(" ")).slice(0, 180) || target.kind;
}

async function labelOf(db: WatchDb, target: WatchTarget, queriesDir?: string): Promise<string> {
  if (target.kind === "query") {
    const saved = listSavedQueries(queriesDir).find((q) => q.name === target.query);
    return saved && saved.title !== saved.name
      ? `the saved query “${saved.title}”`
      : `the saved query ${target.query}`;
  }
  const ids = target.kind === "entity" ? [target.entity] : [target.from, target.to];
  const records = await db.read("watches/entity-names", { ids });
  const names = new Map(records.map((r) => [String(r.get("id")), String(r.get("name"))]));
  const missing = ids.find((id) => !names.has(id));
  if (missing !== undefined)
    throw new WatchRefusal(`There is no entity with the id "${missing}" in the graph to watch.`);
  if (target.kind === "entity") return names.get(target.entity)!;
  if (target.from === target.to) throw new WatchRefusal("A pair watch needs two different entities.");
  return `${names.get(target.from)} and ${names.get(target.to)} within ${target.hops} hops`;
}

/**
 * Adds a watch as data/watches/<id>.json. An entity watch takes its
 * relationships of now as seen, a query watch the saved query's rows of now,
 * so each reports only what comes later.
 */
export async function addWatch(
  db: WatchDb,
  dir: string,
  request: AddWatchRequest,
  options: Partial<QueryRunSettings> & { now?: Date } = {},
): Promise<Watch> {
  const id = watchIdOf(request.target);
  return withFolderLock(join(dir, `${id}.json`), async () => {
    if (readWatch(dir, id)) throw new WatchRefusal(`${watchShownAs(id)} already watches this.`, "conflict");
    if (listWatches(dir).watches.length >= WATCH_LIMITS.watches) {
      throw new WatchRefusal(
        `There are already ${WATCH_LIMITS.watches} watches, the most data/watches/ may hold.`,
      );
    }
    const label = request.label ?? (await labelOf(db, request.target, options.queriesDir));
    const watch = watchSchema.parse({
      version: WATCH_VERSION,
      id,
      label,
      created: (options.now ?? new Date()).toISOString(),
      target: request.target,
    });
    if (watch.target.kind === "query") {
      let keys: string[];
      try {
        keys = (
          await savedQueryRows(db, watch.target.query, {
            limits: options.limits ?? defaultQuerySettings.limits,
            queriesDir: options.queriesDir,
          })
        ).keys;
      } catch (error) {
        if (error instanceof UnknownSavedQuery) throw new WatchRefusal(error.message, "missing");
        throw error;
      }
      await recordBaseline(dir, watch, keys);
    } else if (watch.target.kind === "entity") {
      const [record] = await db.read("watches/entity-relationship-ids", { entity: watch.target.entity });
      await recordBaseline(dir, watch, ((record?.get("ids") as unknown[] | undefined) ?? []).map(String));
    }
    writeWatch(dir, watch);
    return watch;
  });
}

/** Removes a watch and its alerts. */
export function removeWatch(dir: string, id: string): void {
  if (!removeWatchFiles(dir, id)) throw new WatchRefusal(`There is no watch ${watchShownAs(id)}.`, "missing");
}
