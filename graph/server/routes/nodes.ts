import type { FastifyInstance } from "fastify";
import type { Node } from "neo4j-driver";
import type { DegreeEntry, EvidenceSentence } from "../../contract/explorer.ts";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { nodeToJson } from "../../neo4j/records.ts";
import { mentionHighlights } from "../api/evidence.ts";
import { elementIdOr404, notFound } from "../api/ids.ts";
import { LIMITS } from "../../contract/limits.ts";
import { int, toNumber, toNumbers, toText } from "../api/numbers.ts";
import { route } from "../route.ts";

/**
 * GET /api/nodes/:id: labels, properties, degree per type and direction, and
 * the sentences that mention it (newest article first) with the mentions as highlights;
 * `mentionCount` counts all mentioning sentences (`mentions` stops at 200).
 */
export function nodeRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.node, async ({ params }) => {
    const id = elementIdOr404("node", params.id);
    const [found] = await db.read("api/node", { id });
    if (!found) throw notFound("node", id);
    const [degree, mentions] = await Promise.all([
      db.read("api/node-degree", { id }),
      db.read("api/node-mentions", { id, limit: int(LIMITS.mentionSentences) }),
    ]);
    return {
      node: nodeToJson(found.get("n") as Node),
      degree: degree.map((r): DegreeEntry => ({
        type: String(r.get("type")),
        direction: r.get("direction") === "in" ? "in" : "out",
        count: toNumber(r.get("count")),
      })),
      totalDegree: toNumber(found.get("totalDegree")),
      mentionCount: toNumber(found.get("mentionCount")),
      mentions: mentions.map((r): EvidenceSentence => ({
        article: String(r.get("article")),
        articleTitle: String(r.get("title") ?? ""),
        published: toText(r.get("published")),
        index: toNumber(r.get("index")),
        text: String(r.get("text")),
        highlights: mentionHighlights(toNumbers(r.get("starts")), toNumbers(r.get("ends")), id),
      })),
    };
  });
}
