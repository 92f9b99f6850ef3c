/** The API's bounds, in one place (documented in docs/api.md). */
export const LIMITS = {
  searchDefault: 10,
  searchMax: 50,
  searchQueryMaxLength: 200,
  mentionSentences: 200,
  evidenceSentences: 50,
  /** Articles listed under the sources of one fact at most (the counts are exact beyond it). */
  factSourceArticles: 500,
  expandDefault: 100,
  expandMax: 1000,
  expandIdsMax: 100,
  expandExcludeMax: 10_000,
  /** Relationships returned with one expansion at most. */
  expandRelationshipsMax: 5000,
  /** Relationships between the seeds and one neighbour at most (parallel relationships). */
  expandRelationshipsPerNeighbour: 50,
  /** Up to this many relationships on the seeds, `total` is an exact count of distinct neighbours. */
  expandExactUpTo: 1000,
  /** Node ids, and relationship ids, of one request for full elements at most. */
  elementsMax: 5000,
  pathsHopsDefault: 6,
  pathsHopsMax: 8,
  pathsMax: 25,
  articlesMax: 1000,
  /** Relationships of one article's graph at most. */
  articleGraphRelationships: 5000,
  /** Entity ids and slugs asked about in one "reported" request at most. */
  reportedIdsMax: 20_000,
  /** Entities of the opening view when the client does not say (about what 1440×900 shows readably). */
  startViewDefault: 70,
  /** Entities of the opening view at most ("Show more" stops there). */
  startViewNodes: 300,
  startViewRelationships: 5000,
  /** The longest place name the gazetteer is asked about. */
  placeNameMaxLength: 200,
  placeCandidatesDefault: 10,
  placeCandidatesMax: 50,
} as const;
