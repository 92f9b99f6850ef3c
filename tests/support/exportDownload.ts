import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** Chooses a format (and scale) in the Export menu, clicks Download, returns the file's bytes. */
export async function download(page: Page, format: string, scale?: number): Promise<Buffer> {
  const dialog = page.getByRole("dialog", { name: "Export" });
  if (!(await dialog.isVisible())) await page.getByRole("button", { name: "Export", exact: true }).click();
  await dialog.getByLabel("Format").selectOption(format);
  if (scale !== undefined) await dialog.getByLabel("Scale").fill(String(scale));
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  return readFileSync(await file.path());
}
