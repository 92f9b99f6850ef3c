import { readMarkedSection, writeMarkedSection } from "../markedSection.ts";
import { join } from "node:path";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import type { SpeedFigures } from "./measure.ts";
import { ANNOTATORS } from "../../graph/nlp/languages.ts";

const FILE = join(projectRoot, "BENCHMARKS.md");
const START = "<!-- suggest-speed:start -->";
const END = "<!-- suggest-speed:end -->";
const LIMIT = 1.5;

export interface SpeedTarget {
  name: string;
  ratio: number;
  pass: boolean;
  /** What limits it, said when it is missed. */
  limit: string;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export function speedTargets(f: SpeedFigures): SpeedTarget[] {
  const target = (name: string, value: number, limit: string): SpeedTarget => ({
    name,
    ratio: value,
    pass: value <= LIMIT,
    limit: value <= LIMIT ? "" : limit,
  });
  const start = f.suggestCli - f.suggest;
  return [
    target(
      "POST /api/articles ÷ the suggestion",
      ratio(f.addRoute, f.suggest),
      "writing the folder and the duplicate check",
    ),
    target(
      "`npm run add` ÷ the suggestion",
      ratio(f.addCli, f.suggest),
      `a new process each time: npm, Node and tsx starting and Neo4j connecting cost about ${Math.round(start / 100) / 10} s (as much for \`npm run suggest\`: ${ratio(f.addCli, f.suggestCli)}× it)`,
    ),
    target(
      "Suggest again (server route, warm) ÷ the bare CoreNLP request",
      ratio(f.suggestRoute, f.bareNlp),
      "reading CoreNLP's answer, the rules and the graph's names",
    ),
  ];
}

const num = (n: number) => n.toLocaleString("en-US");

export function speedSection(f: SpeedFigures): string {
  const rows = speedTargets(f).map(
    (t) => `| ${t.name} | ${t.ratio} | ≤ ${LIMIT} | ${t.pass ? "pass" : "FAIL"} | ${t.limit} |`,
  );
  return [
    START,
    "## Suggestion speed",
    "",
    `Written by \`npm run eval -- speed\` on ${f.date}. The seed article (${num(f.words)} words) is suggested every way a user can ask for it, against a fresh local Neo4j holding it and a CoreNLP server of the run's own, all warmed once; each figure is the median of ${f.runs} runs taken in turn. Every add and suggestion has a publication date not seen before, so a cost per date would show. Load average (1, 5, 15 min) at the end: ${f.load.join(", ")} (2 cores): on a machine this busy the absolute times are long, and the targets use the ratios of runs taken in turn.`,
    "",
    "| target | ratio | threshold | result | what limits it |",
    "| --- | ---: | --- | --- | --- |",
    ...rows,
    "",
    "| figure | median |",
    "| --- | ---: |",
    `| bare CoreNLP request (same text, annotators \`${ANNOTATORS}\`) | ${num(f.bareNlp)} ms |`,
    `| the suggestion in process (CoreNLP, the rules, the graph's names and links) | ${num(f.suggest)} ms |`,
    `| the suggestion without the graph | ${num(f.suggestNoGraph)} ms |`,
    `| Suggest again (POST /api/articles/:slug/suggest) | ${num(f.suggestRoute)} ms |`,
    `| POST /api/articles | ${num(f.addRoute)} ms |`,
    `| \`npm run add\` (a new process) | ${num(f.addCli)} ms |`,
    `| \`npm run suggest\` (a new process) | ${num(f.suggestCli)} ms |`,
    "",
    "The publication date goes to CoreNLP as the server's `date` parameter: the request properties are the same for every article, so the server builds its pipeline once. Sent in the properties (`ner.docdate.useFixedDate`), each new date built a pipeline of its own: 10-14 s each with the named entities alone, and with the parse and coreference a second pipeline no longer fits the default 2 GB heap (CoreNLP ran out of memory here), so that measurement is no longer run.",
    END,
  ].join("\n");
}

/** The section in BENCHMARKS.md, replaced in place (or appended); the rest of the file is kept. */
export function writeSpeedSection(section: string): void {
  writeMarkedSection(FILE, START, END, section);
}

/** The section as it stands in BENCHMARKS.md, for `npm run bench` to keep when it rewrites the file. */
export function currentSpeedSection(): string | undefined {
  return readMarkedSection(FILE, START, END);
}
