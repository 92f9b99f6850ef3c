import { rmSync } from "node:fs";
import { join } from "node:path";
import { Mutex } from "async-mutex";
import type {
  DecisionsFile,
  DecisionsResponse,
  MergeRequest,
  NotSameRequest,
  UndoMergeRequest,
  UndoNotSameRequest,
} from "../contract/duplicates.ts";
import { articlesNaming, corpusIds } from "./corpusIds.ts";
import { type KnownNames, withMerge, withNotSame, withoutMerge, withoutNotSame } from "./decide.ts";
import { decisionsPath, readDecisions, writeDecisions } from "./decisionsFile.ts";
import { withDecisionsLock } from "./decisionsLock.ts";
import { sameAsIndex } from "./sameAs.ts";
import { existsSync } from "node:fs";

/** Loads article folders again in one transaction, so entities they all name are written afresh. */
export type ReloadArticles = (dirs: string[]) => Promise<void>;

export interface DecisionContext {
  articlesDir: string;
  reload: ReloadArticles;
  now?: () => Date;
}

// One decision at a time in this process (and, through the folder's lock, across processes): each reads the file, decides and writes it whole.
const oneAtATime = new Mutex();

/** Every id in the merge clusters of `ids`, before and after the change. */
function clusters(before: DecisionsFile, after: DecisionsFile, ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const file of [before, after]) {
    const index = sameAsIndex(file.same);
    for (const id of ids) for (const m of index.members(index.resolve(id))) out.add(m);
  }
  return out;
}

/**
 * Decides, writes data/decisions/same-as.json whole, then loads again the
 * published articles that name any id of the clusters concerned, all in one
 * transaction, so the dropped node goes and the kept one is written with
 * everything of both (or, after an undo, the two come back apart). If the
 * load fails, the file is put back as it was.
 */
async function change(
  context: DecisionContext,
  decide: (decisions: DecisionsFile, names: KnownNames, now: Date) => DecisionsFile,
  ids: readonly string[],
): Promise<DecisionsResponse> {
  return oneAtATime.runExclusive(() =>
    withDecisionsLock(context.articlesDir, async () => {
      const { articlesDir } = context;
      const existed = existsSync(decisionsPath(articlesDir));
      const before = readDecisions(articlesDir);
      const corpus = corpusIds(articlesDir);
      const after = decide(before, corpus.names, context.now?.() ?? new Date());
      if (after === before) return { decisions: before, reloaded: [] };
      const slugs = ids.length > 0 ? articlesNaming(corpus, clusters(before, after, ids)) : [];
      writeDecisions(articlesDir, after);
      try {
        if (slugs.length > 0) await context.reload(slugs.map((slug) => join(articlesDir, slug)));
      } catch (error) {
        if (existed) writeDecisions(articlesDir, before);
        else rmSync(decisionsPath(articlesDir), { force: true });
        throw error;
      }
      return { decisions: after, reloaded: slugs };
    }),
  );
}

/** Merge `drop` into `keep`: its mentions, names and relationships follow the kept id. */
export function mergeEntities(context: DecisionContext, request: MergeRequest): Promise<DecisionsResponse> {
  return change(context, (d, names, now) => withMerge(d, request, names, now), [request.keep, request.drop]);
}

/** Keep the pair apart: never proposed again. Nothing in the graph changes. */
export function markNotSame(context: DecisionContext, request: NotSameRequest): Promise<DecisionsResponse> {
  return change(context, (d, names, now) => withNotSame(d, request, names, now), []);
}

/** Undo a "not the same": the pair may be proposed again. Nothing in the graph changes. */
export function undoNotSame(
  context: DecisionContext,
  request: UndoNotSameRequest,
): Promise<DecisionsResponse> {
  return change(context, (d) => withoutNotSame(d, request), []);
}

/** Undo the merge that dropped `drop`: both come back with what their articles say. */
export function undoMerge(context: DecisionContext, request: UndoMergeRequest): Promise<DecisionsResponse> {
  return change(context, (d) => withoutMerge(d, request), [request.drop]);
}

/** The decisions as they stand (GET /api/duplicates/decisions). */
export function currentDecisions(articlesDir: string): DecisionsResponse {
  return { decisions: readDecisions(articlesDir), reloaded: [] };
}
