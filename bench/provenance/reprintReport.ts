import { join } from "node:path";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import {
  ALIGNED_SENTENCES,
  ALIGNED_SHARE,
  ALIGNMENT_FLOOR,
  REPRINT_THRESHOLD,
} from "../../graph/provenance/reprints.ts";
import { readMarkedSection, writeMarkedSection } from "../markedSection.ts";
import type { HalfEvaluation } from "./evaluateReprints.ts";

const FILE = join(projectRoot, "BENCHMARKS.md");
const START = "<!-- reprints-eval:start -->";
const END = "<!-- reprints-eval:end -->";

interface ReprintTarget {
  name: string;
  value: number;
  threshold: number;
  pass: boolean;
}

export function reprintTargets(e: HalfEvaluation): ReprintTarget[] {
  const target = (name: string, value: number, threshold: number) => ({
    name,
    value,
    threshold,
    pass: value >= threshold,
  });
  return [
    target("reprint pair precision", e.pairs.precision, 0.95),
    target("reprint pair recall", e.pairs.recall, 0.9),
    target("wire credit accuracy", e.credits.accuracy, 0.9),
  ];
}

/** Each miss with the reader's note on the articles it joins, so that the kind of miss shows. */
export function missLines(e: HalfEvaluation): string[] {
  const noted = (pair: string) =>
    pair
      .split(" ~ ")
      .map((key) => e.notes.get(key))
      .filter(Boolean)
      .join("; ");
  const withNote = (pair: string, extra = "") => {
    const note = noted(pair);
    return `${pair}${extra}${note ? ` (${note})` : ""}`;
  };
  return [
    `missed reprint pairs (${e.pairs.missed.length}):`,
    ...e.pairs.missed.map((p) => `  ${withNote(p)}`),
    `wrong reprint pairs (${e.pairs.wrong.length}):`,
    ...e.pairs.wrong.map((p) => {
      const shared = e.shared.get(p);
      return `  ${withNote(p, shared === undefined ? " (joined through a chain)" : `, ${shared}% shared`)}`;
    }),
    `wire credit misses (${e.credits.misses.length}):`,
    ...e.credits.misses.map(
      (m) => `  ${m.article}: credited ${m.gold ?? "to none"}, found ${m.found ?? "none"}`,
    ),
  ];
}

export function halfLines(e: HalfEvaluation): string[] {
  return [
    `${e.half}: ${e.clusters} clusters (${e.languages}), ${e.articles} articles, ${e.pairs.gold} gold reprint pairs`,
    ...reprintTargets(e).map(
      (t) => `  ${t.pass ? "pass" : "FAIL"}  ${t.name}: ${t.value} (target ≥ ${t.threshold})`,
    ),
    `  pairs: ${e.pairs.correct} of ${e.pairs.gold} found, ${e.pairs.predicted} predicted; derived pairs linked: ${e.derived.linked} of ${e.derived.pairs}`,
    `  wire credits: precision ${e.credits.precision}, recall ${e.credits.recall} (${e.credits.articles} articles)`,
  ];
}

const row = (label: string, tune: string | number, heldback: string | number) =>
  `| ${label} | ${tune} | ${heldback} |`;

export function reprintSection(date: string, commit: string, halves: HalfEvaluation[]): string {
  const [tune, held] = halves as [HalfEvaluation, HalfEvaluation];
  const target = (i: number, e: HalfEvaluation) => {
    const t = reprintTargets(e)[i]!;
    return `${t.value} (${t.pass ? "pass" : "**FAIL**"})`;
  };
  const listMisses = (e: HalfEvaluation) => {
    const lines = missLines(e).filter((l) => l.startsWith("  "));
    return lines.length ? lines.map((l) => `- ${l.trim()}`) : ["- none"];
  };
  return [
    START,
    "## Reprint detection and wire credits on real news",
    "",
    `Written by \`npm run eval -- reprints\` on ${date} (commit ${commit}). The set (\`bench/provenance/reprints/\`, see its README) holds ${tune.articles + held.articles} news texts in ${tune.clusters + held.clusters} clusters, English and French: copies of one dispatch on different sites with their own furniture, headlines and trims, beside other outlets' reports of the same events and other stories of the same agencies. It was split before any detector ran into a half the rules may be adjusted on (tune) and a half they never are (held-back). Each half is written as the article folders of one corpus and its provenance worked out as \`npm run load\` does (the reprint index over every text, each article detected against all the others); articles joined by a chain of the detector's "reprint of" links (\`graph/provenance/reprints.ts\`: ${REPRINT_THRESHOLD}% of the shorter text's shingles shared, or ${ALIGNMENT_FLOOR}% with ${ALIGNED_SENTENCES} or more of its sentences matched in order holding ${ALIGNED_SHARE}% of its words) count as one dispatch. Pairs the reader judged derived (a rewrite, an agency's own summary) count in neither precision nor recall.`,
    "",
    "| figure | tune | held-back |",
    "| --- | ---: | ---: |",
    row("clusters / articles", `${tune.clusters} / ${tune.articles}`, `${held.clusters} / ${held.articles}`),
    row("gold reprint pairs", tune.pairs.gold, held.pairs.gold),
    row("reprint pair precision (target ≥ 0.95)", target(0, tune), target(0, held)),
    row("reprint pair recall (target ≥ 0.9)", target(1, tune), target(1, held)),
    row("wire credit accuracy (target ≥ 0.9)", target(2, tune), target(2, held)),
    row(
      "wire credits: precision / recall",
      `${tune.credits.precision} / ${tune.credits.recall}`,
      `${held.credits.precision} / ${held.credits.recall}`,
    ),
    row(
      "derived pairs linked (not counted)",
      `${tune.derived.linked} of ${tune.derived.pairs}`,
      `${held.derived.linked} of ${held.derived.pairs}`,
    ),
    "",
    "Misses on the tune half:",
    "",
    ...listMisses(tune),
    "",
    "Misses on the held-back half (reported, never used to change the rules):",
    "",
    ...listMisses(held),
    END,
  ].join("\n");
}

export function writeReprintSection(section: string): void {
  writeMarkedSection(FILE, START, END, section);
}

/** The section as it stands in BENCHMARKS.md, for `npm run bench` to keep when it rewrites the file. */
export function currentReprintSection(): string | undefined {
  return readMarkedSection(FILE, START, END);
}
