import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { ViewGraph } from "../../shell/explorerContext.ts";
import type { Fa2Job } from "./fa2.worker.ts";

/**
 * Runs `iterations` rounds of ForceAtlas2 on the graph in a web worker and
 * writes the positions back to the nodes still in the graph. Resolves once
 * written (or at once when the worker fails: the nodes keep their places).
 */
export function workerLayout(
  graph: ViewGraph,
  iterations: number,
  settings: ForceAtlas2Settings,
): Promise<void> {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const job: Fa2Job = {
    x: Float64Array.from(ids, (id) => graph.getNodeAttribute(id, "x")),
    y: Float64Array.from(ids, (id) => graph.getNodeAttribute(id, "y")),
    fixed: Uint8Array.from(ids, (id) => (graph.getNodeAttribute(id, "pinned") === true ? 1 : 0)),
    edges: Uint32Array.from(graph.mapEdges((_id, _a, s, t) => [index.get(s)!, index.get(t)!]).flat()),
    iterations,
    settings,
  };
  const worker = new Worker(new URL("./fa2.worker.ts", import.meta.url), { type: "module" });
  return new Promise<void>((resolve) => {
    const done = () => {
      worker.terminate();
      resolve();
    };
    worker.onerror = done;
    worker.onmessage = (event: MessageEvent<{ x: Float64Array; y: Float64Array }>) => {
      const { x, y } = event.data;
      graph.updateEachNodeAttributes(
        (id, a) => {
          const i = index.get(id);
          if (i !== undefined) {
            a.x = x[i]!;
            a.y = y[i]!;
          }
          return a;
        },
        { attributes: ["x", "y"] },
      );
      done();
    };
    worker.postMessage(job, [job.x.buffer, job.y.buffer, job.fixed.buffer, job.edges.buffer]);
  });
}
