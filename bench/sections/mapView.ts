import type { Results } from "../results.ts";
import { serveDir } from "../csv/serve.ts";
import { launchBrowser } from "../../tests/support/browser.ts";
import { rmSync } from "node:fs";
import { buildPages, measurePan } from "./renderers.ts";

/**
 * Views measured alternately, so that a change in the machine's load falls on both; the median
 * of five, as one measurement on the shared machine may take twice another of the same view.
 */
const ROUNDS = 5;

/**
 * The map view's cost per pan frame: the same sigma graph of `size` nodes as
 * laid out (the graph view) and as the Map view shows it (nodes at their
 * places, so the camera frames the world, and the country outlines drawn
 * after each frame), measured in turns in one browser; the figure is the
 * ratio of their main-thread times.
 */
export async function benchMapView(
  results: Results,
  options: { size: number; frames: number },
): Promise<void> {
  const { size, frames } = options;
  console.log(
    `\n[map] sigma ${size} nodes, 4 edges per node, ${frames} pan frames, graph view and map in turns`,
  );
  const pagesDir = await buildPages();
  const server = await serveDir(pagesDir);
  const { browser, close } = await launchBrowser();
  try {
    const times = { graph: [] as number[], map: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const view of ["graph", "map"] as const) {
        const url = server.url(`sigma.html?n=${size}&edges=4&explorer=1${view === "map" ? "&map=1" : ""}`);
        times[view].push((await measurePan(browser, url, frames)).mainThreadMsPerFrame);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [graph, map] = [median(times.graph), median(times.map)];
    results.figure("map", `${size} nodes: main-thread time per pan frame, graph view`, graph, "ms");
    results.figure("map", `${size} nodes: main-thread time per pan frame, map view`, map, "ms");
    const ratio = Math.round((map / Math.max(graph, 0.1)) * 100) / 100;
    results.target(
      "map",
      `${size} nodes: map view's main-thread time per pan frame against the graph view's`,
      ratio,
      "×",
      1.5,
      false,
      "the outlines (Natural Earth 1:110m) are copied from a cache on a 2D canvas after every frame, painted anew on a zoom or a long move",
    );
  } finally {
    await close();
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}
