/** The width of an edge stated by one independent source, or that states no fact. */
export const EDGE_WIDTH_ONE = 1.5;
/** Sources from which the width stops growing (the legend says "5 or more"). */
export const EDGE_WIDTH_SOURCES_MAX = 5;

/**
 * An edge's width for the independent sources of its fact: one pixel more per
 * source, up to EDGE_WIDTH_SOURCES_MAX.
 */
export function edgeWidth(sources: number | undefined): number {
  const counted = Math.min(Math.max(sources ?? 1, 1), EDGE_WIDTH_SOURCES_MAX);
  return EDGE_WIDTH_ONE + (counted - 1);
}
