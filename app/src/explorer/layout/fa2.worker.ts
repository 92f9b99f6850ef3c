import Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/** What the page sends: the nodes in order with their positions, relationships as index pairs. */
export interface Fa2Job {
  x: Float64Array;
  y: Float64Array;
  fixed: Uint8Array;
  edges: Uint32Array;
  iterations: number;
  settings: ForceAtlas2Settings;
}

/**
 * A fixed number of ForceAtlas2 rounds off the main thread (graphology's own
 * worker runs until stopped, so its result would depend on the machine's
 * speed): the same job gives the same positions.
 */
self.onmessage = (event: MessageEvent<Fa2Job>) => {
  const { x, y, fixed, edges, iterations, settings } = event.data;
  const graph = new Graph({ multi: true, allowSelfLoops: true });
  for (let i = 0; i < x.length; i++) graph.addNode(i, { x: x[i], y: y[i], fixed: fixed[i] === 1 });
  for (let i = 0; i < edges.length; i += 2) graph.addEdge(edges[i], edges[i + 1]);
  const positions = forceAtlas2(graph, { iterations, settings });
  const outX = new Float64Array(x.length);
  const outY = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    outX[i] = positions[i]!.x;
    outY[i] = positions[i]!.y;
  }
  postMessage({ x: outX, y: outY }, { transfer: [outX.buffer, outY.buffer] });
};
