import { existsSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../neo4j/database.ts";
import { articlePaths } from "../../corpus/articleFiles.ts";
import { listReviews, openReview, type OpenedReview } from "../../review/document.ts";
import { publishDraft } from "../../review/publish.ts";
import { decideProvenance, openProvenance } from "../../review/provenanceDecision.ts";
import { ReviewRefusal } from "../../review/refusal.ts";
import { saveDraft } from "../../review/save.ts";
import { suggestAgain } from "../../review/suggestAgain.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";
import { type ArticleWrites, reachable, writeGate } from "./addArticle.ts";

/** A draft for a 2 MiB article with all its mentions and quotes stays well below this. */
const DRAFT_BODY_LIMIT = 16 * 1024 * 1024;

const STATUS = {
  invalid: [400, "bad_request"],
  missing: [404, "not_found"],
  conflict: [409, "conflict"],
  problems: [422, "invalid_draft"],
} as const;

/** Runs a review operation; its refusal becomes the HTTP answer, with the problems or the conflict. */
async function answering<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ReviewRefusal)) throw error;
    const [status, code] = STATUS[error.reason];
    throw new HttpError(status, code, error.message, error.detail);
  }
}

function document({ folder: _folder, ...shown }: OpenedReview) {
  return shown;
}

/** The Annotate view's routes: list, read, save, suggest again, publish, and the provenance decision. */
export function reviewRoutes(
  app: FastifyInstance,
  db: Database,
  writes: ArticleWrites | undefined,
  nlpUrl: (log: (line: string) => void) => Promise<string | null> = async () => null,
): void {
  const root = () => {
    if (!writes) throw new HttpError(404, "not_found", "This server has no articles folder.");
    return writes.dir;
  };
  const gated = { onRequest: writeGate(writes) };

  route(app, ROUTES.drafts, async () => ({ articles: writes ? listReviews(writes.dir) : [] }));
  route(app, ROUTES.draft, ({ params }) => answering(() => document(openReview(root(), params.slug))));
  route(
    app,
    ROUTES.saveDraft,
    ({ params, body }) =>
      answering(async () => ({
        version: await saveDraft(root(), params.slug, body.baseVersion, body.draft),
      })),
    { ...gated, bodyLimit: DRAFT_BODY_LIMIT },
  );
  route(
    app,
    ROUTES.suggestAgain,
    ({ params, body }) =>
      answering(async () => {
        const notes: string[] = [];
        const note = (line: string) => notes.push(line);
        const opened = await suggestAgain(root(), params.slug, body.baseVersion, async () => {
          const graph = await reachable(db, note);
          return { ...(graph ? { db: graph } : {}), nlpUrl: await nlpUrl(note) };
        });
        return document({ ...opened, draft: { ...opened.draft, notes: [...notes, ...opened.draft.notes] } });
      }),
    gated,
  );
  route(app, ROUTES.provenance, ({ params }) => answering(() => openProvenance(root(), params.slug)));
  route(
    app,
    ROUTES.decideProvenance,
    ({ params, body }) =>
      answering(async () => {
        const decided = decideProvenance(root(), params.slug, body.decision);
        // A published article shows the decision at once; a draft takes it when it is published.
        const dir = join(root(), params.slug);
        if (existsSync(articlePaths(dir).annotation)) await db.loadArticle(dir);
        return decided;
      }),
    gated,
  );
  route(
    app,
    ROUTES.publish,
    ({ params, body }) =>
      answering(() => publishDraft(root(), params.slug, body.baseVersion, (dir) => db.loadArticle(dir))),
    gated,
  );
}
