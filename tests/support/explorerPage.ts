import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** Generous: the machines running the tests render WebGL in software and are shared. */
export const UI_TIMEOUT = 30_000;

/** Waits until the explorer draws `order` nodes (read through the page's `window.__dossier` hook). */
export async function waitForOrder(page: Page, order: number): Promise<void> {
  await page.waitForFunction((n) => window.__dossier?.order() === n, order, { timeout: UI_TIMEOUT });
}

export function graphOrder(page: Page): Promise<number> {
  return page.evaluate(() => window.__dossier?.order() ?? -1);
}

export async function nodeByCaption(page: Page, caption: string): Promise<string> {
  const id = await page.evaluate((c) => window.__dossier?.nodeByCaption(c) ?? null, caption);
  expect(id, `node "${caption}" on the canvas`).not.toBeNull();
  return id!;
}

/** Types into a node combobox and chooses the suggestion with this exact name. */
export async function chooseNode(page: Page, box: string, typed: string, name: string): Promise<void> {
  const input = page.getByRole("combobox", { name: box, exact: true });
  await input.fill(typed);
  const option = page
    .getByRole("listbox", { name: `${box} suggestions` })
    .getByRole("option")
    .filter({
      has: page.locator(".suggestion-name", { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
    });
  await option.first().waitFor({ timeout: UI_TIMEOUT });
  // Keyboard: arrows to the suggestion, Enter to choose it.
  const names = await page
    .getByRole("listbox", { name: `${box} suggestions` })
    .locator(".suggestion-name")
    .allInnerTexts();
  const index = names.indexOf(name);
  expect(index, `suggestions ${JSON.stringify(names)} include ${name}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await input.press("ArrowDown");
  await expect.poll(() => option.first().getAttribute("aria-selected")).toBe("true");
  await input.press("Enter");
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The heading of the details panel once it shows `name`. */
export async function waitForDetails(page: Page, name: string, timeout = UI_TIMEOUT): Promise<void> {
  await page.getByRole("tabpanel").getByRole("heading", { level: 2, name, exact: true }).waitFor({ timeout });
}

/** Drags the mouse across a strip (a d3 brush's hit area) from one share of its width to another. */
export async function brushAcross(page: Page, strip: Locator, from: number, to: number): Promise<void> {
  const box = await strip.boundingBox();
  expect(box, "the strip to brush is on the page").not.toBeNull();
  const y = box!.y + box!.height / 2;
  await page.mouse.move(box!.x + box!.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box!.x + box!.width * to, y, { steps: 5 });
  await page.mouse.up();
}
