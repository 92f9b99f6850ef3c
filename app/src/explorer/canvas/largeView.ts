/**
 * Above this many relationships on screen, sigma stops drawing relationships
 * and labels while the user pans or zooms and draws them again when the
 * movement ends: the graph stays responsive to the hand at the cost of detail
 * during the gesture.
 */
export const LARGE_VIEW_EDGES = 50_000;

/** sigma settings for a view with `edges` relationships. */
export function movementSettings(edges: number): { hideEdgesOnMove: boolean; hideLabelsOnMove: boolean } {
  const large = edges > LARGE_VIEW_EDGES;
  return { hideEdgesOnMove: large, hideLabelsOnMove: large };
}
