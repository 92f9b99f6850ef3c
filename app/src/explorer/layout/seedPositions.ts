import type { ViewGraph } from "../../shell/explorerContext.ts";
import { unitHash } from "../../shell/palette.ts";

/** The golden angle: consecutive points of the spiral never line up. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/**
 * Well-spread starting positions for a layout: the nodes on a sunflower
 * spiral (Vogel's), evenly filling a disc, the best connected in the middle.
 * The order depends only on the graph (degree, then a hash of the id), so a
 * reload starts, and ForceAtlas2 ends, at the same picture. Pinned nodes stay.
 */
export function seedPositions(graph: ViewGraph): void {
  const free = graph
    .filterNodes((_id, a) => a.pinned !== true)
    .map((id) => ({ id, degree: graph.degree(id), hash: unitHash(id) }))
    .sort((a, b) => b.degree - a.degree || a.hash - b.hash || (a.id < b.id ? -1 : 1));
  const at = new Map(
    free.map(({ id }, i) => {
      const radius = Math.sqrt(i + 0.5);
      return [id, { x: radius * Math.cos(i * GOLDEN), y: radius * Math.sin(i * GOLDEN) }];
    }),
  );
  graph.updateEachNodeAttributes(
    (id, a) => {
      const p = at.get(id);
      if (p) {
        a.x = p.x;
        a.y = p.y;
      }
      return a;
    },
    { attributes: ["x", "y"] },
  );
}
