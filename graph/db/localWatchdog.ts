import { type OnStuckQuery, describeStuck } from "../query/deadline.ts";
import { QueryError } from "../query/queryError.ts";
import { type LocalInstanceOptions, startLocal, stopLocal } from "../neo4j/local/instance.ts";

/** How long the local Neo4j gets to shut down before it is killed (a stuck query never lets it). */
const STOP_BEFORE_KILL_MS = 3000;

export interface LocalWatchdog {
  onStuck: OnStuckQuery;
  /** Settles once no restart is under way. */
  idle(): Promise<void>;
  /** Whether a restart is under way now. */
  restarting(): boolean;
}

export interface WatchdogOptions {
  /** The instance as the log and the user's message name it ("local Neo4j", "workbench's Neo4j"). */
  name?: string;
  /** Said after "try again in a minute" when the restart takes nobody else down (the workbench's own instance). */
  aside?: string;
  /** Called once the instance is running again. */
  onRestarted?: () => void;
}

/**
 * Frees a local Neo4j from a query it keeps running after terminating it
 * (a long reduce() over strings, the planner on a huge pattern): nothing but
 * a restart stops such work, so the watchdog restarts it (once, however many
 * queries are stuck) and the user is told.
 */
export function localWatchdog(
  options: LocalInstanceOptions,
  log: (line: string) => void,
  { name = "local Neo4j", aside = "", onRestarted }: WatchdogOptions = {},
): LocalWatchdog {
  let restarting: Promise<void> | undefined;
  return {
    onStuck(stuck) {
      if (!restarting) {
        log(
          `A query kept running in the ${name} after its time limit (${describeStuck(stuck)}); restarting Neo4j to stop it.`,
        );
        restarting = (async () => {
          await stopLocal(options, { timeoutMs: STOP_BEFORE_KILL_MS });
          await startLocal(options);
        })()
          .then(
            () => {
              log(`The ${name} is running again.`);
              onRestarted?.();
            },
            (error: unknown) =>
              log(
                `The ${name} could not be restarted: ${error instanceof Error ? error.message : String(error)}`,
              ),
          )
          .finally(() => (restarting = undefined));
      }
      return new QueryError(
        503,
        "neo4j_restarting",
        `The query ran longer than its time limit of ${stuck.timeoutMs / 1000} s and Neo4j did not stop it (${describeStuck(stuck)} kept running after it was terminated), so the ${name} is being restarted to free it: try again in a minute${aside}.`,
      );
    },
    idle: () => restarting ?? Promise.resolve(),
    restarting: () => restarting !== undefined,
  };
}
