import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, CDPSession, Page } from "playwright-core";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import { launchBrowser } from "../../tests/support/browser.ts";
import { serveDir } from "../csv/serve.ts";
import type { RendererHook } from "../pages/viewGraph.ts";
import type { Results } from "../results.ts";

export interface RenderFigures {
  initialMs: number;
  /** Main-thread task time per pan frame (CDP Performance.getMetrics TaskDuration). */
  mainThreadMsPerFrame: number;
  wallMsPerFrame: number;
  heapMb: number;
}

/** Builds bench/pages (sigma and vis-network pages) with vite into a temporary folder. */
export async function buildPages(): Promise<string> {
  const { build } = await import("vite");
  const outDir = mkdtempSync(join(tmpdir(), "dossier-bench-pages-"));
  const root = join(projectRoot, "bench", "pages");
  await build({
    configFile: false,
    root,
    logLevel: "error",
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      rollupOptions: {
        input: {
          sigma: join(root, "sigma.html"),
          vis: join(root, "vis.html"),
          expand: join(root, "expand.html"),
        },
      },
    },
  });
  return outDir;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
}

/** Opens a renderer page with CDP metrics on and waits until it has drawn (or failed). */
async function openRendererPage(browser: Browser, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(url);
    await page.waitForFunction(
      () => window.__bench !== undefined || window.__benchError !== undefined,
      undefined,
      { timeout: 600_000, polling: 200 },
    );
    const error = await page.evaluate(() => window.__benchError);
    if (error) throw new Error(`The renderer page failed: ${error}`);
    return { page, cdp };
  } catch (failure) {
    await page.close();
    throw failure;
  }
}

async function measure(browser: Browser, url: string, frames: number): Promise<RenderFigures> {
  const { page, cdp } = await openRendererPage(browser, url);
  try {
    const initialMs = await page.evaluate(() => (window.__bench as RendererHook).initialRenderMs);
    const before = await taskSeconds(cdp);
    const wall = await page.evaluate((n) => (window.__bench as RendererHook).pan(n), frames);
    const after = await taskSeconds(cdp);
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    return {
      initialMs: Math.round(initialMs),
      mainThreadMsPerFrame: Math.round(((after - before) * 1000 * 10) / frames) / 10,
      wallMsPerFrame: Math.round(wall / frames),
      heapMb: Math.round(heap.usedSize / 1024 / 1024),
    };
  } finally {
    await page.close();
  }
}

export interface ExplorerViewFigures {
  initialMs: number;
  /** Main-thread task time per frame while the mouse drags the view. */
  dragMainThreadMsPerFrame: number;
  framesPerMove: number;
  /** How long a pointer move waits for the page while ForceAtlas2 runs in its worker. */
  layoutInputDelayP95: number;
  layoutInputDelayMax: number;
  layoutInputEvents: number;
}

const LAYOUT_MOVES = 40;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The explorer's settings on a large view: a real mouse drag (sigma hides
 * relationships while the view moves), then a pointer move every 50 ms while
 * ForceAtlas2 runs in its worker, timing how long each waits for the page.
 */
async function measureExplorerView(
  browser: Browser,
  url: string,
  moves: number,
): Promise<ExplorerViewFigures> {
  const { page, cdp } = await openRendererPage(browser, url);
  try {
    const initialMs = await page.evaluate(() => (window.__bench as RendererHook).initialRenderMs);
    await page.mouse.move(640, 400);
    await page.mouse.down();
    const framesBefore = await page.evaluate(() => (window.__bench as Required<RendererHook>).framesDrawn());
    const before = await taskSeconds(cdp);
    for (let i = 1; i <= moves; i++) {
      await page.mouse.move(640 + i * 3, 400 + i);
      // Wait for the frame that move caused to be drawn.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    }
    const after = await taskSeconds(cdp);
    const frames =
      (await page.evaluate(() => (window.__bench as Required<RendererHook>).framesDrawn())) - framesBefore;
    await page.mouse.up();
    await page.evaluate(() => (window.__bench as Required<RendererHook>).startLayout());
    // Each move resolves when the page has taken the event in: the wait is how long input is held up.
    const delays: number[] = [];
    for (let i = 0; i < LAYOUT_MOVES; i++) {
      const sent = performance.now();
      await page.mouse.move(300 + (i % 20) * 10, 300 + (i % 7) * 10);
      delays.push(performance.now() - sent);
      await pause(50);
    }
    await page.evaluate(() => (window.__bench as Required<RendererHook>).stopLayout());
    delays.sort((a, b) => a - b);
    return {
      initialMs: Math.round(initialMs),
      dragMainThreadMsPerFrame: Math.round(((after - before) * 1000 * 10) / Math.max(frames, 1)) / 10,
      framesPerMove: Math.round((frames / moves) * 100) / 100,
      layoutInputDelayP95: Math.round(delays[Math.floor(delays.length * 0.95)] ?? 0),
      layoutInputDelayMax: Math.round(delays.at(-1) ?? 0),
      layoutInputEvents: delays.length,
    };
  } finally {
    await page.close();
  }
}

/**
 * sigma (the explorer's renderer) against vis-network (what neovis.js uses) on
 * the same views in the same browser, and sigma alone at 50k nodes.
 */
export async function benchRenderers(
  results: Results,
  options: { sizes: number[]; peerSizes: number[]; frames: number; peerFrames: number },
): Promise<void> {
  console.log(
    `\n[renderers] sigma ${options.sizes.join(", ")} nodes; vis-network ${options.peerSizes.join(", ")} nodes; 4 edges per node; ${options.frames} pan frames`,
  );
  const pagesDir = await buildPages();
  const server = await serveDir(pagesDir);
  const { browser, close } = await launchBrowser();
  try {
    const sigma = new Map<number, RenderFigures>();
    for (const n of options.sizes) {
      const f = await measure(browser, server.url(`sigma.html?n=${n}&edges=4`), options.frames);
      sigma.set(n, f);
      results.figure(
        "browser",
        `sigma ${n} nodes / ${4 * n} edges: initial render to first frame`,
        f.initialMs,
        "ms",
      );
      results.figure(
        "browser",
        `sigma ${n} nodes: main-thread time per pan frame`,
        f.mainThreadMsPerFrame,
        "ms",
        `wall ${f.wallMsPerFrame} ms per frame in software GL`,
      );
      results.figure("memory", `browser JS heap, sigma view of ${n} nodes / ${4 * n} edges`, f.heapMb, "MB");
    }
    const big = Math.max(...options.sizes);
    if (big >= 50_000) {
      const view = await measureExplorerView(
        browser,
        server.url(`sigma.html?n=${big}&edges=4&explorer=1`),
        options.frames,
      );
      results.figure(
        "browser",
        `explorer settings, ${big} nodes / ${4 * big} edges: initial render to first frame (with labels)`,
        view.initialMs,
        "ms",
      );
      results.target(
        "browser",
        `explorer settings, ${big} nodes: main-thread work per frame while dragging the view`,
        view.dragMainThreadMsPerFrame,
        "ms",
        16,
        false,
        "with software WebGL the main thread also submits every draw call to SwiftShader; on a GPU this work is smaller",
      );
      results.figure(
        "browser",
        `explorer settings, ${big} nodes: frames drawn per mouse move while dragging`,
        view.framesPerMove,
        "frames",
      );
      results.figure(
        "browser",
        `${big} nodes, ForceAtlas2 in its worker: pointer events timed`,
        view.layoutInputEvents,
        "events",
      );
      results.figure(
        "browser",
        `${big} nodes, ForceAtlas2 in its worker: input delay p95`,
        view.layoutInputDelayP95,
        "ms",
      );
      results.target(
        "browser",
        `${big} nodes, ForceAtlas2 in its worker: longest input delay (never blocks input)`,
        view.layoutInputDelayMax,
        "ms",
        100,
        false,
        "the layout computes in the worker, but each round of positions it sends back is applied to the graph and redrawn by sigma on the main thread, which takes as long as a full frame of the view",
      );
    }
    const bigFigures = sigma.get(big);
    if (bigFigures && big >= 50_000) {
      results.figure(
        "browser",
        `bare sigma ${big} nodes (edges and labels drawn while moving): main-thread work per pan frame`,
        bigFigures.mainThreadMsPerFrame,
        "ms",
      );
    }
    for (const n of options.peerSizes) {
      const ours =
        sigma.get(n) ?? (await measure(browser, server.url(`sigma.html?n=${n}&edges=4`), options.frames));
      const vis = await measure(browser, server.url(`vis.html?n=${n}&edges=4`), options.peerFrames);
      results.figure(
        "peer",
        `vis-network ${n} nodes / ${4 * n} edges: initial render to first frame`,
        vis.initialMs,
        "ms",
      );
      results.figure(
        "peer",
        `vis-network ${n} nodes: main-thread time per pan frame`,
        vis.mainThreadMsPerFrame,
        "ms",
        `wall ${vis.wallMsPerFrame} ms per frame`,
      );
      const initialRatio = Math.round((vis.initialMs / ours.initialMs) * 100) / 100;
      const frameRatio =
        Math.round((vis.mainThreadMsPerFrame / Math.max(ours.mainThreadMsPerFrame, 0.1)) * 100) / 100;
      results.figure("peer", `${n} nodes: vis-network / sigma initial render`, initialRatio, "×");
      results.figure("peer", `${n} nodes: vis-network / sigma main-thread per pan frame`, frameRatio, "×");
      results.target(
        "peer",
        `${n} nodes: sigma's main-thread time per pan frame lower than vis-network's by`,
        frameRatio,
        "×",
        5,
        true,
        "sigma's per-frame main-thread work is its WebGL draw submission, which SwiftShader makes costly",
      );
      results.target(
        "peer",
        `${n} nodes: sigma's initial render faster than vis-network's by`,
        initialRatio,
        "×",
        1,
        true,
        "sigma builds its WebGL buffers for every node and edge before the first frame",
      );
    }
  } finally {
    await close();
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}
