import { Command } from "commander";
import { evaluateSuggest } from "../bench/suggest/evaluate.ts";
import { suggestSection, suggestTargets, writeSuggestSection } from "../bench/suggest/report.ts";
import { execFileSync } from "node:child_process";
import { realNewsLines, writeBaseline } from "../bench/suggest/realnewsReport.ts";
import { frenchLines } from "../bench/suggest/frenchReport.ts";
import { measureSpeed } from "../bench/speed/measure.ts";
import { speedSection, speedTargets, writeSpeedSection } from "../bench/speed/report.ts";
import { evaluateHalf } from "../bench/provenance/evaluateReprints.ts";
import {
  halfLines,
  missLines,
  reprintSection,
  writeReprintSection,
} from "../bench/provenance/reprintReport.ts";
import { HALVES, readReprintSet } from "../bench/provenance/reprintSet.ts";
import { runMain } from "./lib/cli.ts";

const program = new Command("eval")
  .description("Measure the quality of what Dossier suggests.")
  .showHelpAfterError();

program
  .command("suggest")
  .description(
    "suggest on the seed article against a graph without it, compare with its hand annotation, measure linking and time; writes a section of BENCHMARKS.md",
  )
  .option("--no-write", "print the figures without writing BENCHMARKS.md")
  .option("--skip-timing", "leave out the timed warm runs (quality figures only; the section says so)")
  .option("--save-baseline", "keep this run's real-news figures as the baseline the section compares with")
  .action(async (opts: { write: boolean; saveBaseline?: boolean; skipTiming?: boolean }) => {
    // The commit whose code runs: taken before, since commits may follow while it runs.
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const evaluation = await evaluateSuggest(
      (line) => console.log(line),
      opts.skipTiming ? { warmRuns: 0 } : {},
    );
    for (const t of suggestTargets(evaluation)) {
      console.log(
        `${t.pass ? "pass" : "FAIL"}  ${t.name}: ${t.value}${t.unit ? ` ${t.unit}` : ""} (target ${t.threshold})`,
      );
    }
    console.log(`missed named: ${evaluation.quality.named.missed.join(", ") || "none"}`);
    const h = evaluation.heldOut;
    console.log(
      `held-out text: named recall ${h.named.recall}, precision ${h.named.precision} (missed: ${h.named.missed.join(", ") || "none"}); pair recall ${h.relations.pairRecall}, ${h.relations.perGold} suggestions per gold relation`,
    );
    console.log(`missed relation pairs (${evaluation.quality.relations.missedPairs.length}):`);
    for (const p of evaluation.quality.relations.missedPairs) console.log(`  ${p}`);
    for (const line of realNewsLines(evaluation.realNews)) console.log(line);
    for (const line of frenchLines(evaluation.french)) console.log(line);
    if (opts.saveBaseline) {
      writeBaseline({ date: evaluation.date, commit, realNews: evaluation.realNews });
      console.log("Kept the real-news figures as the baseline.");
    }
    if (opts.write) {
      writeSuggestSection(suggestSection(evaluation));
      console.log("Wrote the suggestion section of BENCHMARKS.md.");
    }
  });

program
  .command("speed")
  .description(
    "time the suggestion every way a user asks for it (npm run add, POST /api/articles, Suggest again) against the bare CoreNLP request; writes a section of BENCHMARKS.md",
  )
  .option("--no-write", "print the figures without writing BENCHMARKS.md")
  .action(async (opts: { write: boolean }) => {
    const figures = await measureSpeed((line) => console.log(line));
    console.log(JSON.stringify(figures, null, 2));
    for (const t of speedTargets(figures)) {
      console.log(
        `${t.pass ? "pass" : "FAIL"}  ${t.name}: ${t.ratio} (target ≤ 1.5)${t.limit ? `; ${t.limit}` : ""}`,
      );
    }
    if (opts.write) {
      writeSpeedSection(speedSection(figures));
      console.log("Wrote the suggestion speed section of BENCHMARKS.md.");
    }
  });

program
  .command("reprints")
  .description(
    "detect reprints and wire credits on the real-news reprint set (tune and held-back halves apart); writes a section of BENCHMARKS.md",
  )
  .option("--no-write", "print the figures without writing BENCHMARKS.md")
  .action((opts: { write: boolean }) => {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const clusters = readReprintSet();
    const halves = HALVES.map((half) =>
      evaluateHalf(
        half,
        clusters.filter((c) => c.half === half),
      ),
    );
    for (const e of halves) for (const line of [...halfLines(e), ...missLines(e)]) console.log(line);
    if (opts.write) {
      writeReprintSection(reprintSection(new Date().toISOString().slice(0, 10), commit, halves));
      console.log("Wrote the reprint section of BENCHMARKS.md.");
    }
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
