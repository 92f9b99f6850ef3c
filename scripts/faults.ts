import { Command, InvalidArgumentError } from "commander";
import { FAULT_SECTIONS } from "../bench/faults/registry.ts";
import { runFaults } from "../bench/faults/run.ts";
import { runMain } from "./lib/cli.ts";

const names = Object.keys(FAULT_SECTIONS);

function sectionList(value: string): string[] {
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!names.includes(item))
      throw new InvalidArgumentError(`"${item}" is not a section: use ${names.join(", ")}.`);
  }
  return items;
}

const program = new Command("faults")
  .description(
    "Try faults (full disk, kill -9 mid-write, special files, runaway workbench queries, a 1 MB article) on servers of the run's own; prints the table and writes the Faults section of BENCHMARKS.md.",
  )
  .option(
    "--only <list>",
    `sections to run (the others keep their earlier table): ${names.join(", ")}`,
    sectionList,
    names,
  )
  .action(async (opts: { only: string[] }) => {
    const failed = await runFaults(
      Object.values(FAULT_SECTIONS),
      opts.only.map((name) => FAULT_SECTIONS[name]!),
      (line) => console.log(line),
    );
    console.log(
      `\n${failed === 0 ? "Every fault passed" : `${failed} fault(s) failed`}; BENCHMARKS.md's Faults section is written.`,
    );
    if (failed > 0) process.exitCode = 1;
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
