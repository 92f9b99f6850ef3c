import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planArticles } from "../../graph/loader/load.ts";
import { MAX_ARTICLE_BYTES } from "../../graph/loader/read.ts";
import { splitSentences } from "../../graph/lexical/sentences.ts";
import { rejection } from "../support/rejection.ts";
import { articleCopy, goitaDir } from "../support/articleFixture.ts";

const goitaText = readFileSync(join(goitaDir, "article.txt"), "utf8");

describe("the bytes of an article's files", () => {
  it("refuses a Latin-1 byte in annotation.json, naming the file and the byte offset", () => {
    const dir = articleCopy();
    const file = join(dir, "annotation.json");
    const utf8 = readFileSync(file);
    // "ï" of Goïta written as the single Latin-1 byte 0xEF.
    const at = utf8.indexOf(Buffer.from("Goïta"));
    const latin1 = Buffer.concat([utf8.subarray(0, at + 2), Buffer.from([0xef]), utf8.subarray(at + 4)]);
    writeFileSync(file, latin1);
    const lines = rejection(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `annotation\\.json: is not UTF-8: the byte 0xef at byte offset ${at + 2} is not valid UTF-8`,
      ),
    );
  });

  it("refuses bytes FF FE in article.txt with their offset, instead of loading two U+FFFD", () => {
    const dir = articleCopy();
    const file = join(dir, "article.txt");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from("Bamako. "), Buffer.from([0xff, 0xfe]), readFileSync(file)]),
    );
    const lines = rejection(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/article\.txt: is not UTF-8: the byte 0xff at byte offset 8 is not valid UTF-8/);
  });

  it("strips a byte-order mark: the text and every sentence offset are those of the file without it", () => {
    const dir = articleCopy();
    const file = join(dir, "article.txt");
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)]));
    const [withBom] = planArticles([dir]);
    const [plain] = planArticles([goitaDir]);
    expect(withBom?.article.text).toBe(goitaText);
    expect(withBom?.sentences.map((s) => [s.start, s.end])).toEqual(
      plain?.sentences.map((s) => [s.start, s.end]),
    );
  });

  it("refuses an empty article in one sentence", () => {
    const lines = rejection(articleCopy({ text: () => "\n  \n" }));
    expect(lines).toEqual([
      expect.stringMatching(/article\.txt: the article is empty: it holds no text to load\.$/),
    ]);
  });

  it("names the expected type of a property of the wrong type", () => {
    const lines = rejection(
      articleCopy({
        annotation: (a) => {
          const goita = a.entities.find((e) => e.id === "assimi-goita");
          (goita!.properties as Record<string, unknown>).roles = ["President", 2];
        },
      }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /entities\[\d+\] "assimi-goita": properties\.roles must be a list of strings or a list of numbers \(all items of one type\)/,
    );
  });
});

describe("long articles", () => {
  /** The article repeated until it is about `bytes` long, with the same annotation. */
  function longArticle(bytes: number): { dir: string; copies: number } {
    const copies = Math.ceil(bytes / Buffer.byteLength(goitaText));
    const dir = articleCopy({ text: (t) => Array<string>(copies).fill(t.trimEnd()).join("\n\n") + "\n" });
    return { dir, copies };
  }

  it("plans a 1 MB article in time linear in its length", () => {
    const timed = (dir: string) => {
      const started = performance.now();
      const [planned] = planArticles([dir]);
      return { planned, ms: performance.now() - started };
    };
    // The peer is a quarter of the text, planned in the same process: linear work takes about 4 times
    // as long for the whole, quadratic work 16 times; the verdict does not depend on the machine's speed.
    const quarter = longArticle(256 * 1024);
    timed(quarter.dir);
    const peerMs = Math.min(timed(quarter.dir).ms, timed(quarter.dir).ms);
    const { dir, copies } = longArticle(1024 * 1024);
    const { planned: plan, ms } = timed(dir);
    expect(ms / peerMs).toBeLessThan(10);
    const [one] = planArticles([goitaDir]);
    // Every copy is found: the same mentions, and the same sentences (each copy's
    // last line runs on into the next copy's first sentence, as ICU reads it).
    expect(plan?.mentions).toHaveLength((one?.mentions.length ?? 0) * copies);
    expect(plan?.sentences).toHaveLength(((one?.sentences.length ?? 0) - 1) * copies + 1);
  });

  it("splits a long text a window at a time into exactly the sentences ICU finds in it whole", () => {
    const text = Array<string>(40).fill(goitaText.trimEnd()).join("\n\n");
    const flat = text.replace(/\n/g, " ");
    const whole = [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(flat)]
      .map(({ segment, index }) => ({
        body: segment.trim(),
        start: index + segment.length - segment.trimStart().length,
      }))
      .filter((s) => s.body !== "")
      .map((s) => [s.start, s.start + s.body.length]);
    expect(text.length).toBeGreaterThan(100_000);
    expect(splitSentences(text).map((s) => [s.start, s.end])).toEqual(whole);
  });

  it("refuses an article over the 2 MiB limit in one sentence", () => {
    const { dir } = longArticle(MAX_ARTICLE_BYTES + 1000);
    const lines = rejection(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /article\.txt: the article is [\d,]+ bytes, over the loader's limit of 2,097,152 bytes \(2 MiB\): split it into several articles\.$/,
    );
  });
});

describe("sizes in refusals", () => {
  it("are exact where rounding would hide that a size is over its limit", async () => {
    const { megabytes, limitBytes } = await import("../../graph/articles/limits.ts");
    expect(megabytes(1024 * 1024 + 1)).toBe("1 MB (1,048,577 bytes)");
    expect(megabytes(1.1 * 1024 * 1024)).toBe("1.1 MB");
    expect(limitBytes(1024 * 1024)).toBe("1 MB (1,048,576 bytes)");
  });
});
