import { join } from "node:path";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import type { MachineInfo } from "../measure/machine.ts";
import { readMarkedSection, writeMarkedSection } from "../markedSection.ts";
import type { FaultRow } from "./types.ts";

const FILE = join(projectRoot, "BENCHMARKS.md");
const START = "<!-- faults:start -->";
const END = "<!-- faults:end -->";

export interface SectionRows {
  title: string;
  rows: FaultRow[];
  /** Why the section gave no rows (it could not run here), said instead of a table. */
  skipped?: string;
}

export interface FaultsRun {
  date: string;
  machine: MachineInfo;
  load: number[];
  sections: SectionRows[];
}

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export function faultsTable(rows: readonly FaultRow[]): string[] {
  return [
    "| fault | outcome | result |",
    "| --- | --- | --- |",
    ...rows.map((r) => `| ${cell(r.fault)} | ${cell(r.outcome)} | ${r.pass ? "pass" : "**FAIL**"} |`),
  ];
}

/** The tables of the section now in BENCHMARKS.md, by title, for the sections a run with --only skips. */
export function keptTables(): Map<string, string[]> {
  const current = readMarkedSection(FILE, START, END) ?? "";
  const kept = new Map<string, string[]>();
  for (const block of current.replace(END, "").split("\n### ").slice(1)) {
    const [title = "", ...body] = block.trimEnd().split("\n");
    kept.set(title, body);
  }
  return kept;
}

/** The section: `order` lists every title; those this run did not measure keep their earlier table. */
export function faultsSection(run: FaultsRun, order: readonly string[], kept: Map<string, string[]>): string {
  const m = run.machine;
  const blocks = order.flatMap((title) => {
    const section = run.sections.find((s) => s.title === title);
    const stamp = `Run on ${run.date}, load average (1 min) ${run.load[0]}.`;
    if (section?.skipped) return [[`### ${title}`, "", `${stamp} Not run here: ${section.skipped}`]];
    if (section) return [[`### ${title}`, "", stamp, "", ...faultsTable(section.rows)]];
    const earlier = kept.get(title);
    return earlier ? [[`### ${title}`, ...earlier]] : [];
  });
  const rows = blocks.flat().filter((line) => /\| (pass|\*\*FAIL\*\*) \|$/.test(line));
  const passed = rows.filter((line) => line.endsWith("| pass |")).length;
  const measured = run.sections.map((s) => s.title);
  const lines = [
    START,
    "## Faults",
    "",
    `Written by \`npm run faults\` (the last run, on ${run.date}: ${measured.join("; ")}; each table says when it was run). Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}; load average (1, 5, 15 min) at the end: ${run.load.join(", ")}. Each fault is tried on servers of the run's own (a local Neo4j, the server as a child process started as npm start runs it, CoreNLP where it is asked), then the next start reconciles and the files and the graph are checked: every annotation.json, meta.json and draft.json parses, each article's graph hash (sourceHash) equals its files' hash, no article is in the graph without its folder, and no visible folder is partial. ${passed} of ${rows.length} faults passed.`,
  ];
  for (const block of blocks) lines.push("", ...block);
  lines.push(END);
  return lines.join("\n");
}

export function writeFaultsSection(section: string): void {
  writeMarkedSection(FILE, START, END, section);
}

/** The section as it stands in BENCHMARKS.md, for `npm run bench` to keep when it rewrites the file. */
export function currentFaultsSection(): string | undefined {
  return readMarkedSection(FILE, START, END);
}
