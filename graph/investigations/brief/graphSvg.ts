import { xmlAttr, xmlText } from "../../export/xml.ts";

export interface PictureNode {
  id: string;
  caption: string;
  x: number;
  y: number;
}
export interface PictureEdge {
  start: string;
  end: string;
  type: string;
}

const WIDTH = 760;
const PAD = 60;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The investigation's picture as saved: each node at its saved position (graph
 * y points up, SVG y down) with its caption, each relationship a line with
 * its type as a tooltip. Scaled to the page's width, aspect kept.
 */
export function graphSvg(nodes: readonly PictureNode[], edges: readonly PictureEdge[]): string {
  if (nodes.length === 0) return "";
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [left, top] = [Math.min(...xs), Math.max(...ys)];
  const span = Math.max(Math.max(...xs) - left, top - Math.min(...ys)) || 1;
  const unit = (WIDTH - 2 * PAD) / span;
  const height = Math.round((top - Math.min(...ys)) * unit + 2 * PAD);
  const place = new Map(nodes.map((n) => [n.id, [PAD + (n.x - left) * unit, PAD + (top - n.y) * unit]]));
  const lines = edges.flatMap((e) => {
    const [a, b] = [place.get(e.start), place.get(e.end)];
    if (!a || !b) return [];
    return [
      `<line x1="${round(a[0]!)}" y1="${round(a[1]!)}" x2="${round(b[0]!)}" y2="${round(b[1]!)}"><title>${xmlText(e.type)}</title></line>`,
    ];
  });
  const circles = nodes.map((n) => {
    const [x, y] = place.get(n.id)!;
    return `<g><circle cx="${round(x!)}" cy="${round(y!)}" r="6"/><text x="${round(x! + 9)}" y="${round(y! + 4)}">${xmlText(n.caption)}</text></g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="picture" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${xmlAttr("The graph as saved")}">`,
    `<g class="edges">${lines.join("")}</g>`,
    `<g class="nodes">${circles.join("")}</g>`,
    "</svg>",
  ].join("\n");
}
