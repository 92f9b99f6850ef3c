import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { TIGHT_LABEL_PX, labelFont, labelMeasure, shortLabel } from "../canvas/labelGeometry.ts";
import type { ViewEdge, ViewNode } from "../../shell/explorerContext.ts";
import { type LabelCandidate, visibleLabels } from "./labelVisibility.ts";

/** Labels drawn at most, however large the view (each costs a text draw per frame). */
const MAX_LABELS = 400;
/** Views up to this many nodes try each label's other sides and shortened form; larger ones the right side only. */
const ALTERNATIVES_UP_TO = 500;

/**
 * Decides after each drawn frame which node labels sigma draws next, and on
 * which side of the disc and in which form (drawLabel.ts draws them), so that
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
    // Each label's shortened forms, measured once.
    const cut = (px?: number) => {
      const known = new Map<string, ReturnType<typeof shortLabel>>();
      return (label: string) => {
        if (!known.has(label)) known.set(label, shortLabel(label, measure, px));
        return known.get(label) ?? undefined;
      };
    };
    const short = cut();
    const tight = cut(TIGHT_LABEL_PX);
    let order: string[] | null = null;
    let frame: number | null = null;

    const candidates = function* (ids: string[]): Generator<LabelCandidate> {
      for (const id of ids) {
        const data = sigma.getNodeDisplayData(id);
        if (!data || data.hidden || !data.label) continue;
        const at = sigma.framedGraphToViewport(data);
        yield {
          id,
          x: at.x,
          y: at.y,
          size: sigma.scaleSize(data.size),
          width: measure(data.label),
          short: short(data.label),
          tight: tight(data.label),
        };
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
        order.length <= ALTERNATIVES_UP_TO,
      );
      for (const id of order) {
        const placement = shown.get(id);
        const now = graph.getNodeAttributes(id);
        const want = placement !== undefined;
        if ((now.forceLabel === true) !== want) graph.setNodeAttribute(id, "forceLabel", want);
        // A hidden label keeps its last place: it is not drawn, and moving it would only cost a refresh.
        if (!placement) continue;
        const side = placement.side === "right" ? undefined : placement.side;
        if (now.labelSide !== side || now.labelText !== placement.text)
          graph.mergeNodeAttributes(id, { labelSide: side, labelText: placement.text });
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
