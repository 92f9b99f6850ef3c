import type { QueryResult } from "../../../graph/contract/workbench.ts";

/** "3 rows", "1 row": the count line above the result. */
export function rowCountText(count: number): string {
  return `${count.toLocaleString("en")} ${count === 1 ? "row" : "rows"}`;
}

/** The notice shown when the server stopped reading, or undefined when nothing was cut. */
export function truncationNotice(result: QueryResult): string | undefined {
  if (!result.truncated) return undefined;
  if (result.truncatedBy === "nodes") {
    return `The graph was cut at ${result.graph.nodes.length.toLocaleString("en")} nodes: the rows are complete up to ${rowCountText(result.rowCount)}, but later nodes are not drawn.`;
  }
  if (result.truncatedBy === "bytes") {
    return `The result was cut at ${rowCountText(result.rowCount)}: the next row would have made the answer larger than the server's size limit. Return fewer or smaller values (for example size(list) instead of the list).`;
  }
  return `The result was cut at ${rowCountText(result.rowCount)}: the server stopped reading there. Add LIMIT or narrow the query to see the rest.`;
}
