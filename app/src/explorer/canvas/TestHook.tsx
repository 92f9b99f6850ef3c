import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { ViewEdge, ViewNode } from "../../shell/explorerContext.ts";
import { type Box, drawnLabelBoxes } from "./labelGeometry.ts";

/** What browser tests (and curious users in the console) can read of the canvas. */
export interface DossierHook {
  order(): number;
  size(): number;
  /** The node drawn with this caption, or null. */
  nodeByCaption(caption: string): string | null;
  /** Whether sigma draws the node (false when filtered out or absent). */
  isDrawn(id: string): boolean;
  /** Whether sigma draws the relationship (false when filtered out or absent). */
  isEdgeDrawn(id: string): boolean;
  /** Relationships drawn: id, ends and Neo4j type. */
  edges(): { id: string; source: string; target: string; relType: string; size: number }[];
  /** The properties the view holds of a node or relationship (light after an expand), or null. */
  properties(id: string): Record<string, unknown> | null;
  /** A node's position in graph coordinates, or null. */
  graphPosition(id: string): { x: number; y: number } | null;
  /** Where a node or the middle of a relationship is on the canvas, in page pixels. */
  pagePosition(id: string): { x: number; y: number } | null;
  /** The nodes sigma draws, with their centres in canvas pixels. */
  drawnNodes(): { id: string; x: number; y: number }[];
  /** The node labels of the last frame, as boxes in canvas pixels, and the canvas size. */
  drawnLabels(): { labels: (Box & { id: string; label: string })[]; width: number; height: number };
  /** The colour sigma draws node labels in. */
  labelColor(): string;
  /** Whether the camera is moving (an animation such as Fit). */
  cameraMoving(): boolean;
}

declare global {
  interface Window {
    __dossier?: DossierHook;
  }
}

/** Exposes `window.__dossier` while the canvas is mounted. */
export function TestHook() {
  const sigma = useSigma<ViewNode, ViewEdge>();
  useEffect(() => {
    const graph = sigma.getGraph();
    const onPage = (point: { x: number; y: number }) => {
      const box = sigma.getContainer().getBoundingClientRect();
      const viewport = sigma.graphToViewport(point);
      return { x: box.left + viewport.x, y: box.top + viewport.y };
    };
    window.__dossier = {
      order: () => graph.order,
      size: () => graph.size,
      nodeByCaption: (caption) => graph.findNode((_id, a) => a.label === caption) ?? null,
      edges: () =>
        graph.mapEdges((id, a, source, target) => ({ id, source, target, relType: a.relType, size: a.size })),
      isDrawn: (id) => {
        const data = sigma.getNodeDisplayData(id);
        return data !== undefined && !data.hidden;
      },
      properties: (id) =>
        graph.hasNode(id)
          ? graph.getNodeAttribute(id, "properties")
          : graph.hasEdge(id)
            ? graph.getEdgeAttribute(id, "properties")
            : null,
      graphPosition: (id) => {
        if (!graph.hasNode(id)) return null;
        const { x, y } = graph.getNodeAttributes(id);
        return { x, y };
      },
      isEdgeDrawn: (id) => {
        const data = sigma.getEdgeDisplayData(id);
        return data !== undefined && !data.hidden;
      },
      pagePosition: (id) => {
        if (graph.hasNode(id)) return onPage(graph.getNodeAttributes(id));
        if (!graph.hasEdge(id)) return null;
        const [s, t] = graph.extremities(id).map((n) => graph.getNodeAttributes(n));
        return onPage({ x: (s!.x + t!.x) / 2, y: (s!.y + t!.y) / 2 });
      },
      drawnNodes: () =>
        graph
          .filterNodes((id) => sigma.getNodeDisplayData(id)?.hidden === false)
          .map((id) => ({
            id,
            ...sigma.framedGraphToViewport(sigma.getNodeDisplayData(id)!),
          })),
      drawnLabels: () => ({ labels: drawnLabelBoxes(sigma), ...sigma.getDimensions() }),
      labelColor: () => sigma.getSetting("labelColor").color ?? "",
      cameraMoving: () => sigma.getCamera().isAnimated(),
    };
    return () => {
      delete window.__dossier;
    };
  }, [sigma]);
  return null;
}
