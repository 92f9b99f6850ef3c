import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { createNormalizationFunction } from "sigma/utils";
import type { InvestigationView } from "../../../../graph/contract/investigations.ts";

export type SavedCamera = NonNullable<InvestigationView["camera"]>;
type Extent = SavedCamera["extent"];

/** How long a running camera animation may delay a save; sigma's own animations last 300–400 ms. */
const LONGEST_WAIT_MS = 2_000;
/** The distance on screen that fixes the zoom when a saved camera is put back. */
const SPAN_PX = 100;

const dimensions = (extent: Extent) => ({
  width: extent.x[1] - extent.x[0] || 1,
  height: extent.y[1] - extent.y[0] || 1,
});

/**
 * The camera where it comes to rest, with the extent of the nodes it is relative to. Read while it
 * still animates (a search that brings a node into view moves it for 400 ms), its state is a frame
 * in between. Sigma's camera tells whether it animates but fires no event when it stops, so this
 * waits a frame at a time.
 */
export async function cameraToSave(sigma: Sigma | null): Promise<SavedCamera | null> {
  if (!sigma) return null;
  const camera = sigma.getCamera();
  const deadline = performance.now() + LONGEST_WAIT_MS;
  while (camera.isAnimated() && performance.now() < deadline) {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }
  const { x, y } = sigma.getBBox();
  return { ...camera.getState(), extent: { x: [x[0], x[1]], y: [y[0], y[1]] } };
}

/**
 * The camera state that shows the graph as the saved camera did: the same graph point in the middle
 * of the canvas and the same pixels per graph unit. Sigma frames node positions by their extent, so
 * once a node at the edge is gone (or one is added) the saved state alone would shift the picture.
 * Needs the restored nodes processed (sigma.refresh) so that sigma's extent is today's.
 */
export function cameraToRestore(sigma: Sigma, saved: SavedCamera): CameraState {
  const { width, height } = sigma.getDimensions();
  const then = createNormalizationFunction(saved.extent);
  const now = createNormalizationFunction(sigma.getBBox());
  const asSaved = { cameraState: saved, graphDimensions: dimensions(saved.extent) };
  const inGraph = (x: number) => then.inverse(sigma.viewportToFramedGraph({ x, y: height / 2 }, asSaved));
  const centre = now(inGraph(width / 2));
  const aside = now(inGraph(width / 2 + SPAN_PX));
  const home = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: saved.angle } };
  const a = sigma.framedGraphToViewport(centre, home);
  const b = sigma.framedGraphToViewport(aside, home);
  return { x: centre.x, y: centre.y, ratio: Math.hypot(b.x - a.x, b.y - a.y) / SPAN_PX, angle: saved.angle };
}
