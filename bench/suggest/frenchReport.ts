import { FRENCH_PROPERTIES } from "../../graph/nlp/languages.ts";
import type { FrenchEvaluation } from "./frenchEval.ts";
import { frenchTable, realNewsLines } from "./realnewsReport.ts";

const num = (v: number) => v.toLocaleString("en-US");
const ratio = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 10) / 10;

/** The French subsection of BENCHMARKS.md's suggestion section. */
export function frenchSection(f: FrenchEvaluation): string[] {
  const measured = f.realNews.tune.texts + f.realNews.heldback.texts;
  const fallbacks = [...f.realNews.tune.fallbacks, ...f.realNews.heldback.fallbacks];
  const lines = [
    "### French real news excerpts",
    "",
    `${measured} French news excerpts (ten outlets; defence and Russia in Africa, mining, energy, elections and the United Nations in the Sahel, Guinea and Senegal; \`bench/suggest/realnews-fr/\`), split before any suggestion was run into a tune and a held-back half, suggested in French against the graph holding the English seed article: linking counts a French name ("Russie", "Moscou", "Wagner") as right when it takes the graph's English-named entity. Beside each half, the anchor: CoreNLP's French NER alone (tokenize, ssplit, mwt, pos, ner with \`pipelineLanguage\` fr), scored the same way (it names, links nothing and relates nothing). A named entity is one whose head word (the first in French) is capitalised.${fallbacks.length ? ` CoreNLP did not answer in French for: ${fallbacks.join(", ")}.` : ""}`,
  ];
  if (f.absent.length) {
    lines.push(
      "",
      `Not measured (the texts are not redistributable and were not found here, see the set's README): ${f.absent.map((a) => `${a.half}/${a.slug} (${a.reason})`).join("; ")}.`,
    );
  }
  if (f.anchorError) lines.push("", `The bare French NER could not be asked: ${f.anchorError}`);
  lines.push("", ...frenchTable(f.realNews, f.anchor));
  if (f.timing) {
    const t = f.timing;
    lines.push(
      "",
      `A warm French article of ${num(t.words)} words (the excerpts one after the other), median of ${t.runs}: the suggestion ${num(t.suggestMedianMs)} ms, the bare French NER request ${num(t.bareMedianMs)} ms (${ratio(t.suggestMedianMs, t.bareMedianMs)}×, target 1.5×: ${ratio(t.suggestMedianMs, t.bareMedianMs) <= 1.5 ? "pass" : "**FAIL**"}). What limits it: the dependency parse the relations are read from; the bare request with the suggestion's own annotators (\`${FRENCH_PROPERTIES.annotators}\`) takes ${num(t.bareParseMedianMs)} ms, and the suggestion is ${ratio(t.suggestMedianMs, t.bareParseMedianMs)}× that (it also links against the graph and reads relations).`,
    );
  }
  return lines;
}

/** The French figures for the console. */
export function frenchLines(f: FrenchEvaluation): string[] {
  const lines = f.absent.map(
    (a) => `French excerpt not measured: ${a.half}/${a.slug}: ${a.reason} (${a.url})`,
  );
  lines.push(...realNewsLines(f.realNews, "fr"));
  if (f.anchor) lines.push(...realNewsLines(f.anchor, "fr").map((l) => `bare French NER: ${l}`));
  if (f.anchorError) lines.push(`bare French NER not measured: ${f.anchorError}`);
  if (f.timing)
    lines.push(
      `French warm ${f.timing.words}-word article: suggestion ${f.timing.suggestMedianMs} ms, bare French NER ${f.timing.bareMedianMs} ms, bare French request with the parse ${f.timing.bareParseMedianMs} ms (median of ${f.timing.runs})`,
    );
  return lines;
}
