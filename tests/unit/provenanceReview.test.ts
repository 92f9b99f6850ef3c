import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import type { ProvenanceReview } from "../../graph/contract/provenance.ts";
import { buildServer } from "../../graph/server/app.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";
import { PROVENANCE_SLUGS, writeProvenanceCorpus } from "../support/provenanceCorpus.ts";

const corpus = writeProvenanceCorpus();
const db = new MemoryDatabase();
let app: FastifyInstance;
let remote: FastifyInstance;
const path = `/api/articles/${PROVENANCE_SLUGS.site}/provenance`;

beforeAll(async () => {
  app = await buildServer({ db, articles: { dir: corpus.root, enabled: true } });
  remote = await buildServer({
    db,
    articles: { dir: corpus.root, enabled: false, offReason: "Writing is off." },
  });
});
afterAll(async () => {
  await app.close();
  await remote.close();
  rmSync(corpus.root, { recursive: true, force: true });
});

async function decide(decision: unknown, server = app) {
  const answer = await server.inject({ method: "POST", url: path, payload: { decision } });
  return { status: answer.statusCode, body: answer.json() as ProvenanceReview & ErrorBody };
}

const stored = () =>
  JSON.parse(readFileSync(join(corpus.root, PROVENANCE_SLUGS.site, "provenance.json"), "utf8")) as Record<
    string,
    unknown
  >;

describe("the reviewer's provenance decision", () => {
  it("shows what the detector found", async () => {
    const answer = await app.inject({ method: "GET", url: path });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      reprintOf: PROVENANCE_SLUGS.ap,
      detected: { wire: null, reprintOf: PROVENANCE_SLUGS.ap },
      decision: null,
    });
  });

  it("keeps 'not a reprint' in provenance.json, wins over the detector and loads the article again", async () => {
    const { status, body } = await decide({ notReprint: true });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      reprintOf: null,
      shared: null,
      detected: { reprintOf: PROVENANCE_SLUGS.ap },
    });
    expect(stored()).toMatchObject({ reprintOf: PROVENANCE_SLUGS.ap, decision: { notReprint: true } });
    expect(db.loaded).toContain(join(corpus.root, PROVENANCE_SLUGS.site));
  });

  it("names the original and the agency, and forgets the decision when told", async () => {
    expect((await decide({ original: PROVENANCE_SLUGS.courier, agency: "Reuters" })).body).toMatchObject({
      reprintOf: PROVENANCE_SLUGS.courier,
      wire: "Reuters",
    });
    const cleared = await decide(null);
    expect(cleared.body).toMatchObject({ reprintOf: PROVENANCE_SLUGS.ap, decision: null });
    expect(stored()).not.toHaveProperty("decision");
  });

  it("refuses an original that is the article itself or no article, in one sentence", async () => {
    const self = await decide({ original: PROVENANCE_SLUGS.site });
    expect([self.status, self.body.error.message]).toEqual([
      400,
      "An article cannot be the original of itself.",
    ]);
    const none = await decide({ original: "2026-01-01-no-such-article" });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toBe(
      'The original "2026-01-01-no-such-article" is not an article of this folder.',
    );
  });

  it("is refused where writing is off", async () => {
    const before = stored();
    expect((await decide({ notReprint: true }, remote)).status).toBe(403);
    expect(stored()).toEqual(before);
  });
});
