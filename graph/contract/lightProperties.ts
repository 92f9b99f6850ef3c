/**
 * What a light graph answer keeps of each element's properties: the keys a
 * caption is drawn from, every date value (a DATE, or the text of a year-month
 * or a year, which the timeline and the time filter read), a place's `location`
 * (which the map reads) and a relationship's
 * `article` (the "As reported by" filter). A node with none of the caption keys
 * keeps its `text`, which is its caption then. Everything else, evidence
 * included, comes with GET /api/nodes/:id, /api/relationships/:id or
 * POST /api/graph/elements.
 */
/* No zod here: the browser's captions read this list too. */
export const LIGHT_PROPERTIES = {
  caption: ["name", "title", "slug", "id"],
  relationship: ["article"],
  node: ["location"],
  /** Keys the loader writes on every relationship that never hold a date: not read to look for one. */
  relationshipNeverDates: ["id", "article", "evidence", "sentenceIndices"],
} as const;
