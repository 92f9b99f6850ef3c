import { dirname } from "node:path";
import lockfile from "proper-lockfile";
import { DECISIONS_SHOWN, decisionsPath } from "./decisionsFile.ts";
import { DecisionRefusal } from "./refusal.ts";

/** How long a decision waits for another process's (a merge from the command line while the server runs). */
const RETRIES = { retries: 60, factor: 1.2, minTimeout: 100, maxTimeout: 1_000 };
/** A lock not refreshed for this long is taken for one left by a killed process. */
const STALE_MS = 30_000;

/**
 * Runs `work` while holding the decisions folder's lock across processes
 * (`npm run merge` and the server's Duplicates view), so that a decision
 * read, decided and written by one is never overwritten by another that read
 * the file before it. proper-lockfile keeps the lock fresh while `work` runs.
 */
export async function withDecisionsLock<T>(articlesDir: string, work: () => Promise<T>): Promise<T> {
  // The lock is a folder beside data/decisions, there only while a decision is written.
  const lockPath = `${dirname(decisionsPath(articlesDir))}.lock`;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(articlesDir, {
      lockfilePath: lockPath,
      retries: RETRIES,
      stale: STALE_MS,
      realpath: false,
    });
  } catch {
    throw new DecisionRefusal(
      `Another decision is being written to ${DECISIONS_SHOWN} and did not finish within a minute; try again.`,
      "conflict",
    );
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}
