import type { Page } from "playwright-core";
import { expect } from "vitest";
import { UI_TIMEOUT } from "./explorerPage.ts";

/** The drawn nodes' bounding box keeps its width to height within 1:2.5 and 2.5:1. */
export const MAX_ASPECT = 2.5;

/** Waits until the camera stands still and sigma has drawn a frame since (and the labels chosen for it). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__dossier?.cameraMoving() === false, null, { timeout: UI_TIMEOUT });
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
      ),
  );
}

/** Labels of the last frame; asserts that none overlaps another or leaves the canvas. */
export async function expectCleanLabels(page: Page): Promise<string[]> {
  const { labels, width, height } = await page.evaluate(() => window.__dossier!.drawnLabels());
  for (const box of labels) {
    expect(box.left, `"${box.label}" starts inside the canvas`).toBeGreaterThanOrEqual(0);
    expect(box.top, `"${box.label}" starts inside the canvas`).toBeGreaterThanOrEqual(0);
    expect(box.right, `"${box.label}" ends inside the canvas (width ${width})`).toBeLessThanOrEqual(width);
    expect(box.bottom, `"${box.label}" ends inside the canvas (height ${height})`).toBeLessThanOrEqual(
      height,
    );
  }
  const overlapping = labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `"${a.label}" / "${b.label}"`),
  );
  expect(overlapping, "labels drawn over each other").toEqual([]);
  return labels.map((l) => l.label);
}

/** Asserts that the drawn nodes spread over both directions (no column, no line); returns width / height. */
export async function expectSpread(page: Page): Promise<number> {
  const nodes = await page.evaluate(() => window.__dossier!.drawnNodes());
  expect(nodes.length).toBeGreaterThan(1);
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const ratio = (Math.max(...xs) - Math.min(...xs)) / Math.max(Math.max(...ys) - Math.min(...ys), 1e-9);
  expect(ratio, "bounding box width / height of the drawn nodes").toBeLessThanOrEqual(MAX_ASPECT);
  expect(ratio, "bounding box width / height of the drawn nodes").toBeGreaterThanOrEqual(1 / MAX_ASPECT);
  return ratio;
}

/** Both: labels apart and inside, nodes spread; returns the drawn labels. */
export async function expectReadableView(page: Page): Promise<string[]> {
  await expectSpread(page);
  return expectCleanLabels(page);
}
