import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { ViewEdge, ViewNode } from "../../shell/explorerContext.ts";
import { labelBox, labelOrigin } from "./labelGeometry.ts";

/**
 * Draws a node's label on the side and in the form the label planner chose
 * (`labelSide`, `labelText`); sigma's own drawDiscNodeLabel knows only the
 * right side and the full label. The hovered node shows its full label through
 * sigma's hover drawing, as before.
 */
export const drawPlacedLabel: NodeLabelDrawingFunction<ViewNode, ViewEdge> = (context, data, settings) => {
  if (!data.label) return;
  const placed = data as typeof data & Pick<Partial<ViewNode>, "labelSide" | "labelText">;
  const text = placed.labelText ?? data.label;
  const size = settings.labelSize;
  // The explorer gives labels one colour per theme (GraphCanvas), never a colour per node.
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const box = labelBox(data.x, data.y, data.size, context.measureText(text).width, size, placed.labelSide);
  const at = labelOrigin(box, size);
  context.fillText(text, at.x, at.y);
};
