import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddArticleResponse } from "../../graph/contract/articles.ts";
import { draftSchema } from "../../graph/model/draft.ts";
import { textHash } from "../../graph/corpus/textHash.ts";
import {
  HARBOUR_HTML,
  HARBOUR_HTML_TEXT,
  HARBOUR_TEXT,
  addedFolderFiles,
  listTree,
  tempDir,
} from "../support/addFixtures.ts";
import { type ErrorAnswer, apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { testDriver } from "../support/db.ts";

let driver: Driver;
const articles = tempDir("api-articles");
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  driver = testDriver();
  server = await startAppServer(driver, { articles: { dir: articles, enabled: true } });
  api = apiClient(server.url);
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

const base64 = (text: string | Buffer) => Buffer.from(text).toString("base64");

describe("POST /api/articles", () => {
  it("adds pasted text: 201 with the slug and the draft, the folder on disk", async () => {
    const answer = await api.post<AddArticleResponse>("/api/articles", {
      text: HARBOUR_TEXT,
      title: "Port Elsa signs a harbour deal",
      published: "2024-03-05",
      publisher: "Coast Weekly",
    });
    expect(answer.status).toBe(201);
    expect(answer.body.slug).toBe("2024-03-05-port-elsa-signs-a-harbour-deal");
    expect(draftSchema.parse(answer.body.draft).textHash).toBe(textHash(HARBOUR_TEXT));
    const dir = join(articles, answer.body.slug);
    expect(readFileSync(join(dir, "article.txt"), "utf8")).toBe(HARBOUR_TEXT);
    expect(listTree(dir)).toEqual(addedFolderFiles("original.txt"));
    expect(JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"))).toMatchObject({
      slug: answer.body.slug,
      publisher: "Coast Weekly",
      attribution: expect.stringContaining("Pasted in the app") as unknown,
    });
  });

  it("adds an uploaded HTML file: its main text, the original kept", async () => {
    const answer = await api.post<AddArticleResponse>("/api/articles", {
      file: { name: "harbour.html", base64: base64(HARBOUR_HTML) },
    });
    expect(answer.status).toBe(201);
    const dir = join(articles, answer.body.slug);
    expect(readFileSync(join(dir, "article.txt"), "utf8")).toBe(HARBOUR_HTML_TEXT);
    expect(readFileSync(join(dir, "original.html"), "utf8")).toBe(HARBOUR_HTML);
    expect(answer.body.meta.title).toBe("Harbour deal signed in Port Elsa");
  });

  describe("refusals write nothing", () => {
    let before: string[];
    beforeAll(() => {
      before = listTree(articles);
    });

    async function refused(body: unknown, status: number, message: string, headers = {}) {
      const answer = await api.post<ErrorAnswer>("/api/articles", body, headers);
      expect(answer.status).toBe(status);
      expect(answer.body.error.message).toBe(message);
      expect(listTree(articles)).toEqual(before);
    }

    it("409 for the same text again, naming its folder", async () => {
      await refused(
        { text: HARBOUR_TEXT, title: "Same words" },
        409,
        `The same text is already in ${basename(articles)}/2024-03-05-port-elsa-signs-a-harbour-deal, so it was not added again.`,
      );
    });

    it("400 for empty text, binary, not UTF-8, no readable text, a bad date, both text and file", async () => {
      await refused({ text: "   " }, 400, "The pasted article holds no text.");
      await refused(
        { file: { name: "scan.txt", base64: base64(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1])) } },
        400,
        "scan.txt looks like a binary file (a NUL byte at byte offset 4), not text.",
      );
      await refused(
        { file: { name: "old.txt", base64: base64(Buffer.from([0x4f, 0x6c, 0xe9])) } },
        400,
        "old.txt is not UTF-8: the byte 0xe9 at byte offset 2 is not valid UTF-8 (save the file as UTF-8).",
      );
      await refused(
        { file: { name: "shell.html", base64: base64("<html><body><div id=app></div></body></html>") } },
        400,
        "shell.html has no readable text: no article body was found in the page.",
      );
      await refused(
        { file: { name: "report.pdf", base64: base64("%PDF") } },
        400,
        "report.pdf is not a text, HTML or Markdown file (expected .txt, .text, .html, .htm, .md, .markdown).",
      );
      await refused(
        { text: "A short note.", published: "5 March" },
        400,
        'The published date "5 March" is not a date of the form YYYY-MM-DD.',
      );
      await refused(
        { text: "A short note.", file: { name: "a.txt", base64: base64("x") } },
        400,
        "Request body must hold one of text, file or link.",
      );
      await refused({ text: "A short note.", author: "me" }, 400, 'Request body: unknown field "author".');
    });

    it("400 for a text over 1 MB", async () => {
      await refused(
        { text: "The harbour grew again. ".repeat(50_000) },
        400,
        "The pasted article holds 1.1 MB of text; an article may have at most 1 MB (1,048,576 bytes).",
      );
    });

    it("413 for a body over the size limit, before reading it all", async () => {
      const answer = await api.post<ErrorAnswer>("/api/articles", { text: "x".repeat(8 * 1024 * 1024) });
      expect(answer.status).toBe(413);
      expect(answer.body.error.message).toMatch(
        /^Request body is larger than the [\d.]+ MB \([\d,]+ bytes\) that POST \/api\/articles accepts\.$/,
      );
      expect(listTree(articles)).toEqual(before);
    });

    it("415 for a body that is not JSON, 403 from another origin", async () => {
      await refused("text=hello", 415, "Send JSON (Content-Type: application/json).", {
        "content-type": "application/x-www-form-urlencoded",
      });
      await refused(
        { text: "A short note." },
        403,
        'Requests from origin "https://elsewhere.example" are refused.',
        {
          origin: "https://elsewhere.example",
        },
      );
    });
  });
});

describe("POST /api/articles when writes are off", () => {
  it("answers 403 with the reason and writes nothing", async () => {
    const off = tempDir("off-articles");
    const other = await startAppServer(driver, {
      articles: {
        dir: off,
        enabled: false,
        offReason:
          "Writing articles (add, save, publish) is off because the server listens on 0.0.0.0, beyond this machine; set DOSSIER_REMOTE_WRITES=true to allow it.",
      },
    });
    try {
      const answer = await apiClient(other.url).post<ErrorAnswer>("/api/articles", { text: "A short note." });
      expect(answer.status).toBe(403);
      expect(answer.body.error.message).toMatch(/DOSSIER_REMOTE_WRITES=true/);
      expect(listTree(off)).toEqual([]);
    } finally {
      await other.stop();
    }
  });
});
