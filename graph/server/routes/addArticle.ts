import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { addArticle } from "../../articles/add.ts";
import type { AddSource } from "../../articles/input.ts";
import { MAX_SOURCE_BYTES } from "../../articles/limits.ts";
import { AddRefusal } from "../../articles/refusal.ts";
import { ROUTES } from "../../contract/routes.ts";
import type { NlpState } from "../../contract/articles.ts";
import type { Database } from "../../neo4j/database.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";

/** Where added articles go, and whether this server may write there at all. */
export interface ArticleWrites {
  dir: string;
  /** False when the server listens beyond loopback and the operator has not allowed writes. */
  enabled: boolean;
  /** The sentence answered while writes are off. */
  offReason?: string;
}

// base64 takes 4 bytes for 3; the metadata fields are small beside the file.
const BODY_LIMIT = Math.ceil((MAX_SOURCE_BYTES * 4) / 3) + 64 * 1024;

/** Refuses before the body is read: writes off, or a body that is not JSON. */
export function writeGate(writes: ArticleWrites | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!writes?.enabled) {
      const message = writes?.offReason ?? "Writing articles is off on this server.";
      return reply.code(403).send({ error: { code: "writes_off", message } });
    }
    const type = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") {
      return reply.code(415).send({
        error: {
          code: "unsupported_media_type",
          message: "Send JSON (Content-Type: application/json).",
        },
      });
    }
    return undefined;
  };
}

/** Links suggestions to the graph when Neo4j answers; otherwise says linking was skipped. */
export async function reachable(db: Database, log: (line: string) => void): Promise<Database | undefined> {
  try {
    await db.read("api/components");
    return db;
  } catch {
    log("Neo4j cannot be reached, so linking to the graph was skipped.");
    return undefined;
  }
}

/** POST /api/articles: what `npm run add` does, from the app; GET /api/nlp: whether its engine is up. */
export function addArticleRoutes(
  app: FastifyInstance,
  db: Database,
  writes: ArticleWrites | undefined,
  nlpUrl: (log: (line: string) => void) => Promise<string | null> = async () => null,
  nlpState: () => NlpState = () => "off",
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
      try {
        const result = await addArticle(source, body, {
          articlesDir: writes!.dir,
          graph: () => reachable(db, note),
          nlpUrl: () => nlpUrl(note),
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
      } catch (error) {
        if (error instanceof AddRefusal) {
          throw new HttpError(
            error.reason === "duplicate" ? 409 : 400,
            error.reason === "duplicate" ? "duplicate" : "bad_request",
            error.message,
          );
        }
        throw error;
      }
    },
    { bodyLimit: BODY_LIMIT, onRequest: writeGate(writes) },
  );
}
