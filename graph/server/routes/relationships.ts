import type { FastifyInstance } from "fastify";
import type { Node, Relationship } from "neo4j-driver";
import type { EvidenceSentence } from "../../contract/explorer.ts";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../neo4j/database.ts";
import { nodeToJson, relationshipToJson } from "../../neo4j/records.ts";
import { groupSources, type StatingArticle } from "../api/factSources.ts";
import { byPosition, mentionHighlights, quoteHighlights } from "../api/evidence.ts";
import { elementIdOr404, notFound } from "../api/ids.ts";
import { LIMITS } from "../../contract/limits.ts";
import { int, toNumber, toNumbers, toText } from "../api/numbers.ts";
import { route } from "../route.ts";

/**
 * GET /api/relationships/:id: the relationship, its two ends, and the
 * sentences its evidence comes from, in every article that states the same
 * start, type and end (newest first), with the evidence quotes (kind
 * "evidence", entity = the id of the relationship they belong to) and the mentions of its two ends
 * (kind "mention", entity = that node's id) highlighted; and how many
 * statements, articles, outlets and independent sources state it, with the
 * sources and their articles.
 */
export function relationshipRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.relationship, async ({ params }) => {
    const id = elementIdOr404("relationship", params.id);
    const [found] = await db.read("api/relationship", { id });
    if (!found) throw notFound("relationship", id);
    const relationship = relationshipToJson(found.get("r") as Relationship);
    const sentences = await db.read("api/relationship-evidence", {
      id,
      limit: int(LIMITS.evidenceSentences),
    });
    const [counted] = await db.read("api/relationship-sources", {
      id,
      limit: int(LIMITS.factSourceArticles),
    });
    const listed = (counted?.get("listed") as StatingArticle[] | undefined) ?? [];
    return {
      relationship,
      start: nodeToJson(found.get("start") as Node),
      end: nodeToJson(found.get("end") as Node),
      evidence: sentences.map((r): EvidenceSentence => {
        const span = { start: toNumber(r.get("start")), end: toNumber(r.get("end")) };
        const mentions = r.get("mentions") as { entity: string; starts: unknown; ends: unknown }[];
        const rawQuotes: unknown = r.get("quotes");
        const quotes = Array.isArray(rawQuotes) ? rawQuotes.map(String) : [];
        const owner = String(r.get("relationship"));
        const highlights = [
          ...quoteHighlights(String(r.get("articleText") ?? ""), span, quotes, owner),
          ...mentions.flatMap((m) => mentionHighlights(toNumbers(m.starts), toNumbers(m.ends), m.entity)),
        ].sort(byPosition);
        return {
          article: String(r.get("article")),
          articleTitle: String(r.get("title") ?? ""),
          published: toText(r.get("published")),
          index: toNumber(r.get("index")),
          text: String(r.get("text")),
          highlights,
        };
      }),
      corroboration: {
        statements: toNumber(counted?.get("statements")),
        articles: toNumber(counted?.get("articles")),
        outlets: toNumber(counted?.get("outlets")),
        sources: toNumber(counted?.get("sources")),
      },
      sources: groupSources(
        listed.map((a) => ({
          slug: String(a.slug),
          title: String(a.title ?? ""),
          publisher: String(a.publisher ?? ""),
          reprintOf: a.reprintOf ?? null,
          origin: String(a.origin),
        })),
      ),
    };
  });
}
