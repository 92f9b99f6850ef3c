import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { UI_TIMEOUT } from "./explorerPage.ts";

/** Selects the first occurrence of `quote` in the Annotate view's text, as a user drags over it. */
export async function selectText(page: Page, quote: string): Promise<void> {
  const found = await page.evaluate((q) => {
    const root = document.querySelector(".annotated-text");
    if (!root) return false;
    const at = (root.textContent ?? "").indexOf(q);
    if (at < 0) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (at >= seen && at < seen + length) range.setStart(node, at - seen);
      if (at + q.length > seen && at + q.length <= seen + length) {
        range.setEnd(node, at + q.length - seen);
        break;
      }
      seen += length;
    }
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    return true;
  }, quote);
  expect(found, `"${quote}" is in the text`).toBe(true);
  await page
    .getByRole("region", { name: "Selected text" })
    .getByText(`“${quote}”`)
    .waitFor({ timeout: UI_TIMEOUT });
}

/** An item of the entity or relation list, by its name as the list shows it. */
export function listItem(page: Page, list: "Entities" | "Relations", name: string): Locator {
  return page.getByRole("region", { name: list }).getByRole("listitem", { name, exact: true });
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole("status", { name: "Save status" }).innerText(), { timeout: UI_TIMEOUT })
    .toBe("Saved");
}

/** Pastes a text into the Add article dialog and adds it; returns the dialog once it says the article was added as `slug`. */
export async function addPastedText(page: Page, url: string, text: string, slug: string): Promise<Locator> {
  await page.goto(url);
  await page.getByRole("button", { name: "Add article" }).click();
  const dialog = page.getByRole("dialog", { name: "Add article" });
  await dialog.getByLabel("Text").fill(text);
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect
    .poll(() => dialog.getByRole("status").textContent(), { timeout: UI_TIMEOUT })
    .toMatch(new RegExp(`^Added ${slug} with `));
  return dialog;
}

/** Waits for the draft to be saved, publishes it from the Annotate view and waits until it says so. */
export async function publishReviewed(page: Page): Promise<void> {
  await waitForSaved(page);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect
    .poll(() => page.getByRole("status").filter({ hasText: "Published" }).innerText(), {
      timeout: UI_TIMEOUT,
    })
    .toMatch(/^Published /);
}
