import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { labelFont, labelMeasure } from "../canvas/labelGeometry.ts";
import type { ViewEdge, ViewNode } from "../../shell/explorerContext.ts";
import { type LabelCandidate, visibleLabels } from "./labelVisibility.ts";

/** Labels drawn at most, however large the view (each costs a text draw per frame). */
const MAX_LABELS = 400;

/**
 * Decides after each drawn frame which node labels sigma draws next, so that
 * no two drawn labels overlap at the present zoom (sigma's own label grid
 * keeps a number per cell, whatever their widths). Labels go by priority: the
 * best connected first. The choice is the node's `forceLabel` (sigma's label
 * density is 0, so only those are drawn); the hovered node and its
 * neighbours, the selection and a highlighted path are forced by the reducers.
 */
export function LabelPlanner() {
  const sigma = useSigma<ViewNode, ViewEdge>();
  useEffect(() => {
    const graph = sigma.getGraph();
    const measure = labelMeasure(labelFont(sigma));
    let order: string[] | null = null;
    let frame: number | null = null;

    const candidates = function* (ids: string[]): Generator<LabelCandidate> {
      for (const id of ids) {
        const data = sigma.getNodeDisplayData(id);
        if (!data || data.hidden || !data.label) continue;
        const at = sigma.framedGraphToViewport(data);
        yield { id, x: at.x, y: at.y, size: sigma.scaleSize(data.size), width: measure(data.label) };
      }
    };
    const plan = () => {
      frame = null;
      order ??= graph
        .nodes()
        .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
      const shown = visibleLabels(
        candidates(order),
        sigma.getSetting("labelSize"),
        sigma.getDimensions(),
        MAX_LABELS,
      );
      for (const id of order) {
        const want = shown.has(id);
        if ((graph.getNodeAttribute(id, "forceLabel") === true) !== want)
          graph.setNodeAttribute(id, "forceLabel", want);
      }
    };
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(plan);
    };
    const restructured = () => {
      order = null;
      schedule();
    };
    const structure = ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const;
    sigma.on("afterRender", schedule);
    for (const event of structure) graph.on(event, restructured);
    schedule();
    return () => {
      sigma.off("afterRender", schedule);
      for (const event of structure) graph.off(event, restructured);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [sigma]);
  return null;
}
