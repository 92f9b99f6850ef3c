import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { ViewGraph } from "../context.ts";
import { placeLabels, type Viewport } from "./labelPlacement.ts";

/** Graphs up to this size get a synchronous first layout (a few milliseconds); larger ones wait for the worker. */
const SYNC_LIMIT = 600;

/** Graph units per screen pixel once sigma fits the graph into a viewport of `pixels`. */
export function unitsPerPixel(graph: ViewGraph, pixels: number): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_id, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const extent = Math.max(maxX - minX, maxY - minY, 1e-6);
  return extent / Math.max(pixels, 100);
}

/** Pushes overlapping nodes apart, measuring node sizes in pixels of a viewport of `pixels`. */
export function removeOverlaps(graph: ViewGraph, pixels: number): void {
  if (graph.order < 2) return;
  const scale = unitsPerPixel(graph, pixels);
  noverlap.assign(graph, {
    maxIterations: 120,
    settings: { ratio: scale * 1.3, margin: scale * 14 },
  });
}

/** A first layout for a freshly opened view: ForceAtlas2 for a while, then no overlaps of nodes and labels. */
export function initialLayout(graph: ViewGraph, viewport: Viewport): void {
  if (graph.order < 2 || graph.order > SYNC_LIMIT) return;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations: 300,
    settings: { ...settings, barnesHutOptimize: false, gravity: 1, scalingRatio: 10 },
  });
  removeOverlaps(graph, Math.min(viewport.width, viewport.height));
  placeLabels(graph, viewport);
}
