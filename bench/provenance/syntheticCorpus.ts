import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stemOf } from "../generate/names.ts";
import { Rng } from "../generate/random.ts";
import { writeArticleFolder } from "./articleFolder.ts";

/**
 * A synthetic corpus for the provenance bench: news-like texts made by
 * recombining, word by word, the few paragraphs of synthetic-seed.txt (each
 * word followed by one that follows it somewhere in the seed), with the
 * generator's unique names strewn in; a known share of them are reprints of
 * earlier ones, each changed as sites change a dispatch.
 */
export interface SyntheticArticle {
  slug: string;
  /** The text: article.txt of its folder for a corpus article, a file apart for a new text. */
  file: string;
  published: string;
  /** The slug of the article this one reprints (planted), if it is one. */
  reprintOf?: string;
  /** How the reprint differs from its original. */
  change?: ReprintChange;
}

export interface SyntheticCorpus {
  /** The folder of article folders, as the loader reads it. */
  root: string;
  articles: SyntheticArticle[];
  /** Texts outside the corpus, for timing look-ups; half are reprints of corpus articles. */
  newTexts: SyntheticArticle[];
}

export const REPRINT_CHANGES = [
  "identical",
  "furniture and last paragraph dropped",
  "new headline and extra paragraph",
  "trimmed",
] as const;
export type ReprintChange = (typeof REPRINT_CHANGES)[number];

const SEED_TEXT = readFileSync(new URL("./synthetic-seed.txt", import.meta.url), "utf8");
const SYNTHETIC =
  "Synthetic text written by the Dossier provenance bench (seed 1); no real people or events.";
const FURNITURE = [
  "Advertisement",
  "Subscribe to our newsletter for the day's top stories",
  "Share this article",
];

/** Each word of the seed and the words that follow it there. */
function successors(): { words: string[]; next: Map<string, string[]> } {
  const words = SEED_TEXT.toLowerCase().match(/[a-z]+/g) ?? [];
  const next = new Map<string, string[]>();
  words.forEach((word, i) => {
    const following = words[i + 1];
    if (following) next.set(word, [...(next.get(word) ?? []), following]);
  });
  return { words, next };
}

class TextMaker {
  private readonly seed = successors();
  constructor(private readonly rng: Rng) {}

  sentence(min: number, max: number, end = "."): string {
    const out: string[] = [];
    let word = this.rng.pick(this.seed.words);
    const length = this.rng.int(min, max);
    while (out.length < length) {
      if (this.rng.chance(0.12)) out.push(stemOf(this.rng.int(0, 400_000)));
      out.push(word);
      word = this.rng.pick(this.seed.next.get(word) ?? this.seed.words);
    }
    const text = out.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}${end}`;
  }

  paragraph(): string {
    return Array.from({ length: this.rng.int(2, 4) }, () => this.sentence(12, 26)).join(" ");
  }

  /** A headline and three to five paragraphs (about 200 to 450 words). */
  article(): string[] {
    return [this.sentence(6, 10, ""), ...Array.from({ length: this.rng.int(3, 5) }, () => this.paragraph())];
  }

  /** A copy of an article's blocks (headline first), changed as a site would change it. */
  reprint(original: string[], change: ReprintChange): string[] {
    const [, ...body] = original;
    switch (change) {
      case "identical":
        return original;
      case "furniture and last paragraph dropped":
        return [
          original[0]!,
          this.rng.pick(FURNITURE),
          ...body.slice(0, -1),
          `Read more: ${this.sentence(6, 10, "")}`,
          this.rng.pick(FURNITURE),
        ];
      case "new headline and extra paragraph":
        return [this.sentence(6, 10, ""), ...body, this.paragraph()];
      case "trimmed":
        return [original[0]!, ...body.slice(0, Math.max(2, Math.ceil(body.length * 0.6)))];
    }
  }
}

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Writes (once, kept under `dir`) `size` article folders, of which
 * `reprintShare` are planted reprints of an earlier non-reprint, about thirty
 * articles a day; and `newTexts` more, half of them reprints of corpus
 * articles. The same seed writes the same bytes.
 */
export function prepareSyntheticCorpus(
  dir: string,
  size: number,
  { reprintShare = 0.1, newTexts = 100, seed = 1 } = {},
): SyntheticCorpus {
  const manifestFile = join(dir, "corpus.json");
  const root = join(dir, "articles");
  if (existsSync(manifestFile)) {
    const kept = JSON.parse(readFileSync(manifestFile, "utf8")) as SyntheticCorpus;
    if (kept.root === root && kept.articles.length === size && kept.newTexts.length === newTexts) return kept;
  }
  const outside = join(dir, "new");
  mkdirSync(outside, { recursive: true });
  const rng = new Rng(seed);
  const maker = new TextMaker(rng);
  const blocks: string[][] = [];
  const originals: number[] = [];
  const slugOf = (i: number) => `syn-${String(i).padStart(6, "0")}`;
  /** Corpus articles are article folders from one of twenty outlets; new texts are files outside the corpus. */
  const write = (i: number, text: string[], published: string): SyntheticArticle => {
    blocks[i] = text;
    const body = `${text.join("\n\n")}\n`;
    if (i >= size) {
      const file = join(outside, `${slugOf(i)}.txt`);
      writeFileSync(file, body);
      return { slug: slugOf(i), file, published };
    }
    const publisher = `${stemOf(rng.int(0, 19))} Daily`;
    const meta = { title: text[0]!, publisher, published, language: "en", origin: SYNTHETIC };
    const folder = writeArticleFolder(root, slugOf(i), body, meta);
    return { slug: slugOf(i), file: join(folder, "article.txt"), published };
  };
  const reprint = (i: number, published: string): SyntheticArticle => {
    const from = rng.pick(originals);
    const change = rng.pick(REPRINT_CHANGES);
    return { ...write(i, maker.reprint(blocks[from]!, change), published), reprintOf: slugOf(from), change };
  };
  const original = (i: number, published: string): SyntheticArticle => {
    originals.push(i);
    return write(i, maker.article(), published);
  };
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < size; i++) {
    const published = day(Math.floor(i / 30));
    articles.push(
      originals.length > 0 && rng.chance(reprintShare) ? reprint(i, published) : original(i, published),
    );
  }
  const lastDay = day(Math.floor(size / 30) + 1);
  const extra = Array.from({ length: newTexts }, (_, k) =>
    k % 2 === 0 ? reprint(size + k, lastDay) : write(size + k, maker.article(), lastDay),
  );
  const corpus = { root, articles, newTexts: extra };
  writeFileSync(manifestFile, `${JSON.stringify(corpus)}\n`);
  return corpus;
}
