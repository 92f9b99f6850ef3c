import type { GraphReader, SuggestContext } from "../../graph/suggest/suggestRun.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";
import { median } from "../speed/commands.ts";
import { FRENCH_PROPERTIES } from "../../graph/nlp/languages.ts";
import { bareFrenchNer, bareNerDraft } from "./frenchAnchor.ts";

/** The bare request with the annotators the French suggestion asks for: what CoreNLP alone costs it. */
const PARSE_PROPERTIES = { ...FRENCH_PROPERTIES, outputFormat: "json" };
import {
  type AbsentText,
  type Half,
  type RealNewsCounts,
  type RealNewsText,
  addCounts,
  emptyCounts,
  measureRealNews,
  readRealNews,
} from "./realnews.ts";

export interface FrenchEvaluation {
  /** The suggestions on the French excerpts, each half summed. */
  realNews: Record<Half, RealNewsCounts>;
  /** CoreNLP's bare French NER on the same texts, scored the same way; absent when it could not be asked. */
  anchor?: Record<Half, RealNewsCounts>;
  /** Why the bare request failed (French models not installed, say). */
  anchorError?: string;
  /** Texts of the set that are not here or differ from the excerpt annotated. */
  absent: AbsentText[];
  /** A warm French article of about 1,000 words: the suggestion against the bare French request. */
  timing?: {
    words: number;
    runs: number;
    suggestMedianMs: number;
    bareMedianMs: number;
    /** The bare request with the suggestion's own annotators (the dependency parse too). */
    bareParseMedianMs: number;
  };
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The French excerpts one after the other, as paragraphs, until they make 1,000 words. */
function thousandFrenchWords(texts: readonly RealNewsText[]): { text: string; words: number } {
  let text = "";
  for (const t of texts) {
    if (countWords(text) >= 1000) break;
    text += `${text ? "\n\n" : ""}${t.text.trim()}`;
  }
  return { text, words: countWords(text) };
}

/**
 * Suggests on each French excerpt against the graph as it stands (the seed
 * article loaded), in French, and asks CoreNLP's bare French NER for the
 * anchor; then times a warm 1,000-word French article both ways.
 */
export async function evaluateFrench(
  db: GraphReader,
  nlpUrl: string,
  warmRuns: number,
  log: (line: string) => void,
): Promise<FrenchEvaluation> {
  const { texts, absent } = readRealNews("fr");
  for (const a of absent) log(`French excerpt ${a.half}/${a.slug} not measured: ${a.reason} (${a.url}).`);
  // The article's language goes in the context: the suggestion reads French with the French pipeline and word lists.
  const context: SuggestContext & { language?: string } = { db, nlpUrl, language: "fr" };
  const realNews: Record<Half, RealNewsCounts> = { tune: emptyCounts(), heldback: emptyCounts() };
  const anchor: Record<Half, RealNewsCounts> = { tune: emptyCounts(), heldback: emptyCounts() };
  let anchorError: string | undefined;
  for (const item of texts) {
    let draft = await suggestDraft(item.text, context);
    if (!draft.engines.includes("corenlp")) draft = await suggestDraft(item.text, context);
    const counts = measureRealNews(item, draft);
    if (!draft.engines.includes("corenlp")) counts.fallbacks.push(item.slug);
    realNews[item.half] = addCounts(realNews[item.half], counts);
    if (anchorError) continue;
    try {
      anchor[item.half] = addCounts(
        anchor[item.half],
        measureRealNews(item, bareNerDraft(await bareFrenchNer(nlpUrl, item.text))),
      );
    } catch (error) {
      anchorError = (error as Error).message;
    }
  }
  let timing: FrenchEvaluation["timing"];
  if (warmRuns > 0 && texts.length > 0 && !anchorError) {
    const timed = thousandFrenchWords(texts);
    // One run each first: the French pipeline and the graph's caches are warm for the timed ones.
    await suggestDraft(timed.text, context);
    await bareFrenchNer(nlpUrl, timed.text);
    await bareFrenchNer(nlpUrl, timed.text, PARSE_PROPERTIES);
    const suggestTimes: number[] = [];
    const bareTimes: number[] = [];
    const parseTimes: number[] = [];
    for (let i = 0; i < warmRuns; i++) {
      let t = performance.now();
      await suggestDraft(timed.text, context);
      suggestTimes.push(performance.now() - t);
      t = performance.now();
      await bareFrenchNer(nlpUrl, timed.text);
      bareTimes.push(performance.now() - t);
      t = performance.now();
      await bareFrenchNer(nlpUrl, timed.text, PARSE_PROPERTIES);
      parseTimes.push(performance.now() - t);
    }
    timing = {
      words: timed.words,
      runs: warmRuns,
      suggestMedianMs: Math.round(median(suggestTimes)),
      bareMedianMs: Math.round(median(bareTimes)),
      bareParseMedianMs: Math.round(median(parseTimes)),
    };
  }
  return { realNews, ...(anchorError ? { anchorError } : { anchor }), absent, ...(timing ? { timing } : {}) };
}
