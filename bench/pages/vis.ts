import { DataSet, Network } from "vis-network/standalone";
import { nextFrame, params, viewData } from "./viewGraph.ts";

async function main() {
  const { n, perNode } = params();
  const data = viewData(n, perNode);
  const container = document.getElementById("view")!;
  const started = performance.now();
  const nodes = new DataSet(
    data.nodes.map((node) => ({
      id: node.id,
      x: node.x,
      y: node.y,
      size: node.size * 2,
      color: node.color,
      shape: "dot",
      label: undefined,
    })),
  );
  const edges = new DataSet(data.edges.map((edge) => ({ id: edge.id, from: edge.source, to: edge.target })));
  let drawn = 0;
  let onDraw: (() => void) | undefined;
  // Its fastest fair settings: no physics, straight edges, no improved layout (positions are given).
  const network = new Network(
    container,
    {},
    {
      physics: false,
      layout: { improvedLayout: false },
      edges: { smooth: false, color: "#bbb", width: 0.5, arrows: { to: { enabled: false } } },
      interaction: { hideEdgesOnDrag: false, hideEdgesOnZoom: false },
    },
  );
  network.on("afterDrawing", () => {
    drawn += 1;
    onDraw?.();
  });
  network.setData({ nodes, edges });
  // The first drawing is scheduled; wait for it, then for the frame that shows it.
  if (drawn === 0) await new Promise<void>((resolve) => (onDraw = resolve));
  onDraw = undefined;
  await nextFrame();
  const initialRenderMs = performance.now() - started;
  window.__bench = {
    initialRenderMs,
    nodes: data.nodes.length,
    edges: data.edges.length,
    pan: (frames) =>
      new Promise((resolve) => {
        const first = drawn;
        const t0 = performance.now();
        const step = () => {
          const at = network.getViewPosition();
          network.moveTo({ position: { x: at.x + 10, y: at.y }, animation: false });
        };
        onDraw = () => {
          if (drawn - first >= frames) {
            onDraw = undefined;
            resolve(performance.now() - t0);
            return;
          }
          step();
        };
        step();
      }),
  };
}

main().catch((error: unknown) => {
  window.__benchError = String(error);
});
