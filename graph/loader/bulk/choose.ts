import { UserFacingError } from "../../config/userError.ts";

/**
 * From this many relations a first load goes through the bulk importer by
 * itself: below it, stopping and starting Neo4j costs more than the import saves.
 */
export const BULK_MIN_RELATIONS = 100_000;

export interface BulkCase {
  /** --bulk (true), --no-bulk (false) or neither. */
  requested: boolean | undefined;
  /** Whether the target is the project's local Neo4j (not NEO4J_URI). */
  local: boolean;
  /** Whether its database holds no node. */
  empty: boolean;
  relations: number;
}

/** Whether a load takes the bulk import; one sentence when --bulk asks for what cannot be. */
export function chooseBulk({ requested, local, empty, relations }: BulkCase): boolean {
  if (requested === false) return false;
  if (requested === true) {
    if (!local) {
      throw new UserFacingError(
        "--bulk imports only into the project's local Neo4j, and NEO4J_URI names another: load without --bulk.",
      );
    }
    if (!empty) {
      throw new UserFacingError(
        "--bulk replaces the whole database and the local Neo4j already holds nodes: load without --bulk to add to them.",
      );
    }
    return true;
  }
  return local && empty && relations >= BULK_MIN_RELATIONS;
}
