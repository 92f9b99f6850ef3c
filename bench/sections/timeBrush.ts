import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import { launchBrowser } from "../../tests/support/browser.ts";
import { startAppChild } from "../appServer.ts";
import type { BenchNeo4j } from "../neo4j.ts";
import type { Results } from "../results.ts";

const S = "timeline";
const VIEW_NODES = 5000;
const ROUNDS = 5;
/**
 * Entities, each with one of its relationships to another entity: distinct ends,
 * more than the view takes (the workbench cuts the graph at VIEW_NODES nodes).
 */
const VIEW_QUERY =
  "MATCH (a:Entity) WITH a LIMIT 8000 CALL (a) { MATCH (a)-[r]->(b:Entity) RETURN r, b LIMIT 1 } RETURN a, r, b";
const FAILURE_SHOT = join(projectRoot, "bench", "tmp", "brush-failure.png");

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
}

/** Resolves after the browser has drawn two more frames (sigma draws a change on the next one). */
const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

/** The explorer with the workbench's answer as its whole view: about VIEW_NODES entities. */
async function openBigView(page: Page): Promise<number> {
  await page.getByRole("tab", { name: "Cypher" }).waitFor({ timeout: 300_000 });
  await page.getByText("Opening the graph…").waitFor({ state: "detached", timeout: 300_000 });
  await page.getByRole("tab", { name: "Cypher" }).click();
  const editor = page.getByRole("textbox", { name: "Cypher" });
  await editor.waitFor();
  await page.getByLabel("After a run").selectOption("replace");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(VIEW_QUERY);
  await page.keyboard.press("Escape");
  await page.keyboard.press("ControlOrMeta+Enter");
  const failure = page.locator(".workbench-error");
  const answered = page.getByRole("tablist", { name: "Result views" });
  await failure.or(answered).first().waitFor({ timeout: 300_000 });
  if (await failure.isVisible())
    throw new Error(`The workbench refused the view's query: ${await failure.innerText()}`);
  // The answer enters the view in one step; wait until the view holds it.
  await page.waitForFunction((n) => (window.__dossier?.order() ?? 0) >= n / 2, VIEW_NODES, {
    timeout: 300_000,
    polling: 500,
  });
  // The filter is used with the graph in front: the side panel goes back to Details.
  await page.getByRole("tab", { name: "Details" }).click();
  return page.evaluate(() => window.__dossier!.order());
}

/**
 * Main-thread milliseconds from `act` until the timeline's summary matches `done`
 * and the frame after is drawn. The wait reads one element by class: a
 * role-based locator would walk the whole page on every poll and count itself.
 */
async function timed(page: Page, cdp: CDPSession, act: () => Promise<void>, done: RegExp) {
  const before = await taskMs(cdp);
  await act();
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector(".timeline-summary")?.textContent ?? ""),
    done.source,
    { polling: 50, timeout: 120_000 },
  );
  await twoFrames(page);
  return (await taskMs(cdp)) - before;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The time filter in the explorer itself on a view of about 5,000 entities
 * (put there by the workbench): a brush dragged on the event lane, timed from
 * the mouse's release (when the filter applies) to the frame drawn after it;
 * then Clear. Main-thread time from Chromium's own task accounting (CDP).
 */
export async function benchTimeBrush(results: Results, db: BenchNeo4j, size: string): Promise<void> {
  console.log(`\n[timeline ${size}] brush over a ${VIEW_NODES.toLocaleString("en-US")}-node view`);
  const app = await startAppChild(db, { QUERY_MAX_NODES: String(VIEW_NODES), QUERY_MAX_ROWS: "10000" });
  const { browser, close } = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(120_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(app.url);
    const nodes = await openBigView(page).catch(async (error: unknown) => {
      await page.screenshot({ path: FAILURE_SHOT }).catch(() => undefined);
      throw new Error(
        `${error instanceof Error ? error.message : String(error)} (the page: ${FAILURE_SHOT})`,
      );
    });
    const timeline = page.getByRole("region", { name: "Timeline" });
    const summary = timeline.locator(".timeline-summary");
    const strip = (await timeline.locator(".brush .overlay").boundingBox())!;
    const y = strip.y + strip.height / 2;
    const applies: number[] = [];
    const clears: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Each round brushes a slightly different stretch, so no answer is reused.
      await page.mouse.move(strip.x + strip.width * (0.3 + round * 0.02), y);
      await page.mouse.down();
      await page.mouse.move(strip.x + strip.width * 0.65, y, { steps: 5 });
      applies.push(await timed(page, cdp, () => page.mouse.up(), /^Showing /));
      // The button is found before the clock starts: finding it by role walks the whole page in the
      // page's own thread (the workbench's result table too), which is the bench's work, not the app's.
      const clear = await timeline.getByRole("button", { name: "Clear" }).elementHandle();
      clears.push(await timed(page, cdp, () => clear!.click(), /dated items on screen/));
    }
    const shown = await summary.innerText();
    const note = `${nodes} nodes in view, median of ${ROUNDS}`;
    results.figure(S, `${size} brush apply, main-thread time`, Math.round(median(applies)), "ms", note);
    results.figure(S, `${size} brush clear, main-thread time`, Math.round(median(clears)), "ms", note);
    console.log(`  (after the last clear: ${shown})`);
    const limit =
      "a profile of one apply (3,422 nodes, at a load of 10 on 2 cores), now that the side panels, the legend and the canvas's size stay put: sigma's refresh and frame about 65 ms, the label planner's passes 26 ms, React's renders of the timeline, legend and status 40 ms";
    results.target(
      S,
      `${size} brush apply over a ${nodes}-node view: main-thread time`,
      median(applies),
      "ms",
      50,
      false,
      limit,
    );
    results.target(
      S,
      `${size} brush clear over a ${nodes}-node view: main-thread time`,
      median(clears),
      "ms",
      50,
      false,
      limit,
    );
  } finally {
    await close();
    await app.stop();
  }
}
