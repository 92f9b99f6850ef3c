import { readEnv } from "../../graph/config/env.ts";
import { UserFacingError } from "../../graph/config/userError.ts";
import { resolveNlp } from "../../graph/nlp/endpoint.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import type { SuggestContext } from "../../graph/suggest/suggestRun.ts";
import { connect } from "./connect.ts";

/**
 * What the command-line suggestions run with: the graph (when Neo4j can be
 * reached) and CoreNLP (started on first use). Neither is required: each one
 * missing is said in one line and the suggestions fall back.
 */
export async function openSuggestContext(
  log: (line: string) => void,
  { graph = true }: { graph?: boolean } = {},
): Promise<{ context: SuggestContext; close: () => Promise<void> }> {
  const env = readEnv();
  let close = async () => {};
  let db: GraphDb | undefined;
  if (graph) {
    try {
      const { driver, database } = await connect();
      db = new GraphDb(driver, database);
      close = () => driver.close();
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      log(`Neo4j could not be reached, so entities are not linked to the graph: ${error.message}`);
    }
  }
  const nlpUrl = await resolveNlp(env, { start: true, log });
  return { context: { ...(db ? { db } : {}), nlpUrl, log }, close };
}
