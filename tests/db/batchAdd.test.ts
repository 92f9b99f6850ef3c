import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { type Server, createServer } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { metadataSchema } from "../../graph/model/annotation.ts";
import { draftSchema } from "../../graph/model/draft.ts";
import { textHash } from "../../graph/corpus/textHash.ts";
import { HARBOUR_TEXT, listTree, tempDir } from "../support/addFixtures.ts";
import { type CliResult, runCli, startCli } from "../support/cli.ts";
import { displayPath } from "../../graph/corpus/displayPath.ts";
import { DATE_UNKNOWN_NOTE } from "../../graph/model/publishedDate.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "batch");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const GRAIN = fixture("grain-terminal.txt");
const RAIL = fixture("rail-strike.md");
const CLINIC = fixture("clinic.html");

function env(articles: string): Record<string, string> {
  const { uri, password } = inject("neo4j");
  return { NEO4J_URI: uri, NEO4J_PASSWORD: password, DOSSIER_ARTICLES: articles, NLP_URL: inject("nlpUrl") };
}

// Generous limits: the suggestion engine shares two cores with everything else; nothing here is timed.
const RUN_LIMIT = 500_000;
const TEST_LIMIT = 900_000;
const add = (articles: string, args: string[]): Promise<CliResult> =>
  runCli("add", args, env(articles), RUN_LIMIT);

/** The article folders (hidden ones are not articles), each read as a user would open it. */
function folders(articles: string) {
  return listTree(articles)
    .filter((p) => !p.includes("/") && !p.startsWith("."))
    .map((slug) => {
      const dir = join(articles, slug);
      const text = readFileSync(join(dir, "article.txt"), "utf8");
      const meta = metadataSchema.parse(JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")));
      const draft = draftSchema.parse(JSON.parse(readFileSync(join(dir, "draft.json"), "utf8")));
      expect(draft.textHash).toBe(textHash(text));
      return { slug, dir, text, meta, draft };
    });
}

/** The table row of an item: its label, then what became of it. */
function row(stdout: string, label: string): string {
  const line = stdout.split("\n").find((l) => l.startsWith(`${label} `));
  expect(line, `a row for ${label} in\n${stdout}`).toBeDefined();
  return line!.slice(label.length).trim();
}

function inputFolder(files: Record<string, string | Buffer>): string {
  const dir = tempDir("batch-inputs");
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const paragraphs = (text: string) => text.trim().split(/\n\n+/);

/** Pages and a feed on 127.0.0.1, remembering each request's User-Agent and the most in flight at once. */
let server: Server;
let base = "";
const agents: string[] = [];
let inFlight = 0;
let mostInFlight = 0;

function feedXml(): string {
  const grainHtml = paragraphs(GRAIN)
    .map((p) => `<p>${p}</p>`)
    .join("\n");
  const item = (title: string, link: string, date: string, extra = "") =>
    `<item><title>${title}</title><link>${base}${link}</link><pubDate>${date}</pubDate><description>A teaser.</description>${extra}</item>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Coast Weekly</title><link>${base}/</link><description>News from the coast</description>
${item("Grain terminal opens", "/grain", "Mon, 08 Apr 2024 09:00:00 +0200", `<content:encoded><![CDATA[${grainHtml}]]></content:encoded>`)}
${item("Rail strike ends", "/rail.md", "Thu, 11 Apr 2024 18:30:00 GMT")}
${item("Clinic opens", "/clinic.html", "Thu, 02 May 2024 08:00:00 GMT")}
${item("Gone story", "/gone.html", "Fri, 03 May 2024 08:00:00 GMT")}
${item("Harbour deal, again", "/harbour.txt", "Tue, 05 Mar 2024 10:00:00 GMT")}
</channel></rss>`;
}

beforeAll(async () => {
  const pages: Record<string, [string, () => string]> = {
    "/feed.xml": ["application/rss+xml", feedXml],
    "/rail.md": ["text/markdown; charset=utf-8", () => RAIL],
    "/clinic.html": ["text/html; charset=utf-8", () => CLINIC],
    "/harbour.txt": ["text/plain; charset=utf-8", () => HARBOUR_TEXT],
  };
  server = createServer((request, response) => {
    agents.push(request.headers["user-agent"] ?? "");
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    const page = pages[request.url ?? ""];
    // Answering a little later keeps requests in flight together, so that more than two at once would show.
    setTimeout(() => {
      inFlight--;
      if (!page) response.writeHead(404, { "content-type": "text/plain" }).end("not here");
      else response.writeHead(200, { "content-type": page[0] }).end(page[1]());
    }, 300);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(
  () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
);

describe("npm run add on many articles", () => {
  it(
    "adds a folder: text, Markdown and HTML files; skips other files; refuses a binary one; reports a duplicate",
    async () => {
      const articles = tempDir("batch-articles");
      const folder = inputFolder({
        "grain-terminal.txt": GRAIN,
        "grain-copy.txt": GRAIN,
        "rail-strike.md": RAIL,
        "clinic.html": CLINIC,
        "photo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        "scan.txt": Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]),
      });
      const result = await add(articles, [folder]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(1); // one item was refused; the others went on
      expect(row(result.stdout, "photo.png")).toBe("skipped: not a text, HTML or Markdown file");
      expect(row(result.stdout, "scan.txt")).toBe(
        `refused: ${displayPath(join(folder, "scan.txt"))} looks like a binary file (a NUL byte at byte offset 4), not text.`,
      );
      const written = folders(articles);
      expect(written).toHaveLength(3);
      for (const f of written) {
        expect(f.draft.engines, result.stdout).toContain("corenlp");
        expect(listTree(f.dir)).toContain("meta.json");
        // An article of no date says so after its folder (docs/data-model.md, "Date unknown").
        const ending = `${displayPath(f.dir)}${f.meta.published === null ? ` ${DATE_UNKNOWN_NOTE}` : ""}`;
        // The item whose row added this folder (two jobs run at once, so either copy of the grain text may be first).
        const label = ["grain-terminal.txt", "grain-copy.txt", "rail-strike.md", "clinic.html"].find(
          (l) => row(result.stdout, l).startsWith("added with ") && row(result.stdout, l).endsWith(ending),
        );
        expect(row(result.stdout, label!)).toBe(
          `added with ${f.draft.entities.length} ${f.draft.entities.length === 1 ? "entity" : "entities"} and ` +
            `${f.draft.relations.length} ${f.draft.relations.length === 1 ? "relation" : "relations"}: ${ending}`,
        );
      }
      // The same text twice in one folder: one is added, the other names it.
      const grain = written.find((f) => f.text === GRAIN)!;
      const copies = [row(result.stdout, "grain-terminal.txt"), row(result.stdout, "grain-copy.txt")].sort();
      expect(copies[0]).toMatch(/^added with /);
      expect(copies[1]).toBe(`duplicate of ${displayPath(grain.dir)}`);
      expect(written.find((f) => f.meta.title === "New clinic for Varda Island")?.meta.publisher).toBe(
        "Island Post",
      );
      expect(result.stdout).toMatch(
        /^Of 6 items: 3 added, 1 duplicate, 1 skipped, 1 refused\. Took [\d.]+ s, [\d.]+ s per added article\.$/m,
      );
      expect(existsSync(join(articles, ".batch-add.lock"))).toBe(false);
    },
    TEST_LIMIT,
  );

  it(
    "adds a feed's items served on 127.0.0.1: the text it carries, else the page; a failing item and a duplicate do not stop the rest",
    async () => {
      const articles = tempDir("batch-articles");
      const first = await add(articles, [inputFolder({ "harbour.txt": HARBOUR_TEXT })]);
      expect(first.code).toBe(0);
      const [harbour] = folders(articles);
      agents.length = 0;
      mostInFlight = 0;

      const result = await add(articles, ["--feed", `${base}/feed.xml`, "--jobs", "4"]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(1);
      expect(row(result.stdout, "Gone story")).toBe(
        `refused: ${base}/gone.html answered HTTP 404 Not Found, not a page.`,
      );
      expect(row(result.stdout, "Harbour deal, again")).toBe(`duplicate of ${displayPath(harbour!.dir)}`);
      for (const label of ["Grain terminal opens", "Rail strike ends", "Clinic opens"]) {
        expect(row(result.stdout, label)).toMatch(/^added with \d+ entit(y|ies) and \d+ relations?: /);
      }

      const byTitle = new Map(folders(articles).map((f) => [f.meta.title, f]));
      expect(byTitle.size).toBe(4);
      const grain = byTitle.get("Grain terminal opens")!;
      expect(grain.text).toBe(paragraphs(GRAIN).join("\n\n"));
      expect(grain.meta).toMatchObject({ publisher: "Coast Weekly", published: { date: "2024-04-08" } });
      expect(grain.meta.attribution).toContain("From the feed");
      expect(grain.meta.attribution).toContain(`${base}/grain`);
      expect(grain.draft.engines, result.stdout).toContain("corenlp");
      expect(grain.draft.entities.length).toBeGreaterThan(0);
      const rail = byTitle.get("Rail strike ends")!;
      expect(rail.text).toContain("Rail workers in Lund ended a four-day strike");
      expect(rail.text).not.toContain("**");
      expect(rail.meta.published?.date).toBe("2024-04-11");
      expect(rail.meta.attribution).toContain(`Fetched from ${base}/rail.md`);
      expect(byTitle.get("Clinic opens")!.meta.publisher).toBe("Island Post");

      // Polite: every request names Dossier, and never more than two at once to this one host.
      expect(agents.length).toBe(5); // the feed, then the four pages not carried by it
      for (const agent of agents) expect(agent).toMatch(/^Dossier\//);
      expect(mostInFlight).toBeGreaterThan(0);
      expect(mostInFlight).toBeLessThanOrEqual(2);
    },
    TEST_LIMIT,
  );

  it(
    "refuses, in one sentence and writing nothing, a feed that is not RSS or Atom; names junk lines of a links file",
    async () => {
      const articles = tempDir("batch-articles");
      const notFeed = await add(articles, ["--feed", `${base}/clinic.html`]);
      expect(notFeed.code).toBe(1);
      expect(notFeed.stderr.trim().split("\n")).toEqual([
        `Error: ${base}/clinic.html is not an RSS or Atom feed.`,
      ]);
      expect(listTree(articles)).toEqual([]);

      const links = join(inputFolder({}), "links.txt");
      writeFileSync(
        links,
        `# reading list\n${base}/clinic.html\n\nnot a link at all\n${base}/gone.html\nftp://old.example/x\n`,
      );
      const result = await add(articles, ["--urls", links]);
      expect(result.code).toBe(1);
      expect(row(result.stdout, "links.txt line 4")).toBe(
        'refused: line 4 of links.txt is not an http(s) address ("not a link at all").',
      );
      expect(row(result.stdout, "links.txt line 6")).toBe(
        'refused: line 6 of links.txt is not an http(s) address ("ftp://old.example/x").',
      );
      expect(row(result.stdout, `${base}/gone.html`)).toMatch(
        /^refused: .+ answered HTTP 404 Not Found, not a page\.$/,
      );
      expect(row(result.stdout, `${base}/clinic.html`)).toMatch(/^added with /);
      expect(folders(articles).map((f) => f.meta.title)).toEqual(["New clinic for Varda Island"]);
    },
    TEST_LIMIT,
  );

  it(
    "refuses a second run on the same articles folder while one runs, and a run after a killed one picks up where it stopped",
    async () => {
      const articles = tempDir("batch-articles");
      const folder = inputFolder({ "a-grain.txt": GRAIN, "b-rail.md": RAIL, "c-clinic.html": CLINIC });
      const running = startCli("add", [folder, "--jobs", "1"], env(articles));
      const lock = join(articles, ".batch-add.lock");
      await expect.poll(() => existsSync(lock), { timeout: RUN_LIMIT }).toBe(true);
      // Paused, so that it is surely still running (and holding the folder) while the second starts.
      running.kill("SIGSTOP");

      const second = await add(articles, [folder]);
      expect(second.code).toBe(1);
      expect(second.stderr.trim().split("\n")).toHaveLength(1);
      expect(second.stderr).toMatch(
        new RegExp(
          `^Error: Another batch add \\(process ${running.pid}, started .+\\) is adding to ${displayPath(articles)}; run this one when it has finished\\.\\n$`,
        ),
      );
      expect(second.stdout).not.toContain("Adding");

      // Let go, then killed once its first article is written (no chance to tidy up, as with a power cut).
      running.kill("SIGCONT");
      await expect.poll(() => folders(articles).length, { timeout: RUN_LIMIT }).toBeGreaterThan(0);
      running.kill("SIGKILL");
      await running.done;
      const before = folders(articles);
      expect(before.length).toBeLessThan(3);
      expect(existsSync(lock)).toBe(true); // left behind by the killed run

      const resumed = await add(articles, [folder]);
      expect(resumed.stderr).toBe("");
      expect(resumed.code).toBe(0);
      const after = folders(articles);
      expect(after).toHaveLength(3);
      expect(new Set(after.map((f) => f.text)).size).toBe(3);
      for (const f of before) {
        const label = ["a-grain.txt", "b-rail.md", "c-clinic.html"].find((l) =>
          row(resumed.stdout, l).endsWith(displayPath(f.dir)),
        );
        expect(row(resumed.stdout, label!)).toBe(`duplicate of ${displayPath(f.dir)}`);
      }
      expect(resumed.stdout).toContain(`${3 - before.length} added, ${before.length} duplicate`);
      expect(existsSync(lock)).toBe(false);
    },
    TEST_LIMIT,
  );
});
