import type { Driver } from "neo4j-driver";
import { loadArticles } from "../../graph/loader/load.ts";
import type { DecisionContext } from "../../graph/resolve/sameAsActions.ts";
import { connect } from "./connect.ts";

/**
 * A same-as decision from the command line: the decision is checked against
 * the files first, and Neo4j (the running server's, or the local one) is
 * reached only when articles must be loaded again.
 */
export function commandDecisionContext(articlesDir: string): {
  context: DecisionContext;
  close: () => Promise<void>;
} {
  let driver: Driver | undefined;
  return {
    context: {
      articlesDir,
      reload: async (dirs) => {
        const connected = await connect();
        driver = connected.driver;
        // One transaction for them all: entities they all name are written afresh.
        await loadArticles(driver, dirs, {
          database: connected.database,
          batchSize: Number.MAX_SAFE_INTEGER,
        });
      },
    },
    close: async () => {
      await driver?.close();
    },
  };
}
