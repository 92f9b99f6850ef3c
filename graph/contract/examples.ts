import type { GraphJson, GraphNode } from "../model/graphJson.ts";

/** Example values for the OpenAPI document (checked against the schemas by the tests). */

const db = "c0ffee00-0000-4000-8000-000000000000";
export const exampleIds = { goita: `4:${db}:0`, mali: `4:${db}:1`, leads: `5:${db}:0` };

export const goitaNode: GraphNode = {
  id: exampleIds.goita,
  labels: ["Entity", "Person"],
  properties: {
    id: "assimi-goita",
    name: "Assimi Goïta",
    aliases: ["Giota", "Goita"],
    aliasLanguages: ["en", "en"],
    articleCount: 1,
  },
};

export const maliNode: GraphNode = {
  id: exampleIds.mali,
  labels: ["Entity", "Country"],
  properties: { id: "mali", name: "Mali", articleCount: 1 },
};

export const exampleGraph: GraphJson = {
  nodes: [goitaNode, maliNode],
  relationships: [
    {
      id: exampleIds.leads,
      type: "LEADS",
      start: exampleIds.goita,
      end: exampleIds.mali,
      properties: {
        id: "2025-06-23-goita-moscow/goita-leads-mali",
        article: "2025-06-23-goita-moscow",
        evidence: ["Mali’s junta leader Assimi Giota"],
        sentenceIndices: [0],
      },
    },
  ],
};

/** What a light answer (POST /api/expand) gives of Mali and the LEADS relationship. */
export const lightExampleGraph: GraphJson = {
  nodes: [{ ...maliNode, properties: { id: "mali", name: "Mali" } }],
  relationships: exampleGraph.relationships.map((r) => ({
    ...r,
    properties: { article: "2025-06-23-goita-moscow" },
  })),
};

export const exampleSentence = {
  article: "2025-06-23-goita-moscow",
  articleTitle: "Mali’s leader in Moscow",
  index: 0,
  text: "Mali’s junta leader Assimi Giota arrived in Moscow.",
  highlights: [{ start: 20, end: 32, entity: exampleIds.goita, kind: "mention" as const }],
};

/** An article opened in the Annotate view, for the review routes' examples. */
export const exampleReviewDocument = {
  slug: "2026-05-20-solar-panels-for-the-north",
  meta: {
    slug: "2026-05-20-solar-panels-for-the-north",
    title: "Solar panels for the north",
    publisher: "Example Wire",
    published: { date: "2026-05-20" },
    language: "en",
    attribution: "Pasted into Dossier on 2026-05-20.",
  },
  text: "Mali opened a solar plant.",
  draft: { textHash: "0".repeat(64), engines: ["rules"], notes: [], entities: [], relations: [] },
  version: "0123456789abcdef",
  state: "draft",
} as const;
