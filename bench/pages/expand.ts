import Graph from "graphology";
import Sigma from "sigma";
import type { ExpandResponse } from "../../graph/contract/explorer.ts";
import { nextFrame } from "./viewGraph.ts";

/** One expansion as the explorer does it: click, POST /api/expand, add to the graph, drawn. */
export interface ExpandTiming {
  totalMs: number;
  fetchMs: number;
  nodes: number;
  relationships: number;
}

declare global {
  interface Window {
    __expand?: ExpandTiming;
    __expandError?: string;
    __expandReady?: boolean;
  }
}

function main() {
  const search = new URLSearchParams(location.search);
  const seed = search.get("id") ?? "";
  const limit = Number(search.get("limit") ?? 100);
  const graph = new Graph({ multi: true, type: "directed" });
  graph.addNode(seed, { x: 0, y: 0, size: 8, color: "#e15759", label: "seed" });
  const renderer = new Sigma(graph, document.getElementById("view")!, { renderLabels: false });
  let onRender: (() => void) | undefined;
  renderer.on("afterRender", () => onRender?.());
  document.getElementById("expand")!.addEventListener("click", () => {
    const t0 = performance.now();
    void (async () => {
      const response = await fetch("/api/expand", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ids: [seed], limit }),
      });
      if (!response.ok) throw new Error(`expand answered ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as ExpandResponse;
      const fetchMs = performance.now() - t0;
      const drawn = new Promise<void>((resolve) => (onRender = resolve));
      const count = body.graph.nodes.length;
      body.graph.nodes.forEach((node, i) => {
        if (graph.hasNode(node.id)) return;
        const angle = (2 * Math.PI * i) / Math.max(count, 1);
        graph.addNode(node.id, {
          x: Math.cos(angle) * 100,
          y: Math.sin(angle) * 100,
          size: 3,
          color: "#4e79a7",
        });
      });
      for (const rel of body.graph.relationships) {
        if (!graph.hasEdge(rel.id) && graph.hasNode(rel.start) && graph.hasNode(rel.end)) {
          graph.addEdgeWithKey(rel.id, rel.start, rel.end, { size: 1, color: "#bbb" });
        }
      }
      await drawn;
      await nextFrame();
      window.__expand = {
        totalMs: performance.now() - t0,
        fetchMs,
        nodes: count,
        relationships: body.graph.relationships.length,
      };
    })().catch((error: unknown) => {
      window.__expandError = String(error);
    });
  });
  window.__expandReady = true;
}

main();
