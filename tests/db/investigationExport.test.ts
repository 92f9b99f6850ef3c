import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SearchResponse, StartViewResponse } from "../../graph/contract/explorer.ts";
import type {
  ImportInvestigationResponse,
  InvestigationExport,
} from "../../graph/contract/investigationExport.ts";
import type { OpenedInvestigation, SaveInvestigationRequest } from "../../graph/contract/investigations.ts";
import { listTree, tempDir } from "../support/addFixtures.ts";
import { type ErrorAnswer, apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { GOITA_SLUG, goitaDir } from "../support/articleFixture.ts";
import { runCli } from "../support/cli.ts";
import { savedViewRequest } from "../support/savedView.ts";
import { canonicalDump, clearDatabase, seededDriver, testConnection } from "../support/db.ts";

let driver: Driver;
type Server = { url: string; stop: () => Promise<void> };
const servers: Server[] = [];

/** A Dossier with its own data folder (data/articles, data/investigations) on the test Neo4j. */
async function dossier(name: string, withGoita: boolean) {
  const data = tempDir(name);
  const articles = join(data, "articles");
  mkdirSync(articles);
  if (withGoita) cpSync(goitaDir, join(articles, GOITA_SLUG), { recursive: true });
  const server = await startAppServer(driver, { articles: { dir: articles, enabled: true } });
  servers.push(server);
  return { data, articles, api: apiClient(server.url), url: server.url };
}

beforeAll(async () => {
  driver = await seededDriver();
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await driver?.close();
});

const NOTE = "Check the Kremlin readout. <img src=x onerror=alert(1)>";

/** The opening view, saved with a note on its first node. */
async function saveOpeningView(api: ReturnType<typeof apiClient>): Promise<SaveInvestigationRequest> {
  const start = await api.get<StartViewResponse>("/api/view/start");
  const { nodes } = start.body.graph;
  const request = savedViewRequest(start.body.graph, "Goïta in Moscow", (i) => ({ x: i, y: 2 * i }));
  request.description = "What the visit signed.";
  request.view.pinned = [nodes[0]!.id];
  request.view.selection = nodes[1]!.id;
  request.notes = [
    {
      id: "n1",
      on: { kind: "node", elementId: nodes[0]!.id },
      text: NOTE,
      author: "analyst",
      written: "2026-12-07T10:00:00.000Z",
    },
  ];
  expect((await api.put("/api/investigations/goita-in-moscow", request)).status).toBe(200);
  return request;
}

/** What a refused import must leave as it was: every file of the data folder and the whole graph. */
async function state(data: string): Promise<string> {
  const files = listTree(data).map((f) => {
    try {
      return `${f} ${readFileSync(join(data, f), "utf8").length}`;
    } catch {
      return f;
    }
  });
  return `${files.join("\n")}\n${await canonicalDump(driver)}`;
}

it("exports an investigation, imports it into an empty Dossier, and it reopens with the same nodes, relationships and notes; refused imports change nothing", async () => {
  const source = await dossier("export-source", true);
  const saved = await saveOpeningView(source.api);
  const answer = await fetch(`${source.url}/api/investigations/goita-in-moscow/export`);
  expect(answer.status).toBe(200);
  expect(answer.headers.get("content-disposition")).toBe(
    'attachment; filename="goita-in-moscow.investigation.json"',
  );
  const exported = (await answer.json()) as InvestigationExport;
  expect(exported.articles.map((a) => a.slug)).toEqual([GOITA_SLUG]);
  expect(exported.articles[0]!.text).toBe(readFileSync(join(goitaDir, "article.txt"), "utf8"));
  expect(exported.articles[0]!.annotation).toBe(readFileSync(join(goitaDir, "annotation.json"), "utf8"));

  // Another Dossier: an empty database and an empty data folder.
  await clearDatabase(driver);
  const target = await dossier("export-target", false);
  const emptyBefore = await state(target.data);

  // Refused: a wrong version, then an invalid new article. Nothing is written or loaded.
  const wrongVersion = await target.api.post<ErrorAnswer>("/api/investigations/import", {
    ...exported,
    version: 9,
  });
  expect(wrongVersion.status).toBe(400);
  expect(wrongVersion.body.error.message).toBe(
    'Request body: field "version" must be 1 (the investigation export format this Dossier reads).',
  );
  const broken = {
    ...exported,
    articles: [
      ...exported.articles,
      { ...exported.articles[0]!, slug: "2025-06-24-broken", annotation: "{" },
    ],
  };
  const invalid = await target.api.post<ErrorAnswer>("/api/investigations/import", broken);
  expect(invalid.status).toBe(400);
  expect(invalid.body.error.message).toMatch(
    /^The exported article 2025-06-24-broken\/meta\.json, slug: "2025-06-23-goita-moscow" must equal the folder name|^The exported article 2025-06-24-broken\/annotation\.json is not valid: is not valid JSON/,
  );
  expect(await state(target.data)).toBe(emptyBefore);

  // Imported.
  const imported = await target.api.post<ImportInvestigationResponse>("/api/investigations/import", exported);
  expect(imported.status).toBe(200);
  expect(imported.body).toEqual({
    slug: "goita-in-moscow",
    renamedFrom: null,
    written: [GOITA_SLUG],
    kept: [],
  });
  expect(readFileSync(join(target.articles, GOITA_SLUG, "article.txt"), "utf8")).toBe(
    exported.articles[0]!.text,
  );

  const reopened = await target.api.get<OpenedInvestigation>("/api/investigations/goita-in-moscow");
  expect(reopened.status).toBe(200);
  expect(reopened.body.missing).toEqual([]);
  expect(reopened.body.missingRelationships).toBe(0);
  for (const node of saved.view.nodes) {
    expect(
      reopened.body.nodes[node.elementId]?.properties.id ??
        reopened.body.nodes[node.elementId]?.properties.slug,
    ).toBe(node.key);
  }
  expect(Object.keys(reopened.body.relationships).sort()).toEqual(
    saved.view.relationships.map((r) => r.elementId).sort(),
  );
  for (const rel of saved.view.relationships)
    expect(reopened.body.relationships[rel.elementId]?.type).toBe(rel.type);
  expect(reopened.body.investigation.notes).toEqual(saved.notes);
  expect(reopened.body.investigation.view).toEqual(saved.view);

  // Refused: an article already here with another text; then the same export again keeps everything.
  const afterImport = await state(target.data);
  const other = {
    ...exported,
    articles: [{ ...exported.articles[0]!, text: `${exported.articles[0]!.text}\nA line added elsewhere.` }],
  };
  const conflict = await target.api.post<ErrorAnswer>("/api/investigations/import", other);
  expect(conflict.status).toBe(409);
  expect(conflict.body.error.message).toBe(
    `The article "${GOITA_SLUG}" is already in data/articles with a different text; nothing was imported.`,
  );
  expect(await state(target.data)).toBe(afterImport);
  const again = await target.api.post<ImportInvestigationResponse>("/api/investigations/import", exported);
  expect(again.body).toEqual({ slug: "goita-in-moscow", renamedFrom: null, written: [], kept: [GOITA_SLUG] });

  // A different investigation under a slug already taken comes in under the next free one.
  const renamed = await target.api.post<ImportInvestigationResponse>("/api/investigations/import", {
    ...exported,
    investigation: { ...exported.investigation, name: "Another look" },
  });
  expect(renamed.body).toMatchObject({ slug: "goita-in-moscow-2", renamedFrom: "goita-in-moscow" });
  expect(readdirSync(join(target.data, "investigations")).sort()).toEqual([
    "goita-in-moscow-2.json",
    "goita-in-moscow.json",
  ]);

  // Search finds the note, apart from the entities, from the file.
  const search = await target.api.get<SearchResponse>("/api/search?q=kremlin%20READOUT");
  expect(search.body.notes.map((n) => [n.investigation, n.caption, n.on])).toEqual([
    ["goita-in-moscow-2", saved.view.nodes[0]!.caption, saved.notes[0]!.on],
    ["goita-in-moscow", saved.view.nodes[0]!.caption, saved.notes[0]!.on],
  ]);

  // The brief: quotes, their article, the note as text.
  const brief = await fetch(`${target.url}/api/investigations/goita-in-moscow/brief`);
  expect(brief.headers.get("content-type")).toMatch(/^text\/html/);
  const html = await brief.text();
  const firstQuote = (JSON.parse(exported.articles[0]!.annotation) as { relations: { evidence: string[] }[] })
    .relations[0]!.evidence[0]!;
  expect(html).toContain(firstQuote.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  expect(html).not.toMatch(/<script|<img/);
});

it("imports an export from the command line, and refuses a conflicting one there without changing anything", async () => {
  const source = await dossier("cli-source", true);
  await saveOpeningView(source.api);
  const file = join(tempDir("cli-export"), "goita.investigation.json");
  const c = testConnection();
  const env = { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
  const exported = await runCli("export", ["--investigation", "goita-in-moscow", "--out", file], {
    ...env,
    DOSSIER_ARTICLES: source.articles,
  });
  expect(exported.stderr).toBe("");
  expect(exported.stdout).toMatch(/^Exported “Goïta in Moscow” \(\d+ nodes, 1 notes, 1 articles\) to /);

  const briefFile = join(tempDir("cli-brief"), "goita.html");
  const brief = await runCli(
    "export",
    ["--investigation", "goita-in-moscow", "--brief", "--out", briefFile],
    {
      ...env,
      DOSSIER_ARTICLES: source.articles,
    },
  );
  expect(brief.stdout).toMatch(/^Wrote the brief of “Goïta in Moscow” \(\d+ relationships, 1 notes\) to /);
  const html = readFileSync(briefFile, "utf8");
  expect(html).toContain("<blockquote>");
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");

  await clearDatabase(driver);
  const target = tempDir("cli-target");
  const articles = join(target, "articles");
  const first = await runCli("import", [file], { ...env, DOSSIER_ARTICLES: articles });
  expect(first.stdout).toMatch(
    /^Imported “Goïta in Moscow” as data\/investigations\/goita-in-moscow\.json: 1 articles written and loaded, 0 already here\./,
  );
  expect(readdirSync(join(target, "investigations"))).toEqual(["goita-in-moscow.json"]);
  const loaded = await driver.executeQuery("MATCH (a:Article {slug: $slug}) RETURN count(a) AS n", {
    slug: GOITA_SLUG,
  });
  expect(Number(loaded.records[0]!.get("n"))).toBe(1);

  const before = await state(target);
  const changed = JSON.parse(readFileSync(file, "utf8")) as InvestigationExport;
  changed.articles[0]!.text += "\nChanged.";
  writeFileSync(file, JSON.stringify(changed));
  const refused = await runCli("import", [file], { ...env, DOSSIER_ARTICLES: articles });
  expect(refused.code).toBe(1);
  expect(refused.stderr.trim()).toBe(
    `Error: The article "${GOITA_SLUG}" is already in data/articles with a different text; nothing was imported.`,
  );
  expect(await state(target)).toBe(before);
});
