import { UserFacingError } from "../../graph/config/userError.ts";
import { describeNeo4jFailure } from "../../graph/neo4j/connectionErrors.ts";

export { UserFacingError as UserError };

/**
 * Runs a command's main function: every failure prints one sentence (no
 * stack trace, no object dump) and exits 1. Neo4j's errors are told by what
 * they mean for the command.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const neo4j = describeNeo4jFailure(error);
    if (error instanceof UserFacingError) console.error(`Error: ${error.message}`);
    else if (neo4j) console.error(`Error: ${neo4j}`);
    else {
      const message = ((error as Error | undefined)?.message ?? String(error)).split("\n")[0]?.trim();
      console.error(`Error: the command failed unexpectedly: ${message?.replace(/\.$/, "")}.`);
    }
    process.exitCode = 1;
  });
}
