import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeAbandonedFolders } from "../../graph/articles/folder.ts";

describe("folders left by a killed add", () => {
  it("removes only hidden folders being written that nobody touched for a quarter of an hour", () => {
    const root = mkdtempSync(join(tmpdir(), "abandoned-"));
    const old = join(root, ".adding-old");
    mkdirSync(old);
    writeFileSync(join(old, "article.txt"), "half an article");
    const anHourAgo = new Date(Date.now() - 60 * 60_000);
    utimesSync(old, anHourAgo, anHourAgo);
    mkdirSync(join(root, ".adding-now"));
    mkdirSync(join(root, "2025-01-01-an-article"));
    mkdirSync(join(root, ".other-hidden"));
    utimesSync(join(root, ".other-hidden"), anHourAgo, anHourAgo);

    expect(removeAbandonedFolders(root)).toEqual([".adding-old"]);
    expect(readdirSync(root).sort()).toEqual([".adding-now", ".other-hidden", "2025-01-01-an-article"]);
    expect(removeAbandonedFolders(join(root, "missing"))).toEqual([]);
  });
});
