import { createContext, useContext } from "react";

/** Whether the opening view's answer is in (or has failed); true outside the explorer. */
export const OpeningDoneContext = createContext(true);

/**
 * The path to fetch, held back (null) until the opening view's answer is in:
 * the panels beside the graph (article, timeline) then do not compete with
 * it for the server and Neo4j while the page opens.
 */
export function useAfterOpening(path: string | null): string | null {
  return useContext(OpeningDoneContext) ? path : null;
}
