import type { FastifyInstance } from "fastify";
import { addArticle } from "../../articles/add.ts";
import type { AddSource } from "../../articles/input.ts";
import { MAX_SOURCE_BYTES } from "../../articles/limits.ts";
import { ROUTES } from "../../contract/routes.ts";
import type { NlpState } from "../../contract/articles.ts";
import type { Database } from "../../db/database.ts";
import { type ArticleWrites, reachable, writeGate } from "../articleWrites.ts";
import { route } from "../route.ts";

// base64 takes 4 bytes for 3; the metadata fields are small beside the file.
const BODY_LIMIT = Math.ceil((MAX_SOURCE_BYTES * 4) / 3) + 64 * 1024;

/** POST /api/articles: what `npm run add` does, from the app; GET /api/nlp: whether its engine is up. */
export function addArticleRoutes(
  app: FastifyInstance,
  db: Database,
  writes: ArticleWrites | undefined,
  nlpUrl: (log: (line: string) => void) => Promise<string | null> = async () => null,
  nlpState: () => NlpState = () => "off",
  missingModels?: (language: string) => string | undefined,
): void {
  route(app, ROUTES.nlp, async () => ({ state: nlpState() }));
  route(
    app,
    ROUTES.addArticle,
    async ({ body, reply }) => {
      const source: AddSource = body.file
        ? { from: "upload", name: body.file.name, bytes: Buffer.from(body.file.base64, "base64") }
        : body.link
          ? { from: "url", url: body.link }
          : { from: "text", text: body.text ?? "" };
      const notes: string[] = [];
      const note = (line: string) => notes.push(line);
      const result = await addArticle(source, body, {
        articlesDir: writes!.dir,
        graph: () => reachable(db, note),
        nlpUrl: () => nlpUrl(note),
        ...(missingModels ? { missingModels } : {}),
      });
      void reply.code(201);
      return {
        slug: result.slug,
        meta: result.meta,
        draft: result.draft,
        notes: [...notes, ...result.notes],
        provenance: {
          wire: result.provenance.wire?.agency ?? null,
          reprintOf: result.provenance.reprintOf,
          shared: result.provenance.shared,
          note: result.provenanceNote,
        },
      };
    },
    { bodyLimit: BODY_LIMIT, onRequest: writeGate(writes) },
  );
}
