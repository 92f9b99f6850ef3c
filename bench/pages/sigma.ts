import Graph from "graphology";
import Sigma from "sigma";
import { movementSettings } from "../../app/src/explorer/canvas/largeView.ts";
import { type FrameLayout, frameLayout } from "../../app/src/explorer/layout/frameLayout.ts";
import { MAP_LAYER, outlinePainter } from "../../app/src/shell/map/drawOutlines.ts";
import { loadOutlines } from "../../app/src/shell/map/outlines.ts";
import { mapPositions } from "../../app/src/explorer/map/mapPositions.ts";
import { nextFrame, params, viewData } from "./viewGraph.ts";

async function main() {
  const { n, perNode } = params();
  const data = viewData(n, perNode);
  const container = document.getElementById("view")!;
  const started = performance.now();
  const graph = new Graph({ multi: true, type: "directed" });
  for (const node of data.nodes)
    graph.addNode(node.id, { x: node.x, y: node.y, size: node.size, color: node.color, label: node.label });
  for (const edge of data.edges)
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, { size: 0.5, color: "#bbb" });
  // With ?map=1 the nodes sit where the explorer's Map view puts them: one in ten located (its
  // cluster's place spread over the world's longitudes and latitudes), the others around the
  // located node they are tied to. sigma then frames the world, as the Map view does.
  const map = new URLSearchParams(location.search).get("map") === "1";
  if (map) {
    const positions = mapPositions({
      nodes: graph.mapNodes((id, a) => ({
        id,
        location:
          Number(id.slice(1)) % 10 === 0 ? { lon: (a.x / 11_500) * 170, lat: (a.y / 11_500) * 70 } : null,
      })),
      neighbours: (id) => graph.neighbors(id),
    });
    graph.updateEachNodeAttributes((id, a) => ({ ...a, ...positions.get(id) }), { attributes: ["x", "y"] });
  }
  let rendered = 0;
  let onRender: (() => void) | undefined;
  // Bare renderer for the peer comparison; with ?explorer=1 the explorer's own
  // movement settings and labels.
  const explorer = new URLSearchParams(location.search).get("explorer") === "1";
  const renderer = new Sigma(
    graph,
    container,
    explorer ? movementSettings(graph.size) : { hideEdgesOnMove: false, renderLabels: false },
  );
  let layout: FrameLayout | undefined;
  // And the explorer's map: country outlines on a canvas under sigma's, drawn after each frame.
  if (map) {
    const rings = await loadOutlines();
    const canvas = renderer.createCanvas(MAP_LAYER, { beforeLayer: "edges" }) as HTMLCanvasElement;
    const paint = outlinePainter(rings);
    renderer.on("afterRender", () => paint(canvas, renderer));
  }
  renderer.on("afterRender", () => {
    rendered += 1;
    onRender?.();
  });
  await nextFrame();
  const initialRenderMs = performance.now() - started;
  const camera = renderer.getCamera();
  window.__bench = {
    initialRenderMs,
    nodes: graph.order,
    edges: graph.size,
    framesDrawn: () => rendered,
    startLayout: () => {
      layout = frameLayout(graph, renderer);
      layout.start();
    },
    stopLayout: () => {
      layout?.kill();
      layout = undefined;
    },
    pan: (frames) =>
      new Promise((resolve) => {
        const first = rendered;
        const t0 = performance.now();
        onRender = () => {
          const done = rendered - first;
          if (done >= frames) {
            onRender = undefined;
            resolve(performance.now() - t0);
            return;
          }
          const state = camera.getState();
          camera.setState({ ...state, x: state.x + 0.01 });
        };
        const state = camera.getState();
        camera.setState({ ...state, x: state.x + 0.01 });
      }),
  };
}

main().catch((error: unknown) => {
  window.__benchError = String(error);
});
