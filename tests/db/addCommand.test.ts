import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { metadataSchema } from "../../graph/model/annotation.ts";
import { draftSchema } from "../../graph/model/draft.ts";
import { textHash } from "../../graph/corpus/textHash.ts";
import {
  EMPTY_PAGE,
  FERRY_MARKDOWN,
  FERRY_TEXT,
  HARBOUR_HTML,
  HARBOUR_HTML_TEXT,
  HARBOUR_TEXT,
  addedFolderFiles,
  listTree,
  servePages,
  tempDir,
  type PageServer,
} from "../support/addFixtures.ts";
import { type CliResult, runCli } from "../support/cli.ts";
import { freePort } from "../support/freePort.ts";
import { displayPath } from "../../graph/corpus/displayPath.ts";
import { DATE_UNKNOWN_NOTE } from "../../graph/model/publishedDate.ts";

const inputs = tempDir("add-inputs");
let pages: PageServer;

beforeAll(async () => {
  pages = await servePages({
    "/harbour.html": { type: "text/html; charset=utf-8", body: HARBOUR_HTML },
    "/ferry": { type: "text/markdown; charset=utf-8", body: FERRY_MARKDOWN },
    "/menu.html": { type: "text/html", body: EMPTY_PAGE },
  });
});
afterAll(() => pages.close());

/** `npm run add` with the test Neo4j and its own articles folder (through DOSSIER_ARTICLES). */
function add(articles: string, args: string[], neo4jUri?: string): Promise<CliResult> {
  const { uri, password } = inject("neo4j");
  return runCli("add", args, {
    NEO4J_URI: neo4jUri ?? uri,
    NEO4J_PASSWORD: password,
    DOSSIER_ARTICLES: articles,
    // The run's CoreNLP: add uses it instead of starting its own.
    NLP_URL: inject("nlpUrl"),
  });
}

function input(name: string, content: string | Buffer): string {
  const path = join(inputs, name);
  writeFileSync(path, content);
  return path;
}

/** The one folder `add` wrote, checked the way a user would open it. */
function readFolder(articles: string) {
  const [slug, ...others] = listTree(articles).filter((p) => !p.includes("/"));
  expect(others).toEqual([]);
  const dir = join(articles, slug!);
  const text = readFileSync(join(dir, "article.txt"), "utf8");
  const meta = metadataSchema.parse(JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")));
  const draft = draftSchema.parse(JSON.parse(readFileSync(join(dir, "draft.json"), "utf8")));
  expect(meta.slug).toBe(slug);
  expect(meta.source).toBe("article.txt");
  expect(draft.textHash).toBe(textHash(text));
  // Suggested by the real engine, every mention and every quote cut from the text at its offsets.
  expect(draft.engines).toContain("corenlp");
  for (const e of draft.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const r of draft.relations) {
    expect(r.evidence).toEqual(r.evidenceSpans.map((s) => s.text));
    for (const q of r.evidenceSpans) expect(text.slice(q.start, q.end)).toBe(q.text);
  }
  return { slug: slug!, dir, text, meta, draft, files: listTree(dir) };
}

describe("npm run add", () => {
  it("adds a .txt file as it is, with the flags as metadata", async () => {
    const articles = tempDir("articles");
    const file = input("harbour.txt", HARBOUR_TEXT);
    const result = await add(articles, [
      file,
      "--title",
      "Port Elsa signs a harbour deal",
      "--publisher",
      "Coast Weekly",
      "--published",
      "2024-03-05",
      "--url",
      "https://coast.example/harbour",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const folder = readFolder(articles);
    expect(folder.slug).toBe("2024-03-05-port-elsa-signs-a-harbour-deal");
    expect(folder.files).toEqual(addedFolderFiles("original.txt"));
    expect(folder.text).toBe(HARBOUR_TEXT);
    expect(folder.draft.entities.length).toBeGreaterThan(0);
    expect(folder.draft.relations.length).toBeGreaterThan(0);
    expect(readFileSync(join(folder.dir, "original.txt"), "utf8")).toBe(HARBOUR_TEXT);
    expect(folder.meta).toMatchObject({
      title: "Port Elsa signs a harbour deal",
      publisher: "Coast Weekly",
      published: { date: "2024-03-05" },
      language: "en",
    });
    expect(folder.meta.attribution).toContain("harbour.txt");
    expect(folder.meta.attribution).toContain("https://coast.example/harbour");
    expect(result.stdout).toContain(`Added ${basename(dirname(folder.dir))}/${basename(folder.dir)}`);
    expect(result.stdout).toContain('Not given, so language "en" detected from the text.');
  });

  it("adds an .html file: its main text in paragraphs, title, site and date from the page", async () => {
    const articles = tempDir("articles");
    const result = await add(articles, [input("harbour.html", HARBOUR_HTML)]);
    expect(result.code).toBe(0);
    const folder = readFolder(articles);
    expect(folder.text).toBe(HARBOUR_HTML_TEXT);
    expect(folder.files).toEqual(addedFolderFiles("original.html"));
    expect(readFileSync(join(folder.dir, "original.html"), "utf8")).toBe(HARBOUR_HTML);
    expect(folder.meta).toMatchObject({
      title: "Harbour deal signed in Port Elsa",
      publisher: "Coast Weekly",
      published: { date: "2024-03-05" },
      language: "en-GB",
    });
    expect(folder.slug).toBe("2024-03-05-harbour-deal-signed-in-port-elsa");
    expect(result.stdout).not.toContain("Not given");
  });

  it("adds the HTML page at a URL served on 127.0.0.1", async () => {
    const articles = tempDir("articles");
    const url = `${pages.url}/harbour.html`;
    const result = await add(articles, [url]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const folder = readFolder(articles);
    expect(folder.text).toBe(HARBOUR_HTML_TEXT);
    expect(readFileSync(join(folder.dir, "original.html"), "utf8")).toBe(HARBOUR_HTML);
    expect(folder.meta.attribution).toContain(`Fetched from ${url}`);
    expect(folder.meta.publisher).toBe("Coast Weekly");
  });

  it("adds a Markdown page at a URL: the text without markup, defaults stated", async () => {
    const articles = tempDir("articles");
    const result = await add(articles, [`${pages.url}/ferry`, "--articles-dir", articles]);
    expect(result.code).toBe(0);
    const folder = readFolder(articles);
    expect(folder.text).toBe(FERRY_TEXT);
    expect(folder.files).toContain("original.md");
    expect(folder.meta.title).toBe("Ferry line to Lund reopens");
    expect(folder.meta.publisher).toBe("127.0.0.1");
    expect(folder.slug).toBe("undated-ferry-line-to-lund-reopens");
    expect(folder.meta.published).toBeNull();
    expect(result.stdout).toContain(
      'Not given, so defaulted: title taken from the first line of the text; publisher "127.0.0.1" taken from the address.',
    );
    expect(result.stdout).toContain('Not given, so language "en" detected from the text.');
    expect(result.stdout).toContain(DATE_UNKNOWN_NOTE);
  });

  it("gives the second article with the same date and title a suffixed slug", async () => {
    const articles = tempDir("articles");
    const args = ["--title", "Port news", "--published", "2024-03-05"];
    expect((await add(articles, [input("one.txt", "First text about the port."), ...args])).code).toBe(0);
    expect((await add(articles, [input("two.txt", "Second text about the port."), ...args])).code).toBe(0);
    expect(listTree(articles).filter((p) => !p.includes("/"))).toEqual([
      "2024-03-05-port-news",
      "2024-03-05-port-news-2",
    ]);
  });

  it("adds without linking when Neo4j cannot be reached, and says so", async () => {
    const articles = tempDir("articles");
    const closed = `bolt://127.0.0.1:${await freePort()}`;
    const result = await add(
      articles,
      [input("offline.txt", "A text added while the database is down.")],
      closed,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Linking to the graph was skipped: .+\.$/m);
    expect(readFolder(articles).text).toBe("A text added while the database is down.");
  });
});

describe("npm run add refuses bad input in one sentence and writes nothing", () => {
  const articles = tempDir("articles");
  let before: string[];

  beforeAll(async () => {
    expect((await add(articles, [input("kept.txt", HARBOUR_TEXT)])).code).toBe(0);
    before = listTree(articles);
  });

  async function refused(args: string[], sentence: string | RegExp): Promise<void> {
    const result = await add(articles, args);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Error: [^\n]+\.$/);
    if (typeof sentence === "string") expect(lines[0]).toBe(`Error: ${sentence}`);
    else expect(lines[0]).toMatch(sentence);
    expect(listTree(articles)).toEqual(before);
  }

  it("an empty text", async () => {
    const file = input("empty.txt", " \n\n ");
    await refused([file], `${displayPath(file)} holds no text.`);
  });

  it("a binary file", async () => {
    const file = input(
      "photo.txt",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    await refused(
      [file],
      `${displayPath(file)} looks like a binary file (a NUL byte at byte offset 8), not text.`,
    );
  });

  it("a text over 1 MB", async () => {
    const file = input("long.txt", "The harbour grew again. ".repeat(50_000));
    await refused(
      [file],
      `${displayPath(file)} holds 1.1 MB of text; an article may have at most 1 MB (1,048,576 bytes).`,
    );
  });

  it("a file that is not UTF-8", async () => {
    const file = input(
      "latin1.txt",
      Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" du port")]),
    );
    await refused(
      [file],
      `${displayPath(file)} is not UTF-8: the byte 0xe9 at byte offset 3 is not valid UTF-8 (save the file as UTF-8).`,
    );
  });

  it("an HTML page with no readable text", async () => {
    await refused(
      [`${pages.url}/menu.html`],
      `${pages.url}/menu.html has no readable text: no article body was found in the page.`,
    );
  });

  it("a URL that fails", async () => {
    await refused(
      [`${pages.url}/gone.html`],
      `${pages.url}/gone.html answered HTTP 404 Not Found, not a page.`,
    );
  });

  it("a URL that does not answer within 10 seconds", async () => {
    const started = Date.now();
    await refused([`${pages.url}/slow`], `${pages.url}/slow did not answer within 10 seconds.`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
  });

  it("the same text twice, naming the folder that has it", async () => {
    const [existing] = before.filter((p) => !p.includes("/"));
    await refused(
      [input("again.txt", HARBOUR_TEXT), "--title", "Another title"],
      `The same text is already in ${basename(articles)}/${existing!}, so it was not added again.`,
    );
  });

  it("a --published that is not a date", async () => {
    await refused(
      [input("dated.txt", "A text with a bad date."), "--published", "2024-02-30"],
      'The published date "2024-02-30" is not a date of the form YYYY-MM-DD.',
    );
  });
});
