import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import type { LabelSide, ViewEdge, ViewNode } from "../../shell/explorerContext.ts";

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

/** Labels wider than this get a shortened form to try when the full one has no room. */
export const SHORT_LABEL_PX = 110;

/**
 * Labels with no room even shortened get one more try in this width: a few
 * letters and the ellipsis, so that a node in a crowd still says what it is
 * (its full name shows on hover).
 */
export const TIGHT_LABEL_PX = 44;

/**
 * The label cut after its last whole word that fits `px` (SHORT_LABEL_PX by
 * default) with an ellipsis, or after the characters that fit for a long
 * first word; null when the label fits as it is.
 */
export function shortLabel(
  label: string,
  measure: Measure,
  px = SHORT_LABEL_PX,
): { text: string; width: number } | null {
  if (measure(label) <= px) return null;
  const words = label.split(/\s+/);
  let text = "";
  for (const word of words) {
    const next = text ? `${text} ${word}` : word;
    if (measure(`${next}…`) > px) break;
    text = next;
  }
  if (!text) {
    for (const char of label) {
      if (measure(`${text}${char}…`) > px) break;
      text += char;
    }
  }
  const short = `${text.replace(/[\s,;:.-]+$/u, "")}…`;
  return { text: short, width: measure(short) };
}

/**
 * The width a layout keeps for a label: its shortened form's when it has one
 * (the label planner draws the full label wherever that has room), or in a
 * crowded view the form cut to `px`.
 */
export function roomWidth(label: string, measure: Measure, px = SHORT_LABEL_PX): number {
  return shortLabel(label, measure, px)?.width ?? measure(label);
}

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

/** The sides a label may take, in the order they are tried: sigma's own side first. */
export const LABEL_SIDES: readonly LabelSide[] = ["right", "left", "below", "above"];

/**
 * Where a label is drawn. On the right (sigma's drawDiscNodeLabel): beside the
 * disc, its baseline a third of the font size below the node's centre. On the
 * left likewise, ending where the disc begins; below and above, centred on
 * the node and clear of its disc.
 */
export function labelBox(
  x: number,
  y: number,
  size: number,
  width: number,
  fontSize: number,
  side: LabelSide = "right",
): Box {
  const height = fontSize * 1.05;
  if (side === "below" || side === "above") {
    const top = side === "below" ? y + size + LABEL_GAP : y - size - LABEL_GAP - height;
    return { left: x - width / 2, right: x + width / 2, top, bottom: top + height };
  }
  const baseline = y + fontSize / 3;
  const left = side === "right" ? x + size + LABEL_GAP : x - size - LABEL_GAP - width;
  return { left, right: left + width, top: baseline - fontSize * 0.8, bottom: baseline + fontSize * 0.25 };
}

/** Where the text of a label placed in this box starts and stands (its baseline). */
export function labelOrigin(box: Box, fontSize: number): { x: number; y: number } {
  return { x: box.left, y: box.top + fontSize * 0.8 };
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

/** The labels sigma drew in its last frame, with their boxes in viewport pixels and the text drawn. */
export function drawnLabelBoxes(sigma: ViewSigma): (Box & { id: string; label: string; text: string })[] {
  const measure = labelMeasure(labelFont(sigma));
  const fontSize = sigma.getSetting("labelSize");
  return [...sigma.getNodeDisplayedLabels()].flatMap((id) => {
    // The display data carries the node's own attributes too, the planner's side and text among them.
    const data = sigma.getNodeDisplayData(id) as
      (NodeDisplayData & Pick<Partial<ViewNode>, "labelSide" | "labelText">) | undefined;
    if (!data?.label) return [];
    const { x, y } = sigma.framedGraphToViewport(data);
    const text = data.labelText ?? data.label;
    const box = labelBox(x, y, sigma.scaleSize(data.size), measure(text), fontSize, data.labelSide);
    return [{ id, label: data.label, text, ...box }];
  });
}
