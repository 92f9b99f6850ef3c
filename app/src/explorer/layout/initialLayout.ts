import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { ViewGraph } from "../../shell/explorerContext.ts";
import { placeLabels, type Viewport } from "./labelPlacement.ts";
import { seedPositions } from "./seedPositions.ts";
import { workerLayout } from "./workerLayout.ts";

/** Graphs up to this size get a synchronous first layout (a few milliseconds); larger ones the worker. */
export const SYNC_LIMIT = 600;
/** ForceAtlas2 rounds of a first layout: enough for a few hundred nodes to settle from the spiral. */
const ITERATIONS = 300;

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

function settings(graph: ViewGraph) {
  const large = graph.order > SYNC_LIMIT;
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: large, gravity: 1, scalingRatio: 10 };
}

/** After ForceAtlas2: discs apart, then labels placed (or left to hide) for the viewport. */
function finish(graph: ViewGraph, viewport: Viewport): void {
  removeOverlaps(graph, Math.min(viewport.width, viewport.height));
  placeLabels(graph, viewport);
}

/**
 * A first layout for a freshly opened view: seeded, well-spread starting
 * positions, ForceAtlas2 for a fixed number of rounds (so a reload gives the
 * same picture), then discs and labels apart. Up to SYNC_LIMIT nodes it runs
 * at once and returns null; beyond, ForceAtlas2 runs in a web worker and the
 * promise resolves once the positions are written.
 */
export function initialLayout(graph: ViewGraph, viewport: Viewport): Promise<void> | null {
  if (graph.order < 2) return null;
  seedPositions(graph);
  if (graph.order <= SYNC_LIMIT) {
    forceAtlas2.assign(graph, { iterations: ITERATIONS, settings: settings(graph) });
    finish(graph, viewport);
    return null;
  }
  return workerLayout(graph, ITERATIONS, settings(graph)).then(() => finish(graph, viewport));
}
