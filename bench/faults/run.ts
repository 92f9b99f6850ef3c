import { loadavg } from "node:os";
import { machineInfo } from "../measure/machine.ts";
import { type SectionRows, faultsSection, faultsTable, keptTables, writeFaultsSection } from "./report.ts";
import type { FaultSection } from "./types.ts";

/** A section that cannot run on this machine says why by throwing this (the table then says it instead). */
export class FaultsSkipped extends Error {
  override name = "FaultsSkipped";
}

/**
 * Runs each section in turn (each starts and stops its own servers), prints
 * its table as it finishes, and writes the Faults section of BENCHMARKS.md
 * (`all` in order; the tables of those not run are kept from the file).
 * Returns how many faults failed.
 */
export async function runFaults(
  all: readonly FaultSection[],
  sections: readonly FaultSection[],
  log: (line: string) => void,
): Promise<number> {
  const results: SectionRows[] = [];
  for (const section of sections) {
    log(`\n${section.title}`);
    try {
      const rows = await section.run((line) => log(`  ${line}`));
      results.push({ title: section.title, rows });
      for (const line of faultsTable(rows)) log(line);
    } catch (error) {
      if (!(error instanceof FaultsSkipped)) throw error;
      log(`  Not run here: ${error.message}`);
      results.push({ title: section.title, rows: [], skipped: error.message });
    }
  }
  const run = {
    date: new Date().toISOString().slice(0, 10),
    machine: machineInfo(),
    load: loadavg().map((n) => Math.round(n * 100) / 100),
    sections: results,
  };
  writeFaultsSection(
    faultsSection(
      run,
      all.map((s) => s.title),
      keptTables(),
    ),
  );
  return results.flatMap((s) => s.rows).filter((r) => !r.pass).length;
}
