import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_FILES, articlePaths } from "../../graph/corpus/articleFiles.ts";
import { displayPath } from "../../graph/corpus/displayPath.ts";
import { withFolderLock } from "../../graph/corpus/folderLock.ts";
import {
  folderWithText,
  removeAbandonedFolders,
  writeFolderAtomically,
} from "../../graph/corpus/folderWrite.ts";
import { articleSlug, freeSlug } from "../../graph/corpus/slug.ts";
import { SLUG_MAX, isSlug } from "../../graph/corpus/slugPattern.ts";
import { textHash } from "../../graph/corpus/textHash.ts";

/** The article folder module (graph/corpus/): its names, its slug rules, its hash and its writes. */
const root = () => mkdtempSync(join(tmpdir(), "article-folder-"));

describe("an article folder's name", () => {
  it("is the date and the first words of the title, accents and punctuation folded", () => {
    expect(articleSlug("2025-06-23", "Assimi Goïta’s visit to Moscow: three agreements")).toBe(
      "2025-06-23-assimi-goitas-visit-to-moscow-three-agreements",
    );
    expect(
      articleSlug("2024-03-05", "A very long title that goes on and on about the harbour and its cranes"),
    ).toBe("2024-03-05-a-very-long-title-that-goes-on-and");
    expect(articleSlug("2024-03-05", "“…”")).toBe("2024-03-05");
  });

  it("takes a numbered suffix when taken", () => {
    const taken = new Set(["2024-03-05-port", "2024-03-05-port-2"]);
    expect(freeSlug("2024-03-05-port", (s) => taken.has(s))).toBe("2024-03-05-port-3");
    expect(freeSlug("2024-03-05-quay", (s) => taken.has(s))).toBe("2024-03-05-quay");
  });

  it("is checked by one pattern that leaves no way out of the articles folder", () => {
    expect(isSlug("2024-03-05-port")).toBe(true);
    for (const bad of ["", "..", "a/b", "A-b", "a--b", "-a", "a%2F..", "a".repeat(SLUG_MAX + 1)])
      expect(isSlug(bad), bad).toBe(false);
  });
});

describe("an article folder's files", () => {
  it("have one set of names, and paths made from them", () => {
    expect(ARTICLE_FILES.text).toBe("article.txt");
    expect(articlePaths("/x/a").meta).toBe(join("/x/a", "meta.json"));
    expect(Object.keys(articlePaths("/x/a")).sort()).toEqual(Object.keys(ARTICLE_FILES).sort());
  });

  it("are written whole under the first free name, and the text is found again by its hash", () => {
    const dir = root();
    mkdirSync(join(dir, "2024-03-05-port"));
    const files = () => ({ [ARTICLE_FILES.text]: "The port opened.", [ARTICLE_FILES.meta]: "{}" });
    const slug = writeFolderAtomically(dir, "2024-03-05-port", files);
    expect(slug).toBe("2024-03-05-port-2");
    expect(readFileSync(join(dir, slug, ARTICLE_FILES.text), "utf8")).toBe("The port opened.");
    expect(readdirSync(dir).filter((n) => n.startsWith("."))).toEqual([]);
    expect(textHash("The port opened.")).toMatch(/^[0-9a-f]{64}$/);
    expect(folderWithText(dir, textHash("The port opened."))).toBe(join(dir, slug));
    expect(folderWithText(dir, textHash("Another text."))).toBeUndefined();
  });

  it("leave nothing behind when a write fails", () => {
    const dir = root();
    expect(() =>
      writeFolderAtomically(dir, "2024-03-05-port", () => ({
        [ARTICLE_FILES.text]: "x",
        "no/such/folder.json": "{}",
      })),
    ).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("left by a killed add are removed only once nobody touched them for a quarter of an hour", () => {
    const dir = root();
    const old = join(dir, ".adding-old");
    mkdirSync(old);
    writeFileSync(join(old, ARTICLE_FILES.text), "half an article");
    const anHourAgo = new Date(Date.now() - 60 * 60_000);
    utimesSync(old, anHourAgo, anHourAgo);
    mkdirSync(join(dir, ".adding-now"));
    mkdirSync(join(dir, "2025-01-01-an-article"));
    mkdirSync(join(dir, ".other-hidden"));
    utimesSync(join(dir, ".other-hidden"), anHourAgo, anHourAgo);
    expect(removeAbandonedFolders(dir)).toEqual([".adding-old"]);
    expect(readdirSync(dir).sort()).toEqual([".adding-now", ".other-hidden", "2025-01-01-an-article"]);
    expect(removeAbandonedFolders(join(dir, "missing"))).toEqual([]);
  });

  it("are shown in messages by a path that is never absolute", () => {
    const outside = join(mkdtempSync(join(tmpdir(), "elsewhere-")), "2024-03-05-port");
    const shown = displayPath(outside);
    expect(shown.startsWith("/")).toBe(false);
    expect(shown.endsWith("2024-03-05-port")).toBe(true);
  });

  it("are changed by one request at a time per folder", async () => {
    const order: string[] = [];
    const first = withFolderLock("/x/a", async () => {
      order.push("first starts");
      await new Promise((resolve) => setImmediate(resolve));
      order.push("first ends");
    });
    const second = withFolderLock("/x/a", () => void order.push("second"));
    await Promise.all([first, second]);
    expect(order).toEqual(["first starts", "first ends", "second"]);
  });
});
