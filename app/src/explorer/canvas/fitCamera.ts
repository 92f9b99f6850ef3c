import type { CameraState } from "sigma/types";
import type { Viewport } from "../layout/labelPlacement.ts";
import { type Box, type ViewSigma, labelFont, labelMeasure, nodeBox, roomWidth } from "./labelGeometry.ts";

/** Pixels kept free between the drawing and the canvas edges. */
const MARGIN = 12;

interface Item {
  /** Viewport position at the camera's home state with ratio 1. */
  x: number;
  y: number;
  size: number;
  width: number;
}

function bounds(items: Item[], ratio: number, centre: { x: number; y: number }, sigma: ViewSigma): Box {
  const fontSize = sigma.getSetting("labelSize");
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const item of items) {
    const b = nodeBox(
      centre.x + (item.x - centre.x) / ratio,
      centre.y + (item.y - centre.y) / ratio,
      sigma.scaleSize(item.size, ratio),
      item.width,
      fontSize,
    );
    box.left = Math.min(box.left, b.left);
    box.top = Math.min(box.top, b.top);
    box.right = Math.max(box.right, b.right);
    box.bottom = Math.max(box.bottom, b.bottom);
  }
  return box;
}

/**
 * The camera that shows every drawn node with its label inside the canvas.
 * sigma's own fit frames the node positions only, while labels keep their
 * pixel size at any zoom and stick out to the right: so the zoom is searched
 * (bisection on the ratio) until nodes and labels together fit. A long label
 * counts with its shortened form, as the layout placed it: the label planner
 * draws it whole where that has room (on another side if need be).
 */
export function fitCamera(sigma: ViewSigma): CameraState {
  const { width, height } = sigma.getDimensions();
  const home: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const measure = labelMeasure(labelFont(sigma));
  const items: Item[] = [];
  // The label is the node's own, not the displayed one: hovering a node blanks
  // the others' labels for as long as it lasts, and a Fit made meanwhile must
  // still frame them once the pointer moves on.
  sigma.getGraph().forEachNode((id, { label }) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden) return;
    const at = sigma.framedGraphToViewport(data, { cameraState: home });
    items.push({ x: at.x, y: at.y, size: data.size, width: label ? roomWidth(label, measure) : 0 });
  });
  if (items.length === 0) return home;
  const centre = { x: width / 2, y: height / 2 };
  const fits = (ratio: number) => {
    const box = bounds(items, ratio, centre, sigma);
    return box.right - box.left <= width - 2 * MARGIN && box.bottom - box.top <= height - 2 * MARGIN;
  };
  // The smallest ratio (closest zoom) that fits, searched between 1/64 and 64 on a log scale.
  let low = -6;
  let high = 6;
  if (!fits(2 ** high)) low = high;
  for (let i = 0; i < 30 && high - low > 1e-3; i++) {
    const middle = (low + high) / 2;
    if (fits(2 ** middle)) high = middle;
    else low = middle;
  }
  const ratio = 2 ** high;
  const box = bounds(items, ratio, centre, sigma);
  const middle = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
  const at = sigma.viewportToFramedGraph(middle, { cameraState: { ...home, ratio } });
  return { x: at.x, y: at.y, ratio, angle: 0 };
}

/** The canvas as a label placement sees it: its free area and sigma's label font. */
export function placementViewport(sigma: ViewSigma): Viewport {
  const { width, height } = sigma.getDimensions();
  return {
    width: Math.max(width - 2 * MARGIN, 100),
    height: Math.max(height - 2 * MARGIN, 100),
    fontSize: sigma.getSetting("labelSize"),
    measure: labelMeasure(labelFont(sigma)),
  };
}
