import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { currentFaultsSection } from "./faults/report.ts";
import { currentSpeedSection } from "./speed/report.ts";
import { currentReprintSection } from "./provenance/reprintReport.ts";
import { currentSuggestSection } from "./suggest/report.ts";
import { readMarkedSection } from "./markedSection.ts";
import { join } from "node:path";
import { projectRoot } from "../graph/neo4j/local/paths.ts";
import type { MachineInfo } from "./measure/machine.ts";
import type { Figure, Results, TargetResult } from "./results.ts";

export interface RunInfo {
  date: string;
  machine: MachineInfo;
  loadBefore: number[];
  loadAfter: number[];
  command: string;
  sizes: string[];
  sections: string[];
}

const SECTION_TITLES: Record<string, string> = {
  loader: "Loader throughput",
  api: "API latency under load",
  browser: "Query to screen (headless Chromium)",
  peer: "Peer renderer: sigma vs vis-network",
  map: "Map view: pan frames against the graph view",
  memory: "Memory",
  timeline: "Timeline bins under load",
  provenance: "Provenance",
  duplicates: "Possible duplicates",
  batch: "Adding a reading list",
  start: "npm start with 1,000 article folders",
  watches: "Watches checked after a publish",
};

const num = (v: number) =>
  Number.isInteger(v) ? v.toLocaleString("en-US") : v.toLocaleString("en-US", { maximumFractionDigits: 2 });
const esc = (text: string) => text.replace(/\|/g, "\\|");

/** A figure or target kept from an earlier run names that run. */
type Kept<T> = T & { run?: string };

interface Stored {
  date: string;
  command: string;
  figures: Kept<Figure>[];
  targets: Kept<TargetResult>[];
}

const runLabel = (r: { date: string; command: string }) => `${r.date.slice(0, 10)}, \`${r.command}\``;

/**
 * The figures and targets of the previous results that this run did not
 * measure again (a run with --only or other --sizes), each naming its run.
 */
function earlier(results: Results, file: string): { figures: Kept<Figure>[]; targets: Kept<TargetResult>[] } {
  if (!existsSync(file)) return { figures: [], targets: [] };
  const previous = JSON.parse(readFileSync(file, "utf8")) as Stored;
  const label = runLabel(previous);
  const figures = new Set(results.figures.map((f) => `${f.section}\n${f.name}`));
  const targets = new Set(results.targets.map((t) => `${t.section}\n${t.target}`));
  return {
    figures: previous.figures
      .filter((f) => !figures.has(`${f.section}\n${f.name}`))
      .map((f) => ({ ...f, run: f.run ?? label })),
    targets: previous.targets
      .filter((t) => !targets.has(`${t.section}\n${t.target}`))
      .map((t) => ({ ...t, run: t.run ?? label })),
  };
}

/** The hand-kept record of the test suite on fresh clones, between its markers. */
const TEST_RUNS = ["<!-- test-runs:start -->", "<!-- test-runs:end -->"] as const;

function currentTestRunsSection(): string | undefined {
  return readMarkedSection(join(projectRoot, "BENCHMARKS.md"), ...TEST_RUNS);
}

/** Hand-written subsections (`### ...`) of the current BENCHMARKS.md, by section title. */
function subsections(file: string): Map<string, string> {
  const kept = new Map<string, string>();
  if (!existsSync(file)) return kept;
  const parts = readFileSync(file, "utf8").split(/^(?=## )/m);
  for (const part of parts) {
    const title = /^## (.*)$/m.exec(part)?.[1];
    const start = part.search(/^### /m);
    if (title && start >= 0) kept.set(title, part.slice(start).trim());
  }
  return kept;
}

export function writeResults(results: Results, run: RunInfo, notes: string): void {
  const jsonFile = join(projectRoot, "bench", "results.json");
  const markdownFile = join(projectRoot, "BENCHMARKS.md");
  const before = earlier(results, jsonFile);
  const handWritten = subsections(markdownFile);
  const figures: Kept<Figure>[] = [...results.figures, ...before.figures];
  const targets: Kept<TargetResult>[] = [...results.targets, ...before.targets];
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ ...run, figures, targets, missing: results.missing }, null, 2)}\n`,
  );
  const lines: string[] = [];
  lines.push("# Benchmarks", "");
  lines.push(
    "Figures of `npm run bench` (written by it: this file and `bench/results.json`). How to reproduce and what each figure means is at the end.",
    "",
  );
  lines.push("## The run", "");
  lines.push(`- Date: ${run.date}`);
  lines.push(
    `- Machine: ${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.memoryGb} GB, ${run.machine.platform}, Node ${run.machine.node}, no GPU (Chromium renders WebGL in software, SwiftShader)`,
  );
  lines.push(
    `- Load average (1, 5, 15 min) before: ${run.loadBefore.join(", ")}; after: ${run.loadAfter.join(", ")}. Every figure below carries the 1-minute load average when it was taken.`,
  );
  lines.push(
    `- Command: \`${run.command}\` (sizes ${run.sizes.join(", ")}; sections ${run.sections.join(", ")})`,
  );
  const runs = [...new Set([...before.figures, ...before.targets].map((f) => f.run))];
  if (runs.length > 0)
    lines.push(
      `- Rows this run did not measure are kept from earlier runs, named in their note: ${runs.join("; ")}.`,
    );
  lines.push("");
  lines.push("## Targets", "");
  lines.push(
    "| section | target | figure | threshold | result | what limits it |",
    "| --- | --- | ---: | --- | --- | --- |",
  );
  const from = (f: { run?: string }, note?: string) =>
    [note, f.run ? `from the run of ${f.run}` : undefined].filter(Boolean).join("; ");
  for (const t of targets) {
    lines.push(
      `| ${t.section} | ${esc(t.target)} | ${num(t.value)} ${t.unit} | ${t.threshold} | ${t.pass ? "pass" : "**FAIL**"} | ${esc(from(t, t.limit))} |`,
    );
  }
  if (results.missing.length > 0) {
    lines.push("", "Not measured in this run:", "");
    for (const m of results.missing) lines.push(`- ${m.section}: ${m.what}: ${m.why}`);
  }
  for (const [section, title] of Object.entries(SECTION_TITLES)) {
    const rows = figures.filter((f) => f.section === section);
    if (rows.length === 0) continue;
    lines.push("", `## ${title}`, "", "| figure | value | load | note |", "| --- | ---: | ---: | --- |");
    for (const f of rows)
      lines.push(`| ${esc(f.name)} | ${num(f.value)} ${f.unit} | ${f.load} | ${esc(from(f, f.note))} |`);
    const kept = handWritten.get(title);
    if (kept) lines.push("", kept);
  }
  lines.push("", notes.trim(), "");
  // The sections written by `npm run eval -- suggest`, `-- speed` and `-- reprints` and by `npm run faults`: keep them.
  for (const section of [
    currentSuggestSection(),
    currentSpeedSection(),
    currentReprintSection(),
    currentFaultsSection(),
    currentTestRunsSection(),
  ])
    if (section) lines.push(section, "");
  writeFileSync(markdownFile, lines.join("\n"));
}
