import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultArticleDirs, readArticles } from "../../graph/loader/load.ts";
import { GOITA_SLUG, articleCopy, laterDir } from "../support/articleFixture.ts";

describe("the loader's warning about types outside the vocabulary", () => {
  it("has nothing to say about the project's own articles: data/articles and the tests' later one", () => {
    const dirs = [...defaultArticleDirs(), laterDir];
    const lines: string[] = [];
    const inputs = readArticles(dirs, { log: (l) => lines.push(l), storeProvenance: false });
    expect(inputs).toHaveLength(dirs.length);
    expect(lines.filter((l) => l.includes("vocabulary"))).toEqual([]);
  });

  it("warns once per article, not for vocabulary types nor reviewers' additions, and still reads the article", () => {
    const copy = articleCopy({
      annotation: (a) => {
        const [r1, r2, r3, r4] = a.relations;
        a.relations = [
          { ...r1!, type: "LEADS" },
          { ...r2!, type: "SIGNED_WITH" },
          { ...r3!, type: "SIGNED_WITH" },
          { ...r4!, type: "LOBBIES" },
        ];
      },
    });
    // The layout of data/: articles/<slug>/ with vocabulary.json beside articles/.
    const data = mkdtempSync(join(tmpdir(), "vocabulary-warnings-"));
    const dir = join(data, "articles", GOITA_SLUG);
    cpSync(copy, dir, { recursive: true });
    writeFileSync(
      join(data, "vocabulary.json"),
      JSON.stringify({
        additions: [{ name: "LOBBIES", family: "support", description: "The subject lobbies the object." }],
      }),
    );
    const lines: string[] = [];
    const inputs = readArticles([dir], { log: (l) => lines.push(l), storeProvenance: false });
    expect(inputs).toHaveLength(1);
    const warnings = lines.filter((l) => l.includes("vocabulary"));
    expect(warnings).toEqual([
      `${GOITA_SLUG}: relationship type SIGNED_WITH (2 relations) is neither in the vocabulary nor in data/vocabulary.json; npm run vocabulary -- migrate maps it.`,
    ]);
  });

  it("names all of an article's types outside the vocabulary in one line", () => {
    const copy = articleCopy({
      annotation: (a) => {
        const [r1, r2, r3] = a.relations;
        a.relations = [
          { ...r1!, type: "SIGNED_WITH" },
          { ...r2!, type: "ACTS_THROUGH" },
          { ...r3!, type: "SIGNED_WITH" },
        ];
      },
    });
    const data = mkdtempSync(join(tmpdir(), "vocabulary-warnings-"));
    const dir = join(data, "articles", GOITA_SLUG);
    cpSync(copy, dir, { recursive: true });
    const lines: string[] = [];
    readArticles([dir], { log: (l) => lines.push(l), storeProvenance: false });
    expect(lines.filter((l) => l.includes("vocabulary"))).toEqual([
      `${GOITA_SLUG}: relationship types ACTS_THROUGH (1 relation), SIGNED_WITH (2 relations) are neither in the vocabulary nor in data/vocabulary.json; npm run vocabulary -- migrate maps them.`,
    ]);
  });
});
