import { type OnStuckQuery, describeStuck } from "../../query/deadline.ts";
import { QueryError } from "../../query/errors.ts";
import { type LocalInstanceOptions, startLocal, stopLocal } from "./instance.ts";

/** How long the local Neo4j gets to shut down before it is killed (a stuck query never lets it). */
const STOP_BEFORE_KILL_MS = 3000;

export interface LocalWatchdog {
  onStuck: OnStuckQuery;
  /** Settles once no restart is under way. */
  idle(): Promise<void>;
}

/**
 * Frees the local Neo4j from a query it keeps running after terminating it
 * (a long reduce() over strings, the planner on a huge pattern): nothing but
 * a restart stops such work, so the watchdog restarts it (once, however many
 * queries are stuck) and the user is told.
 */
export function localWatchdog(options: LocalInstanceOptions, log: (line: string) => void): LocalWatchdog {
  let restarting: Promise<void> | undefined;
  return {
    onStuck(stuck) {
      if (!restarting) {
        log(
          `A query kept running in the local Neo4j after its time limit (${describeStuck(stuck)}); restarting Neo4j to stop it.`,
        );
        restarting = (async () => {
          await stopLocal(options, { timeoutMs: STOP_BEFORE_KILL_MS });
          await startLocal(options);
        })()
          .then(
            () => log("The local Neo4j is running again."),
            (error: unknown) =>
              log(
                `The local Neo4j could not be restarted: ${error instanceof Error ? error.message : String(error)}`,
              ),
          )
          .finally(() => (restarting = undefined));
      }
      return new QueryError(
        503,
        "neo4j_restarting",
        `The query ran longer than its time limit of ${stuck.timeoutMs / 1000} s and Neo4j did not stop it (${describeStuck(stuck)} kept running after it was terminated), so the local Neo4j is being restarted to free it: try again in a minute.`,
      );
    },
    idle: () => restarting ?? Promise.resolve(),
  };
}
