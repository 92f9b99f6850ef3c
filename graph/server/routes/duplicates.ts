import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { listDuplicates } from "../../resolve/duplicates.ts";
import {
  type DecisionContext,
  currentDecisions,
  markNotSame,
  mergeEntities,
  undoMerge,
  undoNotSame,
} from "../../resolve/sameAsActions.ts";
import { type ArticleWrites, writeGate } from "../articleWrites.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";

/**
 * The possible duplicates and the same-as decisions: list the candidate
 * pairs, merge, keep apart, undo. Writes are gated like the article writes.
 */
export function duplicatesRoutes(
  app: FastifyInstance,
  db: Database,
  writes: ArticleWrites | undefined,
): void {
  const context = (): DecisionContext => {
    if (!writes) throw new HttpError("not_found", "This server has no articles folder.");
    return { articlesDir: writes.dir, reload: (dirs) => db.loadArticles(dirs) };
  };
  const gated = { onRequest: writeGate(writes) };

  route(app, ROUTES.duplicates, async ({ query }) =>
    writes ? listDuplicates(writes.dir, query.limit) : { candidates: [], compared: 0 },
  );
  route(app, ROUTES.decisions, async () =>
    writes ? currentDecisions(writes.dir) : { decisions: { same: [], notSame: [] }, reloaded: [] },
  );
  route(app, ROUTES.mergeEntities, ({ body }) => mergeEntities(context(), body), gated);
  route(app, ROUTES.notSameEntities, ({ body }) => markNotSame(context(), body), gated);
  route(app, ROUTES.undoMerge, ({ body }) => undoMerge(context(), body), gated);
  route(app, ROUTES.undoNotSame, ({ body }) => undoNotSame(context(), body), gated);
}
