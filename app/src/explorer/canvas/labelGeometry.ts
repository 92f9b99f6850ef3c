import type Sigma from "sigma";
import type { ViewEdge, ViewNode } from "../../shell/explorerContext.ts";

export type ViewSigma = Sigma<ViewNode, ViewEdge>;

/** A rectangle in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Widths of label texts in pixels, in sigma's label font (measured once per text). */
export type Measure = (text: string) => number;

/** Gap sigma leaves between a node's disc and its label (sigma's drawDiscNodeLabel). */
const LABEL_GAP = 3;

export function labelFont(sigma: ViewSigma): string {
  return `${sigma.getSetting("labelWeight")} ${sigma.getSetting("labelSize")}px ${sigma.getSetting("labelFont")}`;
}

export function labelMeasure(font: string): Measure {
  const context = document.createElement("canvas").getContext("2d");
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (context) context.font = font;
      width = context?.measureText(text).width ?? text.length * 8;
      widths.set(text, width);
    }
    return width;
  };
}

/**
 * Where sigma draws a label: to the right of the disc, its baseline a third of
 * the font size below the node's centre (as sigma's drawDiscNodeLabel does).
 */
export function labelBox(x: number, y: number, size: number, width: number, fontSize: number): Box {
  const baseline = y + fontSize / 3;
  const left = x + size + LABEL_GAP;
  return { left, right: left + width, top: baseline - fontSize * 0.8, bottom: baseline + fontSize * 0.25 };
}

/** The box a node's disc and its label take together. */
export function nodeBox(x: number, y: number, size: number, width: number, fontSize: number): Box {
  const disc = { left: x - size, right: x + size, top: y - size, bottom: y + size };
  if (width <= 0) return disc;
  const label = labelBox(x, y, size, width, fontSize);
  return {
    left: disc.left,
    right: label.right,
    top: Math.min(disc.top, label.top),
    bottom: Math.max(disc.bottom, label.bottom),
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The labels sigma drew in its last frame, with their boxes in viewport pixels. */
export function drawnLabelBoxes(sigma: ViewSigma): (Box & { id: string; label: string })[] {
  const measure = labelMeasure(labelFont(sigma));
  const fontSize = sigma.getSetting("labelSize");
  return [...sigma.getNodeDisplayedLabels()].flatMap((id) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data?.label) return [];
    const { x, y } = sigma.framedGraphToViewport(data);
    const box = labelBox(x, y, sigma.scaleSize(data.size), measure(data.label), fontSize);
    return [{ id, label: data.label, ...box }];
  });
}
