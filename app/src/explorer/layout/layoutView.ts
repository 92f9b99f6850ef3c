import type Sigma from "sigma";
import { fitCamera, placementViewport } from "../canvas/fitCamera.ts";
import type { ViewEdge, ViewGraph, ViewNode } from "../../shell/explorerContext.ts";
import { initialLayout } from "./initialLayout.ts";

/**
 * Lays the whole view out afresh and fits the camera to it: at once for a
 * view of a few hundred nodes, else once the worker has answered (the seeded
 * starting positions are shown meanwhile).
 */
export function layoutView(graph: ViewGraph, sigma: Sigma<ViewNode, ViewEdge>): void {
  const fit = () => {
    sigma.refresh();
    sigma.getCamera().setState(fitCamera(sigma));
  };
  // The panels under the canvas may have changed height in the same render (the legend's rows):
  // lay out for the canvas as it is now, not as sigma last measured it.
  sigma.resize();
  const pending = initialLayout(graph, placementViewport(sigma));
  fit();
  void pending?.then(fit);
}
