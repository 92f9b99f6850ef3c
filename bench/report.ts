import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { currentSuggestSection } from "./suggest/report.ts";
import { join } from "node:path";
import { projectRoot } from "../graph/neo4j/local/paths.ts";
import type { MachineInfo } from "./measure/machine.ts";
import type { Results } from "./results.ts";

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
  memory: "Memory",
  timeline: "Timeline bins under load",
};

const num = (v: number) =>
  Number.isInteger(v) ? v.toLocaleString("en-US") : v.toLocaleString("en-US", { maximumFractionDigits: 2 });
const esc = (text: string) => text.replace(/\|/g, "\\|");

interface Saved extends RunInfo {
  figures: Results["figures"];
  targets: Results["targets"];
  missing: Results["missing"];
  /** Runs whose sections this file keeps because later runs did not measure them. */
  carried?: { date: string; command: string; sections: string[] }[];
}

/**
 * The results of this run, with the sections it did not run kept from the
 * file before (a run of one section leaves the others' figures as they were).
 */
function mergedResults(results: Results, run: RunInfo, file: string): Saved {
  const fresh: Saved = {
    ...run,
    figures: results.figures,
    targets: results.targets,
    missing: results.missing,
  };
  if (!existsSync(file)) return fresh;
  const before = JSON.parse(readFileSync(file, "utf8")) as Saved;
  const kept = (section: string) => !run.sections.includes(section);
  const keptSections = [...new Set(before.figures.map((f) => f.section).filter(kept))];
  if (keptSections.length === 0) return fresh;
  const carried = [
    ...(before.carried ?? []).map((c) => ({ ...c, sections: c.sections.filter(kept) })),
    { date: before.date, command: before.command, sections: before.sections.filter(kept) },
  ].filter((c) => c.sections.length > 0);
  return {
    ...fresh,
    figures: [...before.figures.filter((f) => kept(f.section)), ...results.figures],
    targets: [...before.targets.filter((t) => kept(t.section)), ...results.targets],
    missing: [...before.missing.filter((m) => kept(m.section)), ...results.missing],
    carried,
  };
}

/**
 * The "### " parts a section of the previous BENCHMARKS.md holds after its
 * table (notes on separate runs): kept under the same section.
 */
function keptSubsections(previous: string, title: string): string | null {
  const start = previous.indexOf(`\n## ${title}\n`);
  if (start < 0) return null;
  const end = previous.indexOf("\n## ", start + 1);
  const section = previous.slice(start, end < 0 ? undefined : end);
  const sub = section.indexOf("\n### ");
  return sub < 0 ? null : section.slice(sub + 1).trim();
}

export function writeResults(fresh: Results, run: RunInfo, notes: string): void {
  const markdown = join(projectRoot, "BENCHMARKS.md");
  const previous = existsSync(markdown) ? readFileSync(markdown, "utf8") : "";
  const file = join(projectRoot, "bench", "results.json");
  const results = mergedResults(fresh, run, file);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
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
  for (const c of results.carried ?? []) {
    lines.push(`- Kept from the run of ${c.date} (\`${c.command}\`): sections ${c.sections.join(", ")}`);
  }
  lines.push("");
  lines.push("## Targets", "");
  lines.push(
    "| section | target | figure | threshold | result | what limits it |",
    "| --- | --- | ---: | --- | --- | --- |",
  );
  for (const t of results.targets) {
    lines.push(
      `| ${t.section} | ${esc(t.target)} | ${num(t.value)} ${t.unit} | ${t.threshold} | ${t.pass ? "pass" : "**FAIL**"} | ${esc(t.limit ?? "")} |`,
    );
  }
  if (results.missing.length > 0) {
    lines.push("", "Not measured in this run:", "");
    for (const m of results.missing) lines.push(`- ${m.section}: ${m.what}: ${m.why}`);
  }
  for (const [section, title] of Object.entries(SECTION_TITLES)) {
    const figures = results.figures.filter((f) => f.section === section);
    if (figures.length === 0) continue;
    lines.push("", `## ${title}`, "", "| figure | value | load | note |", "| --- | ---: | ---: | --- |");
    for (const f of figures)
      lines.push(`| ${esc(f.name)} | ${num(f.value)} ${f.unit} | ${f.load} | ${esc(f.note ?? "")} |`);
    const kept = keptSubsections(previous, title);
    if (kept) lines.push("", kept);
  }
  lines.push("", notes.trim(), "");
  // The suggestion-quality section is written by `npm run eval -- suggest`: keep it.
  const suggest = currentSuggestSection();
  if (suggest) lines.push(suggest, "");
  writeFileSync(markdown, lines.join("\n"));
}
