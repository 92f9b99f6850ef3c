import type { Driver } from "neo4j-driver";
import type { ConnectionSettings } from "../neo4j/connection.ts";
import { createDriver } from "../neo4j/driver.ts";
import {
  type LocalInstanceOptions,
  localPassword,
  startLocal,
  stopLocal,
  uriFor,
} from "../neo4j/local/instance.ts";
import { type LocalWatchdog, localWatchdog } from "../db/localWatchdog.ts";
import { reconcileArticles } from "../loader/reconcile.ts";
import { QueryError } from "../query/queryError.ts";
import type { MainSide } from "../query/worker/pool.ts";
import { CoalescedRun } from "./coalescedRun.ts";

const NAME = "workbench's Neo4j";
const NOT_THE_EXPLORER = " (the explorer is not affected)";

type State = "stopped" | "starting" | "running" | "failed";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The workbench's own local Neo4j: a copy of the graph, filled from the
 * article folders by the loader's reconcile, that only workbench queries
 * reach. A query Neo4j cannot stop restarts this instance (its watchdog),
 * never the explorer's. The copy is refreshed in the background after each
 * publish (one refresh at a time, requests coalesced) and after each restart.
 */
export class LocalWorkbench {
  readonly connection: ConnectionSettings;
  readonly watchdog: LocalWatchdog;
  private readonly driver: Driver;
  private readonly refreshes: CoalescedRun;
  private state: State = "stopped";
  private starting: Promise<void> | undefined;

  constructor(
    readonly options: LocalInstanceOptions,
    private readonly articlesDir: string,
    private readonly log: (line: string) => void,
  ) {
    const password = localPassword(options.dataDir, true) ?? "";
    this.connection = {
      uri: uriFor(options.port),
      user: "neo4j",
      password,
      database: undefined,
      local: true,
    };
    // Pooled connections are checked before use: after a restart the next query takes a new one.
    this.driver = createDriver(this.connection, { connectionLivenessCheckTimeout: 0 });
    this.refreshes = new CoalescedRun(
      () => this.reconcile(),
      (error) => log(`The ${NAME} could not be refreshed from the articles folder: ${message(error)}`),
    );
    this.watchdog = localWatchdog(options, log, {
      name: NAME,
      aside: NOT_THE_EXPLORER,
      onRestarted: () => this.refresh(),
    });
  }

  /** Where the workbench's queries are terminated and checked from (see QueryWorkers' target). */
  get side(): MainSide {
    return { driver: this.driver, database: undefined, onStuck: this.watchdog.onStuck };
  }

  /** Starts the instance and fills it from the articles folder; resolves once it takes queries. */
  start(): Promise<void> {
    this.state = "starting";
    this.starting = (async () => {
      try {
        await startLocal(this.options);
        await this.reconcile();
        if (this.state === "starting") this.state = "running";
      } catch (error) {
        if (this.state === "starting") this.state = "failed";
        throw error;
      }
    })();
    return this.starting;
  }

  /** Why the workbench cannot take a query now; undefined when it can. */
  unavailable(): QueryError | undefined {
    if (this.watchdog.restarting()) {
      return new QueryError(
        503,
        "neo4j_restarting",
        `The ${NAME} is restarting to stop an earlier query that did not end at its time limit: try again in a minute${NOT_THE_EXPLORER}.`,
      );
    }
    if (this.state === "starting") {
      return new QueryError(
        503,
        "neo4j_restarting",
        `The ${NAME} is still starting: try again in a minute${NOT_THE_EXPLORER}.`,
      );
    }
    if (this.state !== "running") {
      return new QueryError(
        503,
        "neo4j_unavailable",
        `The ${NAME} is not running (the server's log says why): restart Dossier to start it again${NOT_THE_EXPLORER}.`,
      );
    }
    return undefined;
  }

  /** Brings the copy up to date with the articles folder, in the background; returns at once. */
  refresh(): void {
    if (this.state === "running") this.refreshes.request();
  }

  /** Settles once no refresh or restart is under way. */
  async idle(): Promise<void> {
    await this.watchdog.idle();
    await this.refreshes.idle();
  }

  /** Stops the instance, also while it is still starting (the start then fails, and is waited for). */
  async stop(): Promise<void> {
    this.state = "stopped";
    await stopLocal(this.options);
    await this.starting?.catch(() => undefined);
    await this.idle();
    await this.driver.close();
    // A start that had not yet launched Java when the first stop came has launched it since.
    await stopLocal(this.options);
  }

  private async reconcile(): Promise<void> {
    const result = await reconcileArticles(this.driver, this.articlesDir);
    const changed = result.added.length + result.reloaded.length + result.removed.length;
    if (changed > 0) {
      this.log(
        `The ${NAME} now matches the articles folder (${result.added.length} loaded, ${result.reloaded.length} reloaded, ${result.removed.length} removed).`,
      );
    }
  }
}
