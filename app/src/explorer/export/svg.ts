import type { Rings } from "../../shell/map/outlines.ts";
import type { ExportGraph } from "./viewGraph.ts";

/**
 * An SVG picture of nodes and relationships at their graph positions, with
 * their colours, sizes and captions. Graph y points up, SVG y down. `scale`
 * multiplies the picture's pixel size. `outlines` (the map's, in graph
 * coordinates) are drawn under the edges when the view is on the map.
 */
export function toSvg(graph: ExportGraph, scale = 1, base = 800, outlines: Rings | null = null): string {
  const placed = graph.nodes.filter((n) => n.look?.x !== undefined && n.look?.y !== undefined);
  const xs = placed.map((n) => n.look?.x ?? 0);
  const ys = placed.map((n) => n.look?.y ?? 0);
  const [minX, maxX] = [Math.min(0, ...xs), Math.max(1, ...xs)];
  const [minY, maxY] = [Math.min(0, ...ys), Math.max(1, ...ys)];
  const pad = 40;
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const unit = (base - 2 * pad) / span;
  const width = Math.round((maxX - minX) * unit + 2 * pad);
  const height = Math.round((maxY - minY) * unit + 2 * pad);
  const at = new Map<string, [number, number]>(
    placed.map((n) => [
      n.id,
      [pad + ((n.look?.x ?? 0) - minX) * unit, pad + (maxY - (n.look?.y ?? 0)) * unit],
    ]),
  );
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  if (outlines) {
    const point = (x: number, y: number) => `${fmt(pad + (x - minX) * unit)},${fmt(pad + (maxY - y) * unit)}`;
    parts.push('<g class="map" fill="#e8ebee" stroke="#a9b0b6" stroke-width="0.6">');
    for (const ring of outlines) {
      const points: string[] = [];
      for (let i = 0; i < ring.length; i += 2) points.push(point(ring[i]!, ring[i + 1]!));
      parts.push(`<path d="M${points.join("L")}Z"/>`);
    }
    parts.push("</g>");
  }
  parts.push('<g class="edges">');
  for (const rel of graph.relationships) {
    const [a, b] = [at.get(rel.start), at.get(rel.end)];
    if (!a || !b) continue;
    parts.push(
      `<line x1="${fmt(a[0])}" y1="${fmt(a[1])}" x2="${fmt(b[0])}" y2="${fmt(b[1])}" stroke="${esc(rel.look?.color ?? "#999999")}" stroke-width="${fmt(rel.look?.size ?? 1)}"><title>${esc(rel.type)}</title></line>`,
    );
  }
  parts.push('</g><g class="nodes">');
  for (const node of placed) {
    const [x, y] = at.get(node.id) ?? [0, 0];
    const r = node.look?.size ?? 5;
    const label = node.look?.label ?? "";
    parts.push(
      `<g><circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="${esc(node.look?.color ?? "#666666")}"/>` +
        (label
          ? `<text x="${fmt(x + r + 2)}" y="${fmt(y + 4)}" font-size="12" fill="#222222">${esc(label)}</text>`
          : "") +
        "</g>",
    );
  }
  parts.push("</g></svg>");
  return parts.join("\n");
}

function fmt(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : "0";
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
