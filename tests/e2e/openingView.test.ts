import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../bench/generate/dataset.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT, nodeByCaption, waitForOrder } from "../support/explorerPage.ts";
import { expectReadableView, settled } from "../support/openingChecks.ts";
import { PIXELS_PER_ENTITY } from "../../app/src/explorer/layout/openingSize.ts";

// The generator's 1k corpus: 12 articles, about 300 entities, a few hubs.
const root = mkdtempSync(join(tmpdir(), "dossier-opening-"));
const manifest = generateDataset({ relations: 1000, seed: 1, out: root });
const stack = useArticleStack(
  {},
  manifest.slugs.map((slug) => join(root, slug)),
);
let page: Page;

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  page = await stack.browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
});

const SENTENCE = /Showing ([\d,]+) of ([\d,]+) entities, the most cited\./;

/** The status bar's sentence about the opening view, once it says "Showing n of m". */
async function openingSentence(): Promise<{ shown: number; total: number; text: string }> {
  const sentence = page.getByTestId("opening-sentence");
  await expect.poll(() => sentence.textContent(), { timeout: UI_TIMEOUT }).toMatch(SENTENCE);
  const text = (await sentence.textContent())!;
  const [, shown, total] = SENTENCE.exec(text)!;
  return { shown: Number(shown!.replace(/,/g, "")), total: Number(total!.replace(/,/g, "")), text };
}

describe("the opening view of a corpus of several hundred entities", () => {
  it("shows the most cited entities a screen can hold, spread out, no label over another, and says so", async () => {
    await page.goto(stack.server.url);
    const { shown, total } = await openingSentence();
    expect(total).toBe(manifest.entities);
    // One entity per PIXELS_PER_ENTITY of the canvas left beside the article, the legend and the timeline.
    const canvas = await page.locator(".canvas-area").boundingBox();
    const fit = Math.round((canvas!.width * canvas!.height) / PIXELS_PER_ENTITY);
    expect(
      shown,
      `about what a ${Math.round(canvas!.width)}×${Math.round(canvas!.height)} px canvas shows readably`,
    ).toBeGreaterThanOrEqual(fit - 2);
    expect(shown).toBeLessThanOrEqual(fit + 2);
    await waitForOrder(page, shown);
    await settled(page);

    // The entity that the most articles name (then the best connected) is among them.
    const { records } = await stack.driver.executeQuery(
      `MATCH (e:Entity)
       RETURN e.name AS name
       ORDER BY e.articleCount DESC, COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() } DESC, e.id LIMIT 1`,
    );
    await nodeByCaption(page, records[0]!.get("name") as string);

    const labels = await expectReadableView(page);
    // Each with its name, shortened or a few letters of it where the room is short; in a crowded
    // centre a few may still have none (BENCHMARKS.md counts them at 1k and 10k).
    expect(labels.length, "four in five shown entities or more are labelled").toBeGreaterThanOrEqual(
      Math.ceil(shown * 0.8),
    );

    // A reload gives the same picture.
    const first = await page.evaluate(() => window.__dossier!.drawnNodes());
    await page.reload();
    await waitForOrder(page, shown);
    await settled(page);
    const again = new Map(
      (await page.evaluate(() => window.__dossier!.drawnNodes())).map((n) => [n.id, n] as const),
    );
    for (const node of first) {
      const other = again.get(node.id)!;
      expect(Math.hypot(node.x - other.x, node.y - other.y), "the same place after a reload").toBeLessThan(1);
    }
  });

  it("shows more on request, laid out again and still readable", async () => {
    await page.goto(stack.server.url);
    const before = await openingSentence();
    await page.getByRole("button", { name: "Show more" }).click();
    await expect
      .poll(async () => (await openingSentence()).shown, { timeout: UI_TIMEOUT })
      .toBeGreaterThan(before.shown);
    const after = await openingSentence();
    expect(after.total).toBe(before.total);
    await waitForOrder(page, after.shown);
    await settled(page);
    await expectReadableView(page);
  });
});
