import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import fastifyCompress from "@fastify/compress";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { errorAnswer, toHttpError } from "./errors.ts";
import { explainedJsonParser, tooLargeMessage } from "./bodyRefusals.ts";
import type { NlpState } from "../contract/articles.ts";
import type { Database } from "../db/database.ts";
import {
  DERIVED_CACHE_DEFAULTS,
  DerivedCache,
  type DerivedCacheOptions,
  clearedByLoads,
} from "./api/derivedCache.ts";
import { type QuerySettings, defaultQuerySettings } from "../query/settings.ts";
import type { ArticleWrites } from "./articleWrites.ts";
import { addArticleRoutes } from "./routes/addArticle.ts";
import { explorerApiRoutes } from "./routes/explorerApi.ts";
import { healthRoutes } from "./routes/health.ts";
import { openApiRoutes } from "./routes/openapi.ts";
import { queryRoutes } from "./routes/query.ts";
import { reviewRoutes } from "./routes/review.ts";
import { vocabularyRoutes } from "./routes/vocabulary.ts";
import { duplicatesRoutes } from "./routes/duplicates.ts";
import { investigationRoutes } from "./routes/investigations.ts";
import { placeRoutes } from "./routes/places.ts";
import { investigationFileRoutes } from "./routes/investigationFiles.ts";
import { watchRoutes } from "./routes/watches.ts";
import { recordRoutes } from "./routeList.ts";
import { investigationsDir } from "../investigations/files.ts";
import { NoteIndex } from "../investigations/noteSearch.ts";
import { sameOriginGuard } from "./security.ts";
import { frameworkErrorAnswer, securityHeaderOptions } from "./securityHeaders.ts";

export interface ServerOptions {
  db: Database;
  /** The built front end (vite build output); the API alone when absent. */
  staticDir?: string;
  /** Host names besides loopback that requests may address (for a non-loopback HOST). */
  extraHosts?: string[];
  logger?: boolean;
  /** Limits and write opt-in of the Cypher workbench (QUERY_*, DOSSIER_ALLOW_WRITES). */
  query?: QuerySettings;
  /** Where POST /api/articles writes, and whether it may; absent: the route answers 403. */
  articles?: ArticleWrites;
  /** The CoreNLP server the suggestions of added articles use, when one is ready; absent: none. */
  nlpUrl?: (log: (line: string) => void) => Promise<string | null>;
  /** For an article's language, the sentence saying CoreNLP's models for it are missing (being fetched). */
  missingModels?: (language: string) => string | undefined;
  /** What that engine is doing (GET /api/nlp); absent: "off". */
  nlpState?: () => NlpState;
  /** How long answers derived from the whole graph (health, schema, timeline bins) are shared. */
  derivedCache?: DerivedCacheOptions;
  /** How long a publish waits for the watches' check before answering (default 1 s); the rest ends after. */
  watchWaitMs?: number;
  /** Called after each article the server loads (publish), without waiting: refreshes the workbench's copy. */
  onArticleLoaded?: () => void;
}

/** The HTTP server: JSON API under /api, the built app everywhere else. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // A request id the answer to a failure carries, to find the failure in the server's log.
    genReqId: () => randomUUID().slice(0, 8),
    bodyLimit: 1024 * 1024,
    // Answer JSON errors for malformed bodies instead of HTML.
    return503OnClosing: true,
    frameworkErrors: frameworkErrorAnswer,
  });
  recordRoutes(app);
  explainedJsonParser(app);
  // Before the guard, so that its refusals carry the headers too.
  await app.register(fastifyHelmet, securityHeaderOptions);
  // Answers of 1 KB or more go compressed (brotli or gzip, as the browser accepts): a hub's
  // expansion repeats element ids and property names, and shrinks to a fraction over the wire.
  // Request bodies are not inflated: what the size caps weigh is what was sent.
  await app.register(fastifyCompress, { globalDecompression: false });
  app.addHook("onRequest", sameOriginGuard(options.extraHosts));
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toHttpError(error);
    if (status === 413) body.error.message = tooLargeMessage(request);
    if (status === 500) {
      // Unexpected: always written to the server's own output, whether or not a logger is on.
      body.error.requestId = request.id;
      body.error.message = `Something went wrong on the server (request ${request.id}; its log says what).`;
      const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(`[${request.id}] ${request.method} ${request.url.split("?")[0]} answered 500: ${stack}`);
    } else if (status > 500 && status !== 503 && status !== 504) request.log.error(error);
    void reply.code(status).send(body);
  });

  const cache = new DerivedCache(options.derivedCache ?? DERIVED_CACHE_DEFAULTS);
  const db = clearedByLoads(options.db, cache, options.onArticleLoaded);
  healthRoutes(app, db, cache);
  queryRoutes(app, db, options.query ?? defaultQuerySettings);
  const notes = options.articles ? new NoteIndex(investigationsDir(options.articles.dir)) : undefined;
  explorerApiRoutes(app, db, cache, notes);
  openApiRoutes(app);
  addArticleRoutes(app, db, options.articles, options.nlpUrl, options.nlpState, options.missingModels);
  reviewRoutes(app, db, options.articles, options.nlpUrl, options.watchWaitMs);
  vocabularyRoutes(app, options.articles);
  duplicatesRoutes(app, db, options.articles);
  investigationRoutes(app, db, options.articles);
  placeRoutes(app);
  investigationFileRoutes(app, db, options.articles);
  watchRoutes(app, db, options.articles);

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || !options.staticDir) {
      const { status, body } = errorAnswer(
        "not_found",
        `No route ${request.method} ${request.url.split("?")[0]}.`,
      );
      return reply.code(status).send(body);
    }
    // The app routes on the client; unknown paths get its page.
    return reply.sendFile("index.html");
  });
  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, index: "index.html", wildcard: false });
  }
  return app;
}
