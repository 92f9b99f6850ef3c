import { Rng } from "../generate/random.ts";

/** A renderer-neutral view: positioned nodes and edges, the same input for sigma and vis-network. */
export interface ViewData {
  nodes: { id: string; x: number; y: number; size: number; color: string; label: string }[];
  edges: { id: string; source: string; target: string }[];
}

const COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"];

/**
 * n nodes in clusters (as a laid-out knowledge graph looks) and `perNode` × n
 * edges, mostly inside a cluster, seeded so both renderers draw the same view.
 */
export function viewData(n: number, perNode: number, seed = 1): ViewData {
  const rng = new Rng(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(n) / 4));
  const centres = Array.from({ length: clusters }, () => [
    rng.int(-10_000, 10_000),
    rng.int(-10_000, 10_000),
  ]);
  const clusterOf: number[] = [];
  const nodes: ViewData["nodes"] = [];
  for (let i = 0; i < n; i++) {
    const c = rng.int(0, clusters - 1);
    clusterOf.push(c);
    const [cx, cy] = centres[c]!;
    nodes.push({
      id: `n${i}`,
      x: cx! + rng.int(-1500, 1500),
      y: cy! + rng.int(-1500, 1500),
      size: 2 + rng.int(0, 4),
      color: COLORS[c % COLORS.length]!,
      label: `Node ${i}`,
    });
  }
  const byCluster: number[][] = Array.from({ length: clusters }, () => []);
  clusterOf.forEach((c, i) => byCluster[c]!.push(i));
  const edges: ViewData["edges"] = [];
  for (let e = 0; e < n * perNode; e++) {
    const a = rng.int(0, n - 1);
    const local = rng.chance(0.9) ? byCluster[clusterOf[a]!]! : null;
    let b = local ? local[rng.int(0, local.length - 1)]! : rng.int(0, n - 1);
    if (b === a) b = (a + 1) % n;
    edges.push({ id: `e${e}`, source: `n${a}`, target: `n${b}` });
  }
  return { nodes, edges };
}

export function params(): { n: number; perNode: number } {
  const search = new URLSearchParams(location.search);
  return { n: Number(search.get("n") ?? 1000), perNode: Number(search.get("edges") ?? 4) };
}

/** Resolves on the next animation frame after the one in progress: the frame is on screen. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame((t) => resolve(t))));
}

/** What each page exposes to the bench (read through Playwright). */
export interface RendererHook {
  /** Milliseconds from building the renderer's data to the first frame on screen. */
  initialRenderMs: number;
  /** Pans by `frames` steps, each step drawn before the next; resolves when the last is drawn. */
  pan: (frames: number) => Promise<number>;
  nodes: number;
  edges: number;
  /** sigma page only: frames drawn so far, ForceAtlas2 in a worker. */
  framesDrawn?: () => number;
  startLayout?: () => void;
  stopLayout?: () => void;
}

declare global {
  interface Window {
    __bench?: RendererHook;
    __benchError?: string;
  }
}
