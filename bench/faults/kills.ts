import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FAULT_POINTS, type FaultPointName } from "../../graph/process/faultPoint.ts";
import { localStatus } from "../../graph/neo4j/local/instance.ts";
import { writeLakeFolder } from "../../tests/support/reviewFixture.ts";
import type { HttpAnswer } from "../../tests/support/reviewHttp.ts";
import { checkConsistency, describeConsistency } from "./consistency.ts";
import { type FaultStack, faultStack } from "./stack.ts";
import { type Operation, describeAnswer, perform } from "./operations.ts";
import { type NlpForFaults, nlpForFaults } from "./nlp.ts";
import type { FaultRow, FaultSection } from "./types.ts";

type Victim = "server" | "Neo4j" | "CoreNLP";

/** Where each point is, as a row says it. */
const WHERE: Record<FaultPointName, string> = {
  "add:suggest": "after the input is checked, before the suggestion is asked for",
  "add:write": "after the suggestion, before the folder is written",
  "add:written": "after the folder is written, before the answer",
  "save:read": "before draft.json is read",
  "save:write": "after the checks, before draft.json is written",
  "save:written": "after draft.json is written, before the answer",
  "publish:annotation": "after the checks, before annotation.json is written",
  "publish:graph": "after annotation.json is written, before the graph is",
  "publish:loaded": "after the graph is written, before the answer",
};

interface Case {
  victim: Victim;
  operation: Operation;
  point: FaultPointName;
}

/** The server and Neo4j at three points of each write; CoreNLP where it is asked (the add). */
const CASES: Case[] = [
  ...(["server", "Neo4j"] as const).flatMap((victim) =>
    (["add", "save", "publish"] as const).flatMap((operation) =>
      FAULT_POINTS[operation].map((point) => ({ victim, operation, point })),
    ),
  ),
  ...FAULT_POINTS.add.map((point) => ({ victim: "CoreNLP" as const, operation: "add" as const, point })),
];

async function runCase(
  stack: FaultStack,
  nlp: NlpForFaults,
  c: Case,
  n: number,
  log: (line: string) => void,
) {
  const resume = join(stack.articles, "..", `resume-${n}`);
  const held = await stack.start({ point: c.point, resume });
  const answer: Promise<HttpAnswer | Error> = perform(c.operation, held.url, n).catch(
    (e: unknown) => e as Error,
  );
  await held.server.waitFor(new RegExp(`Fault point ${c.point} reached\\.`), 120_000);
  if (c.victim === "server") held.server.kill("SIGKILL");
  else {
    const pid = c.victim === "Neo4j" ? localStatus(stack.neo4j).pid : nlp.pid();
    if (pid !== undefined) process.kill(pid, "SIGKILL");
    writeFileSync(resume, "");
  }
  const answered = await answer;
  if (c.victim === "server") await held.server.exited;
  else await held.stop();
  rmSync(resume, { force: true });
  if (c.victim === "Neo4j") await stack.restartNeo4j();
  const next = await stack.start();
  const reconciled = /The graph matches the articles folder: [^\n]*/.exec(next.server.output())?.[0] ?? "";
  const consistency = await checkConsistency(stack.driver, stack.articles);
  await next.stop();
  if (c.victim === "CoreNLP") await nlp.restart();
  const draftNote = c.victim === "CoreNLP" && !(answered instanceof Error) ? engines(answered) : "";
  log(`${c.victim} ${c.point}: ${describeAnswer(answered)}; ${reconciled}`);
  return { answered, consistency, reconciled, draftNote };
}

/** The engines a draft came from, for the CoreNLP rows ("engines rules, gazetteer"). */
function engines(answer: HttpAnswer): string {
  const draft = answer.body.draft as { engines?: string[] } | undefined;
  return draft?.engines ? `; draft from ${draft.engines.join(", ")}` : "";
}

export const killsSection: FaultSection = {
  title: "kill -9 of the server, Neo4j and CoreNLP during add, save and publish",
  async run(log) {
    const nlp = await nlpForFaults(log);
    const stack = await faultStack({ nlpUrl: nlp.url, log });
    const rows: FaultRow[] = [];
    try {
      writeLakeFolder(stack.articles);
      for (const [n, c] of CASES.entries()) {
        const fault = `kill -9 of ${c.victim === "server" ? "the server" : c.victim} during ${c.operation}, ${WHERE[c.point]}`;
        try {
          const { answered, consistency, draftNote } = await runCase(stack, nlp, c, n, log);
          // A lost add: the answer said 201 but no folder holds it (the consistency check covers the rest).
          const lost =
            c.operation === "add" &&
            !(answered instanceof Error) &&
            answered.status === 201 &&
            !existsSync(join(stack.articles, answered.body.slug as string));
          rows.push({
            fault,
            outcome: `answer ${describeAnswer(answered)}${draftNote}; after the next start ${describeConsistency(consistency)}${lost ? "; THE ADDED FOLDER IS MISSING" : ""}`,
            pass: consistency.ok && !lost,
          });
        } catch (error) {
          const message = (error as Error).message;
          log(`${c.victim} ${c.point} could not run: ${message}`);
          rows.push({
            fault,
            outcome: `the case could not run: ${message.split("\n").slice(0, 1).join(" ")}`,
            pass: false,
          });
          await stack.recover();
          if (c.victim === "CoreNLP") await nlp.restart().catch((e: unknown) => log(String(e)));
        }
      }
    } finally {
      await stack.close();
      await nlp.close();
    }
    return rows;
  },
};
