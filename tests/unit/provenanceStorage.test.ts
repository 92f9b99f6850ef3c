import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addArticle } from "../../graph/articles/add.ts";
import { readArticles } from "../../graph/loader/load.ts";
import type { StoredProvenance } from "../../graph/provenance/stored.ts";
import { DISPATCH, INDEPENDENT_WITH_STATEMENT, REPRINT_WITH_FURNITURE } from "../support/provenanceTexts.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function newRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "dossier-provenance-"));
  roots.push(root);
  return root;
}

/** An article folder as the loader reads it, with an empty annotation. */
function folder(root: string, slug: string, text: string, publisher: string, published: string): string {
  const dir = join(root, slug);
  mkdirSync(dir);
  writeFileSync(join(dir, "article.txt"), text);
  const meta = {
    slug,
    title: slug,
    publisher,
    published: { date: published },
    language: "en",
    attribution: "test",
  };
  writeFileSync(join(dir, "meta.json"), JSON.stringify(meta));
  writeFileSync(join(dir, "annotation.json"), JSON.stringify({ entities: [], relations: [] }));
  return dir;
}

const stored = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "provenance.json"), "utf8")) as StoredProvenance;

function corpus(root: string) {
  return [
    folder(root, "2026-10-14-ap", DISPATCH, "Associated Press", "2026-10-14"),
    folder(root, "2026-10-14-site", REPRINT_WITH_FURNITURE, "Daily Site", "2026-10-14"),
    folder(root, "2026-10-14-herald", INDEPENDENT_WITH_STATEMENT, "Northern Herald", "2026-10-14"),
  ];
}

const origins = (dirs: string[]) => readArticles(dirs).map((i) => i.provenance?.origin);

describe("provenance.json", () => {
  it("is written at load for folders without it, a reprint counted as its original's agency", () => {
    const dirs = corpus(newRoot());
    const [ap, site, herald] = readArticles(dirs).map((i) => i.provenance);
    expect(ap).toMatchObject({ reprintOf: null, origin: "wire:AP", outlet: "associatedpress" });
    expect(site).toMatchObject({ reprintOf: "2026-10-14-ap", origin: "wire:AP" });
    expect(herald).toMatchObject({ reprintOf: null, wire: null, origin: "outlet:northernherald" });
    expect(stored(dirs[1]!)).toMatchObject({ reprintOf: "2026-10-14-ap", origin: "wire:AP" });
    expect(existsSync(join(dirs[0]!, "provenance.json"))).toBe(true);
  });

  it("keeps the reviewer's decision, which wins over the detector at the next load", () => {
    const dirs = corpus(newRoot());
    readArticles(dirs);
    const file = join(dirs[1]!, "provenance.json");
    writeFileSync(
      file,
      JSON.stringify({ ...stored(dirs[1]!), decision: { notReprint: true, agency: null } }),
    );
    const site = readArticles(dirs)[1]!.provenance;
    expect(site).toMatchObject({ reprintOf: null, wire: null, origin: "outlet:dailysite" });
    expect(stored(dirs[1]!).decision).toEqual({ notReprint: true, agency: null });
  });

  it("is not written by a plan (a dry run)", async () => {
    const { planArticles } = await import("../../graph/loader/load.ts");
    const dirs = corpus(newRoot());
    expect(planArticles(dirs)[1]!.article.origin).toBe("wire:AP");
    expect(existsSync(join(dirs[1]!, "provenance.json"))).toBe(false);
  });
});

describe("provenance at add", () => {
  const add = (root: string, text: string, publisher: string, published: string, title: string) =>
    addArticle(
      { from: "text", text },
      { publisher, published, title },
      { articlesDir: root, nlpUrl: async () => null },
    );

  it("answers the reprint it found and the agency it is credited to", async () => {
    const root = newRoot();
    await add(root, DISPATCH, "Associated Press", "2026-10-14", "Tarvel dam gates opened");
    const result = await add(root, REPRINT_WITH_FURNITURE, "Daily Site", "2026-10-14", "Dam gates opened");
    expect(result.provenanceNote).toMatch(
      /^Reprint of “Tarvel dam gates opened” \(Associated Press\), \d+% shared; credited to AP\.$/,
    );
    expect(stored(result.dir)).toMatchObject({
      reprintOf: "2026-10-14-tarvel-dam-gates-opened",
      origin: "wire:AP",
    });
    const own = await add(
      root,
      INDEPENDENT_WITH_STATEMENT,
      "Northern Herald",
      "2026-10-14",
      "Spillway opened",
    );
    expect(own.provenanceNote).toMatch(
      /^Not a reprint of an article already added, and credited to no agency/,
    );
  });

  it("refuses an exact duplicate as before", async () => {
    const root = newRoot();
    await add(root, DISPATCH, "Associated Press", "2026-10-14", "Tarvel dam gates opened");
    await expect(add(root, DISPATCH, "Daily Site", "2026-10-14", "Copy")).rejects.toThrow(
      /The same text is already in/,
    );
  });

  it("makes an earlier copy added later the original, and counts as loading the corpus afresh would", async () => {
    const root = newRoot();
    const reprint = await add(root, REPRINT_WITH_FURNITURE, "Daily Site", "2026-10-15", "Dam gates opened");
    expect(stored(reprint.dir).reprintOf).toBeNull();
    const original = await add(root, DISPATCH, "Associated Press", "2026-10-14", "Tarvel dam gates opened");
    expect(original.provenanceNote).toMatch(
      /It is the earliest copy of 1 article already added, now counted as a reprint of it\.$/,
    );
    expect(stored(reprint.dir).reprintOf).toBe(original.slug);

    // The same folders without provenance.json, loaded: the same sources.
    const fresh = newRoot();
    for (const r of [reprint, original]) {
      cpSync(r.dir, join(fresh, r.slug), { recursive: true });
      rmSync(join(fresh, r.slug, "provenance.json"));
      writeFileSync(join(fresh, r.slug, "annotation.json"), JSON.stringify({ entities: [], relations: [] }));
      writeFileSync(join(r.dir, "annotation.json"), JSON.stringify({ entities: [], relations: [] }));
    }
    const slugs = [reprint.slug, original.slug];
    expect(origins(slugs.map((s) => join(fresh, s)))).toEqual(origins(slugs.map((s) => join(root, s))));
    expect(stored(join(fresh, reprint.slug)).reprintOf).toBe(original.slug);
  });
});
