import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import {
  EXTENSIONS,
  MIME_TYPES,
  type ExportFormat,
  writeCsvZip,
  writeText,
} from "../../../../graph/export/formats.ts";
import { arraySource } from "../../../../graph/export/source.ts";
import { drawOutlines, MAP_LAYER } from "../../shell/map/drawOutlines.ts";
import type { Rings } from "../../shell/map/outlines.ts";
import { toSvg } from "./svg.ts";
import type { ViewEdge, ViewNode } from "../../shell/explorerContext.ts";
import type { ExportGraph } from "./viewGraph.ts";

export type FileFormat = ExportFormat | "png" | "svg";

export const FILE_FORMATS: { value: FileFormat; label: string }[] = [
  { value: "json", label: "JSON (graphology)" },
  { value: "graphml", label: "GraphML" },
  { value: "gexf", label: "GEXF (Gephi)" },
  { value: "csv", label: "CSV (zip)" },
  { value: "cypher", label: "Cypher script" },
  { value: "png", label: "PNG image" },
  { value: "svg", label: "SVG image" },
];

export function fileName(format: FileFormat, scope: string): string {
  const ext = format === "png" ? ".png" : format === "svg" ? ".svg" : EXTENSIONS[format];
  return `dossier-${scope}${ext}`;
}

/** sigma's own layers, bottom to top, with the map's outlines under them. */
const LAYERS_ON_MAP = [MAP_LAYER, "edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes", "mouse"];

/**
 * The file's content. PNG draws the view with sigma (a temporary renderer at
 * `scale` times its size); on the map (`outlines` given) both pictures have
 * the country outlines under the graph.
 */
export async function exportBlob(
  format: FileFormat,
  graph: ExportGraph,
  options: { scale: number; sigma: Sigma<ViewNode, ViewEdge> | null; outlines?: Rings | null },
): Promise<Blob> {
  const outlines = options.outlines ?? null;
  if (format === "png") {
    if (!options.sigma) throw new Error("The graph view is not ready yet.");
    const { width, height } = options.sigma.getDimensions();
    return toBlob(options.sigma as unknown as Sigma, {
      format: "png",
      width: Math.round(width * options.scale),
      height: Math.round(height * options.scale),
      backgroundColor: "#ffffff",
      ...(outlines
        ? {
            layers: LAYERS_ON_MAP,
            withTempRenderer: (renderer: Sigma) => {
              const canvas = renderer.createCanvas(MAP_LAYER, { beforeLayer: "edges" }) as HTMLCanvasElement;
              drawOutlines(canvas, renderer, outlines);
            },
          }
        : {}),
    });
  }
  if (format === "svg") {
    return new Blob([toSvg(graph, options.scale, undefined, outlines)], { type: "image/svg+xml" });
  }
  const source = arraySource(graph);
  const parts: BlobPart[] = [];
  if (format === "csv") {
    for await (const chunk of writeCsvZip(source)) parts.push(chunk as Uint8Array<ArrayBuffer>);
  } else {
    for await (const chunk of writeText(format, source)) parts.push(chunk);
  }
  return new Blob(parts, { type: MIME_TYPES[format] });
}

/** Saves a blob as a file through a temporary link (what the browser's download machinery expects). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
