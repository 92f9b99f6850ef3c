import type { DuplicateSide, DuplicatesResponse } from "../contract/duplicates.ts";
import { sameAsOf } from "./applySameAs.ts";
import { type CandidatePair, findCandidates } from "./candidates.ts";
import { type CorpusEntity, corpusEntities } from "./corpusEntities.ts";
import { readDecisions } from "./decisionsFile.ts";
import { entityQuotes } from "./quotes.ts";

function side(articlesDir: string, e: CorpusEntity): DuplicateSide {
  return {
    id: e.id,
    name: e.name,
    labels: e.labels,
    aliases: e.aliases,
    articles: e.draft ? 0 : e.articles.length,
    draft: e.draft,
    quotes: entityQuotes(articlesDir, e),
  };
}

/** Every candidate pair of the corpus (graph and drafts), without quotes: what the bench and the tests weigh. */
export function corpusCandidates(articlesDir: string): { pairs: CandidatePair[]; compared: number } {
  const decisions = readDecisions(articlesDir);
  const entities = corpusEntities(articlesDir, sameAsOf(decisions));
  return { pairs: findCandidates(entities, { notSame: decisions.notSame }), compared: entities.length };
}

/** The `limit` strongest candidate pairs with the quotes of both sides: GET /api/duplicates and `npm run duplicates`. */
export function listDuplicates(articlesDir: string, limit: number): DuplicatesResponse {
  const { pairs, compared } = corpusCandidates(articlesDir);
  return {
    compared,
    candidates: pairs.slice(0, limit).map((p) => ({
      a: side(articlesDir, p.a),
      b: side(articlesDir, p.b),
      score: p.score,
      reasons: p.reasons,
    })),
  };
}
