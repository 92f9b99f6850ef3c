/**
 * Response shapes of the explorer API (graph/server/routes), shared by the
 * server and the browser. Graphs are always `GraphJson`.
 */
import type { GraphJson, GraphNode, GraphRelationship } from "./graphJson.ts";

/** GET /api/schema */
export interface SchemaResponse {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys: string[];
}

/** GET /api/search?q=&limit= : best matches first. */
export interface SearchResponse {
  query: string;
  hits: { node: GraphNode; score: number }[];
}

/** One sentence of an article, with where the entities in question are named in it. */
export interface EvidenceSentence {
  article: string;
  articleTitle: string;
  index: number;
  text: string;
  /** Offsets into `text` (UTF-16 code units) of the mentions being shown. */
  highlights: { start: number; end: number; entity: string }[];
}

/** Degree of a node for one relationship type and direction. */
export interface DegreeEntry {
  type: string;
  direction: "out" | "in";
  count: number;
}

/** GET /api/nodes/:id */
export interface NodeDetails {
  node: GraphNode;
  degree: DegreeEntry[];
  totalDegree: number;
  mentions: EvidenceSentence[];
}

/** POST /api/expand {ids, types?, direction?, limit?} */
export interface ExpandRequest {
  ids: string[];
  types?: string[];
  direction?: "out" | "in" | "both";
  limit?: number;
}

export interface ExpandResponse {
  graph: GraphJson;
  /** True when more neighbours exist than were returned. */
  truncated: boolean;
  /** Distinct neighbours the requested nodes have in total (for "showing 100 of 1,240"). */
  total: number;
  returned: number;
}

/** GET /api/relationships/:id */
export interface RelationshipDetails {
  relationship: GraphRelationship;
  start: GraphNode;
  end: GraphNode;
  evidence: EvidenceSentence[];
}

/** POST /api/paths {from, to, maxHops} */
export interface PathsRequest {
  from: string;
  to: string;
  maxHops?: number;
}

export interface PathsResponse {
  /** Each path as node ids and relationship ids in order. */
  paths: { nodes: string[]; relationships: string[] }[];
  graph: GraphJson;
}

/** GET /api/articles */
export interface ArticleSummary {
  slug: string;
  title: string;
  publisher: string;
  published: string | null;
  sentenceCount: number;
}

/** GET /api/articles/:slug : the text and every mention, for the reader. */
export interface ArticleText {
  article: ArticleSummary & { attribution: string; text: string };
  /** Offsets into `text` (UTF-16 code units), in reading order. */
  mentions: { start: number; end: number; entityNodeId: string; entityId: string; sentence: number }[];
}

/** GET /api/view/start : the opening view, capped on a large database. */
export interface StartViewResponse {
  graph: GraphJson;
  /** True when the database holds more than the view shows. */
  capped: boolean;
  totalNodes: number;
}
