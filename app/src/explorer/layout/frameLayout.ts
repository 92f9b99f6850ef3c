import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type Sigma from "sigma";
import { gpuIdle } from "./gpuIdle.ts";

/** ForceAtlas2 running in a web worker, applied to the drawn graph at the pace the renderer draws. */
export interface FrameLayout {
  start(): void;
  kill(): void;
}

/** How long the drawing holds still after the pointer last moved over the canvas. */
const HOLD_MS = 300;

/** The nodes (position, `fixed`) and relationships of `graph`, without what the worker does not read. */
function skeleton(graph: Graph, held: ReadonlySet<string>): Graph {
  const copy = new Graph({ multi: true, type: graph.type, allowSelfLoops: true });
  graph.forEachNode((id, a) =>
    copy.addNode(id, { x: a.x as number, y: a.y as number, fixed: a.fixed === true || held.has(id) }),
  );
  graph.forEachEdge((id, _a, source, target) => copy.addEdgeWithKey(id, source, target));
  return copy;
}

/**
 * ForceAtlas2 in its worker (graphology's supervisor) writes each round of
 * positions into a skeleton copy of the graph; the drawn graph takes the
 * latest round at most once per animation frame and only once the GPU has
 * drawn the previous one (rounds that arrive meanwhile are dropped). Applying
 * every round, as the supervisor does on its own, makes sigma re-read every
 * node per round and queues frames faster than a software GPU draws them.
 *
 * Chromium hands pointer moves to the page with its next frame, so a frame
 * being drawn holds input up: nothing is applied while a pointer is pressed
 * on the canvas (a drag, which then restarts the layout from where the nodes
 * were left) nor for a moment after it last moved there.
 */
export function frameLayout(graph: Graph, sigma: Sigma): FrameLayout {
  // Nodes dragged while the layout runs stay where they were dropped (the explorer pins them too).
  const held = new Set<string>();
  let grabbed: string | null = null;
  let shadow = skeleton(graph, held);
  let worker: FA2Layout | null = null;
  let fresh = false;
  let drawing = false;
  let pressed = false;
  let movedAt = -Infinity;
  let frame: number | null = null;
  let hold: ReturnType<typeof setTimeout> | null = null;
  let respawn: ReturnType<typeof setTimeout> | null = null;
  const gpu = gpuIdle(sigma);

  const schedule = () => {
    if (frame !== null || hold !== null || !worker || !fresh || drawing || pressed) return;
    const wait = movedAt + HOLD_MS - performance.now();
    if (wait > 0) {
      hold = setTimeout(() => {
        hold = null;
        schedule();
      }, wait);
      return;
    }
    frame = requestAnimationFrame(apply);
  };
  function apply() {
    frame = null;
    if (!fresh || drawing || pressed || performance.now() < movedAt + HOLD_MS) return schedule();
    fresh = false;
    drawing = true;
    graph.updateEachNodeAttributes(
      (id, a) => {
        if (!shadow.hasNode(id)) return a;
        const p = shadow.getNodeAttributes(id);
        a.x = p.x;
        a.y = p.y;
        return a;
      },
      { attributes: ["x", "y"] },
    );
  }
  const onRound = () => {
    fresh = true;
    schedule();
  };
  const onDrawn = () => {
    if (!drawing) return;
    gpu.afterFrame(() => {
      drawing = false;
      schedule();
    });
  };

  const spawn = () => {
    worker?.kill();
    shadow.off("eachNodeAttributesUpdated", onRound);
    shadow = skeleton(graph, held);
    shadow.on("eachNodeAttributesUpdated", onRound);
    worker = new FA2Layout(shadow, {
      settings: { ...forceAtlas2.inferSettings(shadow), scalingRatio: 10, gravity: 1 },
    });
    worker.start();
  };
  // Nodes or relationships added or removed, or a node dragged: start again from the drawn graph.
  const restart = () => {
    if (!worker) return;
    if (respawn !== null) clearTimeout(respawn);
    respawn = setTimeout(() => {
      respawn = null;
      if (worker) spawn();
    }, 0);
  };
  const container = sigma.getContainer();
  const down = () => {
    pressed = true;
  };
  const grab = ({ node }: { node: string }) => {
    grabbed = node;
  };
  const up = () => {
    if (!pressed) return;
    pressed = false;
    if (grabbed !== null) held.add(grabbed);
    grabbed = null;
    // The rounds computed meanwhile predate the drop: start again from the drawn graph right away.
    fresh = false;
    if (worker) spawn();
  };
  const moved = () => {
    movedAt = performance.now();
  };
  const structure = [
    "nodeAdded",
    "nodeDropped",
    "edgeAdded",
    "edgeDropped",
    "cleared",
    "edgesCleared",
  ] as const;
  /** Every listener the layout needs while it runs: on or off together. */
  const listen = (on: boolean) => {
    const dom = on ? "addEventListener" : "removeEventListener";
    sigma[on ? "on" : "off"]("afterRender", onDrawn);
    sigma[on ? "on" : "off"]("downNode", grab);
    container[dom]("pointerdown", down);
    container[dom]("pointermove", moved);
    window[dom]("pointerup", up);
    for (const event of structure) graph[on ? "on" : "off"](event, restart);
  };

  return {
    start() {
      if (worker) return;
      spawn();
      listen(true);
    },
    kill() {
      worker?.kill();
      worker = null;
      shadow.off("eachNodeAttributesUpdated", onRound);
      if (frame !== null) cancelAnimationFrame(frame);
      if (hold !== null) clearTimeout(hold);
      if (respawn !== null) clearTimeout(respawn);
      frame = hold = respawn = null;
      gpu.cancel();
      drawing = false;
      listen(false);
    },
  };
}
