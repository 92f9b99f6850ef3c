import type { Browser } from "playwright-core";
import type {} from "../../app/src/explorer/canvas/TestHook.tsx";

declare global {
  interface Window {
    __explorerExpand?: { totalMs: number; added: number } | { error: string };
  }
}

const WATCH_SCRIPT = `(() => {
  const before = window.__dossier.order();
  let clickedAt = 0;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const watch = async () => {
    const deadline = performance.now() + 60000;
    while (window.__dossier.order() === before) {
      if (performance.now() > deadline) {
        window.__explorerExpand = { error: "the view did not grow within 60 s" };
        return;
      }
      await frame();
    }
    // sigma draws a changed graph on its next frame; the one after is on screen.
    await frame();
    await frame();
    window.__explorerExpand = { totalMs: performance.now() - clickedAt, added: window.__dossier.order() - before };
  };
  document.addEventListener("click", () => {
    clickedAt = performance.now();
    void watch();
  }, { capture: true, once: true });
})()`;

/**
 * The explorer itself: open it focused on a node, click its Expand button, and
 * time from the click to the frame after the new nodes entered sigma's graph.
 * Returns the milliseconds and nodes added, or why it could not be measured.
 */
export async function explorerExpandOnce(
  browser: Browser,
  appUrl: string,
  id: string,
): Promise<{ totalMs: number; added: number } | { error: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${appUrl}/?focus=${encodeURIComponent(id)}`);
    const button = page.getByRole("button", { name: "Expand", exact: true });
    await button.waitFor({ state: "visible", timeout: 120_000 });
    await page.waitForFunction(() => window.__dossier !== undefined);
    // Plain JavaScript: the watcher runs in the page as written (no build helpers).
    await page.evaluate(WATCH_SCRIPT);
    await button.click();
    await page.waitForFunction(() => window.__explorerExpand !== undefined, undefined, { timeout: 120_000 });
    return (await page.evaluate(() => window.__explorerExpand))!;
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  } finally {
    await page.close();
  }
}
