import { existsSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { articlePaths } from "../../corpus/articleFiles.ts";
import { listReviews, openReview, type OpenedReview } from "../../review/document.ts";
import { publishDraft } from "../../review/publish.ts";
import { decideProvenance, openProvenance } from "../../review/provenanceDecision.ts";
import { saveDraft } from "../../review/save.ts";
import { suggestAgain } from "../../review/suggestAgain.ts";
import { PUBLISH_WATCH_WAIT_MS, checkWatches } from "../../watches/check.ts";
import { watchesDir } from "../../watches/files.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";
import { type ArticleWrites, reachable, writeGate } from "../articleWrites.ts";

/** A draft for a 2 MiB article with all its mentions and quotes stays well below this. */
const DRAFT_BODY_LIMIT = 16 * 1024 * 1024;

function document({ folder: _folder, ...shown }: OpenedReview) {
  return shown;
}

/** The Annotate view's routes: list, read, save, suggest again, publish, and the provenance decision. */
export function reviewRoutes(
  app: FastifyInstance,
  db: Database,
  writes: ArticleWrites | undefined,
  nlpUrl: (log: (line: string) => void) => Promise<string | null> = async () => null,
  watchWaitMs = PUBLISH_WATCH_WAIT_MS,
): void {
  const root = () => {
    if (!writes) throw new HttpError("not_found", "This server has no articles folder.");
    return writes.dir;
  };
  const gated = { onRequest: writeGate(writes) };

  route(app, ROUTES.drafts, async () => ({ articles: writes ? listReviews(writes.dir) : [] }));
  route(app, ROUTES.draft, async ({ params }) => document(openReview(root(), params.slug)));
  route(
    app,
    ROUTES.saveDraft,
    async ({ params, body }) => ({
      version: await saveDraft(root(), params.slug, body.baseVersion, body.draft),
    }),
    { ...gated, bodyLimit: DRAFT_BODY_LIMIT },
  );
  route(
    app,
    ROUTES.suggestAgain,
    async ({ params, body }) => {
      const notes: string[] = [];
      const note = (line: string) => notes.push(line);
      const opened = await suggestAgain(root(), params.slug, body.baseVersion, async () => {
        const graph = await reachable(db, note);
        return { ...(graph ? { db: graph } : {}), nlpUrl: await nlpUrl(note) };
      });
      return document({ ...opened, draft: { ...opened.draft, notes: [...notes, ...opened.draft.notes] } });
    },
    gated,
  );
  route(app, ROUTES.provenance, async ({ params }) => openProvenance(root(), params.slug));
  route(
    app,
    ROUTES.decideProvenance,
    async ({ params, body }) => {
      const decided = decideProvenance(root(), params.slug, body.decision);
      // A published article shows the decision at once; a draft takes it when it is published.
      const dir = join(root(), params.slug);
      if (existsSync(articlePaths(dir).annotation)) await db.loadArticle(dir);
      return decided;
    },
    gated,
  );
  route(
    app,
    ROUTES.publish,
    async ({ params, body }) => {
      const published = await publishDraft(root(), params.slug, body.baseVersion, (dir) =>
        db.loadArticle(dir),
      );
      // After the publish, never part of it: a watch that fails is a warning, the article stays published.
      // It answers after watchWaitMs at most; a kind of watch still being checked records its alerts later.
      const checked = await checkWatches(db, watchesDir(root()), [params.slug], { waitMs: watchWaitMs });
      for (const warning of checked.warnings) app.log.warn(warning);
      if (checked.pending.length > 0) {
        const before = checked.warnings.length;
        void checked.done.then(({ warnings }) => warnings.slice(before).forEach((w) => app.log.warn(w)));
      }
      return {
        ...published,
        watches: {
          alerts: checked.alerts.length,
          warnings: checked.warnings,
          ...(checked.pending.length > 0 ? { pending: checked.pending } : {}),
        },
      };
    },
    gated,
  );
}
