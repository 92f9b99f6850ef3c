import { existsSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";

/** The points where a write can be held for the crash tests, in the order each write passes them. */
export const FAULT_POINTS = {
  add: ["add:suggest", "add:write", "add:written"],
  save: ["save:read", "save:write", "save:written"],
  publish: ["publish:annotation", "publish:graph", "publish:loaded"],
} as const;
export type FaultPointName = (typeof FAULT_POINTS)[keyof typeof FAULT_POINTS][number];

/**
 * A hook for the crash tests and `npm run faults`, inert unless the
 * environment asks for it. When DOSSIER_FAULT_POINT names this point, the
 * process prints "Fault point <name> reached." and waits until the file named
 * by DOSSIER_FAULT_RESUME exists (forever when unset; no wait, and nothing
 * printed, when it exists already), so that a test can kill
 * the server, Neo4j or CoreNLP exactly there. Written by hand: a crash must
 * land between two steps of one request, which no timing-based tool can promise.
 */
export async function faultPoint(name: FaultPointName): Promise<void> {
  if (process.env.DOSSIER_FAULT_POINT !== name) return;
  const resume = process.env.DOSSIER_FAULT_RESUME;
  const resumed = () => resume !== undefined && existsSync(resume);
  if (resumed()) return;
  console.log(`Fault point ${name} reached.`);
  while (!resumed()) await delay(50);
}
