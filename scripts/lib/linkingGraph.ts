import { UserFacingError } from "../../graph/config/userError.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import type { GraphReader } from "../../graph/suggest/suggestRun.ts";
import { connect } from "./connect.ts";

/** Connects when asked (once); if Neo4j cannot be reached, one line says linking is skipped. */
export function graphForLinking() {
  let close = async (): Promise<void> => undefined;
  let opened: Promise<GraphReader | undefined> | undefined;
  const connectOnce = async (): Promise<GraphReader | undefined> => {
    try {
      const { driver, database } = await connect();
      close = () => driver.close();
      return new GraphDb(driver, database);
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      console.log(`Linking to the graph was skipped: ${error.message}`);
      return undefined;
    }
  };
  return { open: () => (opened ??= connectOnce()), close: () => close() };
}
