import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMetadata, checkGivenMetadata } from "../../graph/articles/metadata.ts";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import { buildServer } from "../../graph/server/app.ts";
import { HARBOUR_TEXT, listTree, tempDir } from "../support/addFixtures.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";

const root = tempDir("metadata-text");
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildServer({ db: new MemoryDatabase(), articles: { dir: root, enabled: true } });
});
afterAll(() => app.close());

describe("invisible characters in an article's metadata", () => {
  it("are refused when given, naming the character and where it is", () => {
    expect(() => checkGivenMetadata({ title: "Harbour\u0000 deal" })).toThrow(
      "The title holds the invisible character U+0000 at position 8; remove it (control and text-direction characters are not accepted).",
    );
    expect(() => checkGivenMetadata({ publisher: "Coast \u202eWeekly" })).toThrow(
      /^The publisher holds the invisible character U\+202E at position 7;/,
    );
    expect(() =>
      checkGivenMetadata({ title: "Harbour deal — “signed”", publisher: "Côte Hebdo" }),
    ).not.toThrow();
  });

  it("are refused by POST /api/articles, which writes nothing", async () => {
    const answer = await app.inject({
      method: "POST",
      url: "/api/articles",
      payload: { text: HARBOUR_TEXT, title: "Port Elsa\u0007 signs" },
    });
    expect(answer.statusCode).toBe(400);
    expect((answer.json() as ErrorBody).error.message).toMatch(
      /^The title holds the invisible character U\+0007 at position 10;/,
    );
    expect(listTree(root)).toEqual([]);
  });

  it("are taken out of a page's own title and publisher", () => {
    const built = buildMetadata(
      {},
      { text: HARBOUR_TEXT, title: "Port \u202eElsa\u202c signs", publisher: "Coast\u0000Weekly" },
      { description: "From a test page", original: "original.html" },
      "2026-01-01",
    );
    expect(built.meta.title).toBe("Port Elsa signs");
    expect(built.meta.publisher).toBe("Coast Weekly");
  });
});
