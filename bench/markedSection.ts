import { existsSync, readFileSync } from "node:fs";
import { writeFileWhole } from "../graph/files/writeWhole.ts";

/** The part of `file` between the `start` and `end` markers, markers included, or undefined. */
export function readMarkedSection(file: string, start: string, end: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const current = readFileSync(file, "utf8");
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  return from >= 0 && to > from ? current.slice(from, to + end.length) : undefined;
}

/** Replaces that part with `section` (or appends it); the rest of the file is kept. */
export function writeMarkedSection(file: string, start: string, end: string, section: string): void {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileWhole(file, next, { shownAs: "BENCHMARKS.md" });
}
