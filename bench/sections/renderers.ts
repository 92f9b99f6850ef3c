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

/** Opens a renderer page and pans it `frames` times: its first frame, its cost per frame and its heap. */
export async function measurePan(browser: Browser, url: string, frames: number): Promise<RenderFigures> {
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

export interface DragFigures {
  initialMs: number;
  /** Main-thread task time per frame while the mouse drags the view. */
  dragMainThreadMsPerFrame: number;
  framesPerMove: number;
}

export interface LayoutInputFigures {
  /** How long a pointer move waits for the page while ForceAtlas2 runs in its worker. */
  delayP95: number;
  delayMax: number;
  events: number;
}

const LAYOUT_MOVES = 40;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The explorer's settings on a large view, dragged by a real mouse (sigma
 * hides relationships while the view moves).
 */
async function measureDrag(browser: Browser, url: string, moves: number): Promise<DragFigures> {
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
    return {
      initialMs: Math.round(initialMs),
      dragMainThreadMsPerFrame: Math.round(((after - before) * 1000 * 10) / Math.max(frames, 1)) / 10,
      framesPerMove: Math.round((frames / moves) * 100) / 100,
    };
  } finally {
    await page.close();
  }
}

/**
 * Pointer moves over the explorer's view while ForceAtlas2 runs in its worker
 * (applied as the explorer applies it), timing how long each waits for the
 * page: 4 bursts of 10 moves 50 ms apart, each burst starting right after the
 * layout has drawn a new frame (the explorer holds the drawing still while
 * the pointer moves, so a burst's first move meets the frame still being drawn).
 */
export async function measureLayoutInput(browser: Browser, url: string): Promise<LayoutInputFigures> {
  const { page } = await openRendererPage(browser, url);
  try {
    await page.evaluate(() => (window.__bench as Required<RendererHook>).startLayout());
    // Each move resolves when the page has taken the event in: the wait is how long input is held up.
    const delays: number[] = [];
    for (let i = 0; i < LAYOUT_MOVES; i++) {
      if (i % 10 === 0) {
        await page.mouse.move(5, 5);
        const drawn = await page.evaluate(() => (window.__bench as Required<RendererHook>).framesDrawn());
        await page.waitForFunction(
          (n) => (window.__bench as Required<RendererHook>).framesDrawn() > n,
          drawn,
          { timeout: 600_000, polling: 20 },
        );
      }
      const sent = performance.now();
      await page.mouse.move(300 + (i % 20) * 10, 300 + (i % 7) * 10);
      delays.push(performance.now() - sent);
      await pause(50);
    }
    await page.evaluate(() => (window.__bench as Required<RendererHook>).stopLayout());
    delays.sort((a, b) => a - b);
    return {
      delayP95: Math.round(delays[Math.floor(delays.length * 0.95)] ?? 0),
      delayMax: Math.round(delays.at(-1) ?? 0),
      events: delays.length,
    };
  } finally {
    await page.close();
  }
}

function layoutFigures(results: Results, n: number, figures: LayoutInputFigures): void {
  results.figure(
    "browser",
    `${n} nodes, ForceAtlas2 in its worker: pointer events timed`,
    figures.events,
    "events",
  );
  results.figure("browser", `${n} nodes, ForceAtlas2 in its worker: input delay p95`, figures.delayP95, "ms");
  results.target(
    "browser",
    `${n} nodes, ForceAtlas2 in its worker: longest input delay (never blocks input)`,
    figures.delayMax,
    "ms",
    100,
    false,
    "Chromium hands a pointer move to the page with its next frame: the first move of a burst waits for the layout frame being drawn, which in software WebGL takes this long for this view (the drawing then holds still while the pointer moves)",
  );
}

/**
 * sigma (the explorer's renderer) against vis-network (what neovis.js uses) on
 * the same views in the same browser, and sigma alone at 50k nodes.
 */
export async function benchRenderers(
  results: Results,
  options: { sizes: number[]; peerSizes: number[]; frames: number; peerFrames: number; explorer: boolean },
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
      const f = await measurePan(browser, server.url(`sigma.html?n=${n}&edges=4`), options.frames);
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
    if (options.explorer && big >= 50_000) {
      const view = await measureDrag(
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
    }
    for (const n of options.explorer ? options.sizes : []) {
      layoutFigures(
        results,
        n,
        await measureLayoutInput(browser, server.url(`sigma.html?n=${n}&edges=4&explorer=1`)),
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
        sigma.get(n) ?? (await measurePan(browser, server.url(`sigma.html?n=${n}&edges=4`), options.frames));
      const vis = await measurePan(browser, server.url(`vis.html?n=${n}&edges=4`), options.peerFrames);
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
