import { projectLonLat } from "../../shell/map/projection.ts";

export interface MapInput {
  /** Every node id with its location, null when it has none. */
  nodes: { id: string; location: { lon: number; lat: number } | null }[];
  /** Undirected neighbours of each node. */
  neighbours(id: string): readonly string[];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where each node goes on the map, in graph coordinates: a located node at
 * its projected location, never moved; a node without a location around the
 * nearest located node it is tied to (fewest steps), on a spiral so that
 * several do not cover one another; what nothing ties to a located node in
 * rows below the map's southernmost node.
 */
export function mapPositions(input: MapInput): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const anchorOf = new Map<string, string>();
  let queue: string[] = [];
  for (const { id, location } of input.nodes) {
    if (!location) continue;
    out.set(id, projectLonLat(location.lon, location.lat));
    anchorOf.set(id, id);
    queue.push(id);
  }
  // Breadth first from every located node at once: each other node takes its nearest one.
  while (queue.length > 0) {
    const next: string[] = [];
    for (const id of queue) {
      for (const n of input.neighbours(id)) {
        if (anchorOf.has(n)) continue;
        anchorOf.set(n, anchorOf.get(id)!);
        next.push(n);
      }
    }
    queue = next;
  }
  // Bounds by a loop: spreading a large view's coordinates into Math.min would overflow the stack.
  const box = { left: Infinity, right: -Infinity, bottom: Infinity, top: -Infinity };
  for (const p of out.values()) {
    box.left = Math.min(box.left, p.x);
    box.right = Math.max(box.right, p.x);
    box.bottom = Math.min(box.bottom, p.y);
    box.top = Math.max(box.top, p.y);
  }
  const extent = out.size > 1 ? Math.max(box.right - box.left, box.top - box.bottom) : 40;
  const step = Math.max(extent, 10) / 60;
  const around = new Map<string, number>();
  const loose: string[] = [];
  for (const { id, location } of input.nodes) {
    if (location) continue;
    const anchor = anchorOf.get(id);
    if (!anchor) {
      loose.push(id);
      continue;
    }
    const k = (around.get(anchor) ?? 0) + 1;
    around.set(anchor, k);
    const centre = out.get(anchor)!;
    const r = step * (1.5 + Math.sqrt(k));
    out.set(id, {
      x: centre.x + r * Math.cos(k * GOLDEN_ANGLE),
      y: centre.y + r * Math.sin(k * GOLDEN_ANGLE),
    });
  }
  const left = out.size > 0 ? box.left : 0;
  const bottom = (out.size > 0 ? box.bottom : 0) - 4 * step;
  const perRow = Math.max(1, Math.ceil(Math.sqrt(loose.length * 4)));
  loose.forEach((id, i) => {
    out.set(id, { x: left + (i % perRow) * 3 * step, y: bottom - Math.floor(i / perRow) * 3 * step });
  });
  return out;
}
