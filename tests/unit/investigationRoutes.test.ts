import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import type { OpenedInvestigation, SaveInvestigationRequest } from "../../graph/contract/investigations.ts";
import type { GraphJson } from "../../graph/model/graphJson.ts";
import { buildServer } from "../../graph/server/app.ts";
import { tempDir } from "../support/addFixtures.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";

const root = tempDir("investigations");
const articles = join(root, "articles");
mkdirSync(articles);
const file = (slug: string) => join(root, "investigations", `${slug}.json`);

/** The graph when saved: Goïta LEADS Mali, Wagner in Mali; element ids of this load. */
function graphAt(load: string, extra: Partial<GraphJson> = {}): GraphJson {
  const node = (n: number, id: string, name: string) => ({
    id: `4:${load}:${n}`,
    labels: ["Entity"],
    properties: { id, name },
  });
  return {
    nodes: [
      node(0, "assimi-goita", "Assimi Goïta"),
      node(1, "mali", "Mali"),
      node(2, "wagner-group", "Wagner Group"),
      ...(extra.nodes ?? []),
    ],
    relationships: [
      {
        id: `5:${load}:0`,
        type: "LEADS",
        start: `4:${load}:0`,
        end: `4:${load}:1`,
        properties: { article: "a1" },
      },
      {
        id: `5:${load}:1`,
        type: "OPERATES_IN",
        start: `4:${load}:2`,
        end: `4:${load}:1`,
        properties: { article: "a1" },
      },
      ...(extra.relationships ?? []),
    ],
  };
}

const S = "4:s:";
function request(overrides: Partial<SaveInvestigationRequest> = {}): SaveInvestigationRequest {
  return {
    baseRevision: "none",
    name: "Goïta and Mali",
    description: "Who leads Mali.",
    view: {
      nodes: [
        { elementId: `${S}0`, key: "assimi-goita", caption: "Assimi Goïta", x: 1.25, y: -3.5 },
        { elementId: `${S}1`, key: "mali", caption: "Mali", x: 4, y: 2 },
        { elementId: `${S}2`, key: "wagner-group", caption: "Wagner Group", x: -2, y: 0.5 },
      ],
      relationships: [
        { elementId: "5:s:0", start: "assimi-goita", type: "LEADS", end: "mali", article: "a1" },
      ],
      expanded: [`${S}0`],
      pinned: [`${S}1`],
      hiddenLabels: ["Country"],
      hiddenTypes: [],
      minSources: 2,
      timeFilter: { from: "2025-06-01", to: null, undated: false, asOf: null },
      selection: `${S}0`,
      camera: null,
      path: { nodes: [`${S}0`, `${S}1`], relationships: ["5:s:0"] },
    },
    notes: [
      {
        id: "n1",
        on: { kind: "node", elementId: `${S}0` },
        text: "<script>alert(1)</script> **bold**",
        author: "analyst",
        written: "2026-12-07T10:00:00.000Z",
      },
    ],
    ...overrides,
  };
}

let app: FastifyInstance;
const servers: FastifyInstance[] = [];
async function server(db: MemoryDatabase, enabled = true): Promise<FastifyInstance> {
  const built = await buildServer({
    db,
    articles: { dir: articles, enabled, offReason: "Writing is off here." },
  });
  servers.push(built);
  return built;
}

beforeAll(async () => {
  app = await server(new MemoryDatabase(graphAt("first")));
});
afterAll(async () => {
  for (const s of servers) await s.close();
});

async function put(slug: string, body: unknown, on = app) {
  const answer = await on.inject({
    method: "PUT",
    url: `/api/investigations/${slug}`,
    payload: body as object,
  });
  return { status: answer.statusCode, body: answer.json() as ErrorBody & Record<string, unknown> };
}

async function open(slug: string, on = app) {
  const answer = await on.inject({ method: "GET", url: `/api/investigations/${slug}` });
  return { status: answer.statusCode, body: answer.json() as OpenedInvestigation & ErrorBody };
}

describe("saving and opening an investigation", () => {
  let revision = "";

  it("writes data/investigations/<slug>.json and lists it", async () => {
    const saved = await put("goita-and-mali", request());
    expect(saved.status).toBe(200);
    revision = String(saved.body.revision);
    expect(revision).toMatch(/^[0-9a-f]{16}$/);
    const stored = JSON.parse(readFileSync(file("goita-and-mali"), "utf8"));
    expect(stored).toMatchObject({ version: 1, slug: "goita-and-mali", name: "Goïta and Mali" });
    // Both relationships among its nodes are known, though only one is drawn.
    expect(stored.known).toHaveLength(2);
    const list = await app.inject({ method: "GET", url: "/api/investigations" });
    expect(list.json().investigations).toEqual([
      expect.objectContaining({ slug: "goita-and-mali", name: "Goïta and Mali", nodes: 3, notes: 1 }),
    ]);
  });

  it("opens it as saved, and nothing is new while the graph has not changed", async () => {
    const { status, body } = await open("goita-and-mali");
    expect(status).toBe(200);
    expect(body.revision).toBe(revision);
    expect(body.investigation.view).toEqual(request().view);
    expect(body.nodes[`${S}0`]?.properties.id).toBe("assimi-goita");
    expect(body.relationships["5:s:0"]?.type).toBe("LEADS");
    expect(body.missing).toEqual([]);
    expect(body.newRelationships).toEqual([]);
  });

  it("refuses a save over a newer revision with both versions, and changes nothing", async () => {
    const before = readFileSync(file("goita-and-mali"), "utf8");
    const stale = await put("goita-and-mali", request({ name: "Someone else's", baseRevision: "none" }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("conflict");
    expect(stale.body.error.message).toBe(
      `The investigation data/investigations/goita-and-mali.json already exists (at revision ${revision}); nothing was saved.`,
    );
    expect(stale.body.error.versions?.saved?.investigation.name).toBe("Goïta and Mali");
    expect(stale.body.error.versions?.sent.name).toBe("Someone else's");
    expect(readFileSync(file("goita-and-mali"), "utf8")).toBe(before);

    const next = await put("goita-and-mali", request({ name: "Goïta, Mali", baseRevision: revision }));
    expect(next.status).toBe(200);
    const late = await put("goita-and-mali", request({ name: "Late", baseRevision: revision }));
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/was saved elsewhere since revision [0-9a-f]{16} \(it is now at/);
    expect(late.body.error.versions?.saved?.investigation.name).toBe("Goïta, Mali");
  });

  it("after a reload with new element ids, finds its nodes again, reports the gone ones and offers what is new", async () => {
    expect((await put("grown", request())).status).toBe(200);
    mkdirSync(join(root, "decisions"), { recursive: true });
    writeFileSync(
      join(root, "decisions", "same-as.json"),
      JSON.stringify({
        same: [
          {
            keep: "wagner",
            drop: "wagner-group",
            keepName: "Wagner",
            dropName: "Wagner Group",
            decided: "2026-12-07T10:00:00.000Z",
          },
        ],
        notSame: [],
      }),
    );
    const later = graphAt("second", {
      relationships: [
        {
          id: "5:second:9",
          type: "VISITED",
          start: "4:second:0",
          end: "4:second:1",
          properties: { article: "a2" },
        },
      ],
    });
    // Wagner Group was merged into Wagner: its node is gone.
    later.nodes = later.nodes.filter((n) => n.properties.id !== "wagner-group");
    later.relationships = later.relationships.filter((r) => r.start !== "4:second:2");
    const reloaded = await server(new MemoryDatabase(later));
    const { status, body } = await open("grown", reloaded);
    expect(status).toBe(200);
    expect(body.nodes[`${S}0`]?.id).toBe("4:second:0");
    expect(body.relationships["5:s:0"]?.id).toBe("5:second:0");
    expect(body.missing).toEqual([
      { elementId: `${S}2`, key: "wagner-group", caption: "Wagner Group", mergedInto: "Wagner" },
    ]);
    expect(body.newRelationships.map((r) => r.type)).toEqual(["VISITED"]);
  });
});

describe("refusals", () => {
  it.each([
    ["a blank name", { name: "  " }, 'Request body: field "name" must not be empty.'],
    [
      "a revision that is not one",
      { baseRevision: "yesterday" },
      'Request body: field "baseRevision" must be "none" or 16 hex digits.',
    ],
    [
      "a pinned node that is not in the view",
      { view: { ...request().view, pinned: ["4:s:99"] } },
      'Request body: field "view.pinned" names "4:s:99", which is not among the view\'s nodes or relationships.',
    ],
    [
      "a position that is not a number",
      { view: { ...request().view, nodes: [{ ...request().view.nodes[0]!, x: "left" }] } },
      'Request body: field "view.nodes[0].x" must be a number, not a string.',
    ],
  ])("refuses %s in one sentence naming the field, writing nothing", async (_what, change, message) => {
    const answer = await put("refused", { ...request(), ...change });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toBe(message);
    expect(() => readFileSync(file("refused"))).toThrow();
  });

  it("refuses a name that could leave the folder", async () => {
    const answer = await put("..%2Fescape", request());
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/field "slug" must be lower-case words joined by hyphens/);
  });

  it("names a file of another version, in the list and when opened", async () => {
    writeFileSync(
      file("old-format"),
      JSON.stringify({ ...JSON.parse(readFileSync(file("goita-and-mali"), "utf8")), version: 7 }),
    );
    const list = (await app.inject({ method: "GET", url: "/api/investigations" })).json();
    const sentence =
      "data/investigations/old-format.json at version: must be 1 (the investigation file format this Dossier reads).";
    expect(list.unreadable).toContain(sentence);
    const opened = await open("old-format");
    expect(opened.status).toBe(400);
    expect(opened.body.error.message).toBe(sentence);
  });

  it("answers 404 for an investigation that does not exist", async () => {
    const opened = await open("nothing-here");
    expect(opened.status).toBe(404);
    expect(opened.body.error.message).toBe(
      "There is no investigation data/investigations/nothing-here.json.",
    );
  });

  it("saves nothing while writes are off", async () => {
    const off = await server(new MemoryDatabase(graphAt("first")), false);
    const answer = await put("off", request(), off);
    expect(answer.status).toBe(403);
    expect(answer.body.error.message).toBe("Writing is off here.");
  });
});
