import { UserFacingError } from "../../graph/config/userError.ts";

export { UserFacingError as UserError };

/**
 * Runs a command's main function: expected failures print their sentence
 * (no stack trace) and exit 1; anything else is a bug and shows its stack.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof UserFacingError) console.error(`Error: ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  });
}
