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
  const pending = initialLayout(graph, placementViewport(sigma));
  fit();
  void pending?.then(fit);
}
