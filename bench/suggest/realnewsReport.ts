import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { HALVES, type Half, type RealNewsCounts, type RealNewsLanguage } from "./realnews.ts";

/** Figures of the real-news halves before the rules were changed for them, kept to compare against. */
const BASELINE = new URL("./realnews/baseline.json", import.meta.url);

export interface RealNewsBaseline {
  date: string;
  commit: string;
  realNews: Record<Half, RealNewsCounts>;
}

export function readBaseline(): RealNewsBaseline | undefined {
  return existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, "utf8")) as RealNewsBaseline) : undefined;
}

export function writeBaseline(baseline: RealNewsBaseline): void {
  writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 2)}\n`);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

interface Measure {
  name: string;
  threshold: string;
  value: (c: RealNewsCounts) => number;
  pass: (v: number) => boolean;
  detail: (c: RealNewsCounts) => string;
}

/** The targets of each language's set (the French ones are issue 26's). */
const TARGETS: Record<
  RealNewsLanguage,
  { precision: number; recall: number; pairs: number; perTrue: number; linking: number }
> = {
  en: { precision: 0.9, recall: 0.92, pairs: 0.6, perTrue: 2, linking: 0.95 },
  fr: { precision: 0.9, recall: 0.9, pairs: 0.5, perTrue: 2, linking: 0.9 },
};

/** The measures of a language's real-news set, with its targets. */
export function realNewsMeasures(language: RealNewsLanguage): Measure[] {
  const t = TARGETS[language];
  return [
    {
      name: "named precision",
      threshold: `≥ ${t.precision}`,
      value: (c) => ratio(c.namedCorrect, c.namedSuggested),
      pass: (v) => v >= t.precision,
      detail: (c) => `${c.namedCorrect} of ${c.namedSuggested}`,
    },
    {
      name: "named recall",
      threshold: `≥ ${t.recall}`,
      value: (c) => ratio(c.namedFound, c.namedGold),
      pass: (v) => v >= t.recall,
      detail: (c) => `${c.namedFound} of ${c.namedGold}`,
    },
    {
      name: "pronoun, determiner or title alone as an entity",
      threshold: "0",
      value: (c) => c.bareWords,
      pass: (v) => v === 0,
      detail: () => "",
    },
    {
      name: "relation-pair recall",
      threshold: `≥ ${t.pairs}`,
      value: (c) => ratio(c.relationsFound, c.relationsGold),
      pass: (v) => v >= t.pairs,
      detail: (c) => `${c.relationsFound} of ${c.relationsGold}`,
    },
    {
      name: "suggested relations per true relation",
      threshold: `≤ ${t.perTrue}`,
      value: (c) => ratio(c.relationsSuggested, c.relationsGold),
      pass: (v) => v <= t.perTrue,
      detail: (c) => `${c.relationsSuggested} for ${c.relationsGold}`,
    },
    {
      name: "linking accuracy",
      threshold: `≥ ${t.linking}`,
      value: (c) => ratio(c.linkCorrect, c.linkChecked),
      pass: (v) => v >= t.linking,
      detail: (c) => `${c.linkCorrect} of ${c.linkChecked}`,
    },
    {
      name: "verbatim evidence",
      threshold: "100%",
      value: (c) => ratio(c.evidenceVerbatim, c.evidenceSpans),
      pass: (v) => v === 1,
      detail: (c) => `${c.evidenceVerbatim} of ${c.evidenceSpans} spans`,
    },
  ];
}

export const REAL_NEWS_MEASURES = realNewsMeasures("en");

const HALF_NAMES: Record<Half, string> = { tune: "tune half", heldback: "held-back half" };

/** One line per measure and half, for the console. */
export function realNewsLines(
  realNews: Record<Half, RealNewsCounts>,
  language: RealNewsLanguage = "en",
): string[] {
  const lines: string[] = [];
  const set = language === "fr" ? "French real news" : "real news";
  for (const half of HALVES) {
    const c = realNews[half];
    lines.push(`${set}, ${HALF_NAMES[half]} (${c.texts} texts):`);
    if (c.fallbacks.length) lines.push(`  WARNING: CoreNLP did not answer for ${c.fallbacks.join(", ")}`);
    for (const m of realNewsMeasures(language)) {
      const v = m.value(c);
      lines.push(`  ${m.pass(v) ? "pass" : "FAIL"}  ${m.name}: ${v} ${m.detail(c)} (target ${m.threshold})`);
    }
    const types = [...new Set(c.relationTypes ?? [])].sort();
    lines.push(`  distinct relationship types: ${types.length} (${types.join(", ") || "none"})`);
    lines.push(`  wrong named: ${c.wrong.join("; ") || "none"}`);
    lines.push(`  missed named: ${c.missed.join("; ") || "none"}`);
    lines.push(`  missed pairs: ${c.missedPairs.join("; ") || "none"}`);
  }
  const all = new Set(HALVES.flatMap((h) => realNews[h].relationTypes ?? []));
  lines.push(`${set}, both halves: ${all.size} distinct relationship types`);
  return lines;
}

/** The table of BENCHMARKS.md's suggestion section: each half now, and before the rules changed. */
export function realNewsTable(realNews: Record<Half, RealNewsCounts>): string[] {
  const before = readBaseline();
  const head = HALVES.flatMap((h) => [
    ...(before ? [`${HALF_NAMES[h]} before`] : []),
    `${HALF_NAMES[h]} now`,
    "result",
  ]);
  const lines = [
    `| measure | target | ${head.join(" | ")} |`,
    `| --- | --- | ${head.map(() => "---").join(" | ")} |`,
  ];
  for (const m of REAL_NEWS_MEASURES) {
    const cells = HALVES.flatMap((h) => {
      const now = m.value(realNews[h]);
      const cell = (c: RealNewsCounts) => `${m.value(c)}${m.detail(c) ? ` (${m.detail(c)})` : ""}`;
      return [
        ...(before ? [cell(before.realNews[h])] : []),
        cell(realNews[h]),
        m.pass(now) ? "pass" : "**FAIL**",
      ];
    });
    lines.push(`| ${m.name} | ${m.threshold} | ${cells.join(" | ")} |`);
  }
  if (before) {
    const sameTexts = HALVES.every((h) => before.realNews[h].texts === realNews[h].texts);
    const covers = sameTexts
      ? ""
      : `; it covers ${before.realNews.tune.texts} tune and ${before.realNews.heldback.texts} held-back texts of the ${realNews.tune.texts} and ${realNews.heldback.texts} measured now (texts added since have no "before" figures)`;
    lines.push(
      "",
      `"Before" is the run of ${before.date} at commit ${before.commit}, before any rule was changed for these texts${covers}.`,
    );
  }
  return lines;
}

/** The French table of BENCHMARKS.md: each half's suggestions beside CoreNLP's bare French NER. */
export function frenchTable(
  realNews: Record<Half, RealNewsCounts>,
  anchor?: Record<Half, RealNewsCounts>,
): string[] {
  const head = HALVES.flatMap((h) => [
    `${HALF_NAMES[h]}`,
    ...(anchor ? [`${HALF_NAMES[h]}, bare French NER`] : []),
    "result",
  ]);
  const lines = [
    `| measure | target | ${head.join(" | ")} |`,
    `| --- | --- | ${head.map(() => "---").join(" | ")} |`,
  ];
  for (const m of realNewsMeasures("fr")) {
    const cell = (c: RealNewsCounts) => `${m.value(c)}${m.detail(c) ? ` (${m.detail(c)})` : ""}`;
    const cells = HALVES.flatMap((h) => [
      cell(realNews[h]),
      ...(anchor ? [cell(anchor[h])] : []),
      m.pass(m.value(realNews[h])) ? "pass" : "**FAIL**",
    ]);
    lines.push(`| ${m.name} | ${m.threshold} | ${cells.join(" | ")} |`);
  }
  return lines;
}
