import type { FastifyInstance } from "fastify";
import type { Record as Neo4jRecord } from "neo4j-driver";
import type { ArticleSummary, ArticleText } from "../../contract/explorer.ts";
import type { ArticleProvenance } from "../../contract/provenance.ts";
import { ROUTES } from "../../contract/routes.ts";
import { LIMITS } from "../../contract/limits.ts";
import { int, toNumber, toNumbers, toText } from "../api/numbers.ts";
import type { Database } from "../../db/database.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";

function summary(r: Neo4jRecord): ArticleSummary {
  return {
    slug: String(r.get("slug")),
    title: String(r.get("title") ?? ""),
    publisher: String(r.get("publisher") ?? ""),
    published: toText(r.get("published")),
    // Every loaded article has one (meta.json requires it); "" for a node written by hand without.
    language: String(r.get("language") ?? ""),
    sentenceCount: toNumber(r.get("sentenceCount")),
  };
}

/** The wire credit, the original it reprints and the share of wording, as the Article node holds them. */
function provenance(r: Neo4jRecord): ArticleProvenance {
  const shared = r.get("shared") as unknown;
  return {
    wire: (r.get("wire") as string | null) ?? null,
    reprintOf: (r.get("reprintOf") as string | null) ?? null,
    shared: shared === null || shared === undefined ? null : toNumber(shared),
  };
}

/** GET /api/articles and GET /api/articles/:slug (the text with every entity mention). */
export function articleRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.articles, async () => {
    const records = await db.read("api/articles", { limit: int(LIMITS.articlesMax) });
    return {
      articles: records.map((r) => ({
        ...summary(r),
        entityCount: toNumber(r.get("entityCount")),
        relationshipCount: toNumber(r.get("relationshipCount")),
        ...provenance(r),
      })),
    };
  });

  route(app, ROUTES.article, async ({ params: { slug } }) => {
    const [found] = await db.read("api/article", { slug });
    if (!found) {
      throw new HttpError("not_found", `No article has the slug ${JSON.stringify(slug.slice(0, 80))}.`);
    }
    const rows = await db.read("api/article-mentions", { slug });
    const mentions: ArticleText["mentions"] = rows.flatMap((r) => {
      const offset = toNumber(r.get("sentenceStart"));
      const ends = toNumbers(r.get("ends"));
      return toNumbers(r.get("starts")).map((start, i) => ({
        start: offset + start,
        end: offset + (ends[i] ?? start),
        entityNodeId: String(r.get("entityNodeId")),
        entityId: String(r.get("entityId")),
        sentence: toNumber(r.get("sentence")),
      }));
    });
    mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
    return {
      article: {
        ...summary(found),
        attribution: String(found.get("attribution") ?? ""),
        text: String(found.get("text") ?? ""),
      },
      provenance: provenance(found),
      mentions,
    };
  });
}
