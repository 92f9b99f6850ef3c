import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import { type PlaceCandidatesAnswer, placeCandidatesResponseSchema } from "../../graph/contract/places.ts";
import { buildServer } from "../../graph/server/app.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";

const db = new MemoryDatabase();
let app: FastifyInstance;

beforeAll(async () => {
  app = await buildServer({ db });
});
afterAll(() => app.close());

async function get(url: string) {
  const answer = await app.inject({ method: "GET", url, headers: { host: "127.0.0.1" } });
  return { status: answer.statusCode, body: answer.json<unknown>() };
}

describe("GET /api/places/candidates", () => {
  it("gives every place an ambiguous name stands for, with country and population, the biggest first", async () => {
    const answer = await get("/api/places/candidates?name=tripoli&kind=city");
    expect(answer.status).toBe(200);
    const body = placeCandidatesResponseSchema.parse(answer.body);
    expect(body.candidates.slice(0, 2).map((c) => [c.name, c.country])).toEqual([
      ["Tripoli", "LY"],
      ["Tripoli", "LB"],
    ]);
    expect(body.candidates[0]!.population).toBeGreaterThan(body.candidates[1]!.population!);
    expect(body.total).toBe(body.candidates.length);
  });

  it("keeps a Country's candidates to countries, and answers an unknown name with none", async () => {
    const mali = (await get("/api/places/candidates?name=Mali&kind=country")).body as PlaceCandidatesAnswer;
    expect(mali.candidates.map((c) => [c.name, c.kind, c.population])).toEqual([["Mali", "country", null]]);
    const none = await get("/api/places/candidates?name=Orvik");
    expect([none.status, none.body]).toEqual([200, { candidates: [], total: 0 }]);
  });

  it("gives at most `limit` candidates and says how many there are", async () => {
    const body = (await get("/api/places/candidates?name=Paris&kind=city&limit=2"))
      .body as PlaceCandidatesAnswer;
    expect(body.candidates).toHaveLength(2);
    expect(body.total).toBeGreaterThan(2);
  });

  it.each([
    ["", /^Query string: field "name" is required: the place's name\.?$/],
    ["?name=%20%20", /^Query string: field "name" must not be empty\.?$/],
    [`?name=${"a".repeat(201)}`, /field "name" must be at most 200 characters/],
    ["?name=Tripoli&kind=town", /^Query string: field "kind" must be "country" or "city"\.?$/],
    ["?name=Tripoli&limit=0", /field "limit" must be from 1 to 50/],
    ["?name=Tripoli&limit=51", /field "limit" must be from 1 to 50/],
    ["?name=Tripoli&limit=two", /field "limit" must be a number/],
  ])("refuses %s with 400 naming the field and its limit", async (query, message) => {
    const answer = await get(`/api/places/candidates${query}`);
    expect(answer.status).toBe(400);
    expect((answer.body as ErrorBody).error.message).toMatch(message);
  });
});
