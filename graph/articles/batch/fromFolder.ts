import { readdirSync } from "node:fs";
import { join } from "node:path";
import { kindOfName } from "../sourceKind.ts";
import type { BatchItem } from "./items.ts";

export const NOT_TEXT = "not a text, HTML or Markdown file";

/**
 * Every file directly in the folder, by name: .txt, .html and .md ones to add,
 * others skipped with one sentence. Hidden files (.DS_Store and the like) are
 * not listed; sub-folders are skipped, not walked.
 */
export function itemsFromFolder(folder: string): BatchItem[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entry): BatchItem => {
      const label = entry.name;
      if (entry.isDirectory())
        return { label, skipped: "a folder; only the files directly inside are added" };
      if (!entry.isFile() || !kindOfName(entry.name)) return { label, skipped: NOT_TEXT };
      return { label, source: { from: "path", path: join(folder, entry.name) }, given: {} };
    });
}
