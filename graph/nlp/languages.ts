/**
 * The languages the one CoreNLP server reads, each with its own pipeline
 * chosen per request. The properties are constant per language: the server
 * builds one pipeline per distinct set (10-14 s each) and keeps it, so the
 * article's date goes as the server's own `date` parameter, never here.
 */

/**
 * English: depparse gives the grammar the relations are read from; coref
 * (the statistical system, which needs only the dependency parse: the
 * deterministic one needs the constituency parser and took about 2.4 times its CPU
 * here) ties "he" and "the country" to the names they stand for.
 */
export const ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";
export const COREF_ALGORITHM = "statistical";
/** The properties of every English request. */
export const PIPELINE_PROPERTIES = { annotators: ANNOTATORS, "coref.algorithm": COREF_ALGORITHM };

/**
 * French (the models-french jar): the server starts from its
 * StanfordCoreNLP-french.properties (`pipelineLanguage`). It has no lemmatizer,
 * no coreference and no SUTime: verbs are matched by their stem and dates are
 * read by the rules (graph/suggest/frenchDates.ts).
 */
export const FRENCH_ANNOTATORS = "tokenize,ssplit,mwt,pos,ner,depparse";
export const FRENCH_PROPERTIES = { pipelineLanguage: "fr", annotators: FRENCH_ANNOTATORS };

export type NlpLanguage = "en" | "fr";

/**
 * The server's heap. Measured here (2 cores): with both pipelines built and a
 * 9,500-character chunk of each language read twice at once, 2.0 GB stayed
 * live after a full collection (English alone fits in 2 GB), so 3 GB once
 * French is installed.
 */
export function defaultHeap(frenchInstalled: boolean): string {
  return frenchInstalled ? "3g" : "2g";
}

/** The pipeline for a language tag ("fr", "fr-CA", "en-GB"); undefined when CoreNLP has none here. */
export function pipelineLanguage(tag: string | undefined): NlpLanguage | undefined {
  const base = (tag ?? "en").toLowerCase().split(/[-_]/)[0];
  return base === "en" || base === "fr" ? base : undefined;
}

export function requestProperties(language: NlpLanguage): Record<string, string> {
  return language === "fr" ? FRENCH_PROPERTIES : PIPELINE_PROPERTIES;
}
