import type Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";

/** ForceAtlas2 in a web worker, with the explorer's settings; call start() and kill(). */
export function workerLayout(graph: Graph): FA2Layout {
  return new FA2Layout(graph, {
    settings: { ...forceAtlas2.inferSettings(graph), scalingRatio: 10, gravity: 1 },
  });
}
