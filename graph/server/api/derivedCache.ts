import { LRUCache } from "lru-cache";
import type { Database } from "../../db/database.ts";

export interface DerivedCacheOptions {
  /** An answer younger than this is served as it is. */
  freshMs: number;
  /** An answer older than freshMs but younger than this is served while a new one is read in the background. */
  staleMs: number;
  /** The clock (tests turn it by hand); performance by default. */
  clock?: { now: () => number };
}

export const DERIVED_CACHE_DEFAULTS: DerivedCacheOptions = { freshMs: 2_000, staleMs: 60_000 };

type Load = () => Promise<unknown>;

/**
 * Answers derived from the whole graph (its counts, the timeline's bins):
 * read from Neo4j once and shared by every request for a short while, so that
 * a busy Neo4j delays none of them. Concurrent requests for the same answer
 * share one read (lru-cache's fetch). After `freshMs` the last answer is still
 * served while a new one is read; after `staleMs` a request waits for the new
 * one. A failed read is not kept, so the next request sees the failure.
 * `clear()`, called after the server itself loads an article, makes every
 * later request read again (changes made by another process, `npm run load`,
 * show within `freshMs` plus one request). A `freshMs` of 0 turns it off.
 */
export class DerivedCache {
  // Keys carry a generation, so that a read begun before clear() can never be served after it.
  private generation = 0;
  private readonly cache: LRUCache<string, { value: unknown }, Load>;

  constructor(private readonly options: DerivedCacheOptions = DERIVED_CACHE_DEFAULTS) {
    this.cache = new LRUCache<string, { value: unknown }, Load>({
      max: 64,
      ttl: options.freshMs,
      allowStale: true,
      fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
      ...(options.clock ? { perf: options.clock, ttlResolution: 0 } : {}),
    });
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.options.freshMs <= 0) return load();
    const k = `${this.generation}:${key}`;
    if (this.cache.getRemainingTTL(k) < this.options.freshMs - this.options.staleMs) this.cache.delete(k);
    const entry = await this.cache.fetch(k, { context: load });
    return entry?.value as T;
  }

  clear(): void {
    // Older entries are left to fall out of the LRU: deleting them would fail the requests waiting on them.
    this.generation += 1;
  }
}

/**
 * The database as the routes see it: the server's own loads (publishing an
 * article) clear the cache, then call `afterLoad` (the workbench's copy is
 * refreshed in the background), whether the load succeeded or not.
 */
export function clearedByLoads(db: Database, cache: DerivedCache, afterLoad?: () => void): Database {
  const cleared = async (load: () => Promise<void>) => {
    try {
      await load();
    } finally {
      cache.clear();
      afterLoad?.();
    }
  };
  return {
    read: (name, params) => db.read(name, params),
    serverInfo: () => db.serverInfo(),
    checkQuery: (query, params, timeoutMs) => db.checkQuery(query, params, timeoutMs),
    runQuery: (request, limits) => db.runQuery(request, limits),
    loadArticle: (dir) => cleared(() => db.loadArticle(dir)),
    loadArticles: (dirs) => cleared(() => db.loadArticles(dirs)),
  };
}
