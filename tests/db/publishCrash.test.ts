import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sourceHashOf } from "../../graph/loader/sourceHash.ts";
import { tempDir } from "../support/addFixtures.ts";
import { clearDatabase, scalar, testDriver } from "../support/db.ts";
import { freePort } from "../support/freePort.ts";
import { LAKE_SLUG, writeLakeFolder } from "../support/reviewFixture.ts";
import { acceptAll, openDraft, publishOverHttp, saveOverHttp } from "../support/reviewHttp.ts";
import { type StartedCommand, startCommand } from "../support/startCommand.ts";

let driver: Driver;
const root = tempDir("publish-crash");
const resume = join(tmpdir(), `dossier-publish-crash-${process.pid}`);
const running: StartedCommand[] = [];

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  writeLakeFolder(root);
});
afterAll(async () => {
  for (const server of running) server.kill("SIGKILL");
  rmSync(resume, { force: true });
  await clearDatabase(driver);
  await driver.close();
});

/** npm start against the run's Neo4j, with the publish held at `publish:graph` until `resume` exists. */
async function start(): Promise<{ server: StartedCommand; url: string }> {
  const { uri, password } = inject("neo4j");
  const server = startCommand("scripts/start.ts", [], {
    NEO4J_URI: uri,
    NEO4J_USER: "neo4j",
    NEO4J_PASSWORD: password,
    PORT: String(await freePort()),
    NLP_ENGINE: "off",
    DOSSIER_ARTICLES: root,
    DOSSIER_FAULT_POINT: "publish:graph",
    DOSSIER_FAULT_RESUME: resume,
  });
  running.push(server);
  const [, url] = await server.waitFor(/Dossier is ready: (http:\/\/\S+)/, 300_000);
  return { server, url: url! };
}

/** What the graph's Article node was loaded from, against the hash of the folder's files now. */
async function hashes() {
  const dir = join(root, LAKE_SLUG);
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown;
  const annotation = read("annotation.json") as { relations: unknown[] };
  const files = sourceHashOf({
    text: readFileSync(join(dir, "article.txt"), "utf8"),
    meta: read("meta.json"),
    annotation,
  } as Parameters<typeof sourceHashOf>[0]);
  const graph = await scalar<string | null>(driver, "MATCH (a:Article {slug: $slug}) RETURN a.sourceHash", {
    slug: LAKE_SLUG,
  });
  const relations = await scalar<number>(driver, "MATCH ()-[r]->() WHERE r.article = $slug RETURN count(r)", {
    slug: LAKE_SLUG,
  });
  return { files, graph, annotationRelations: annotation.relations.length, relations };
}

describe("kill -9 of the server mid-publish, then the next start", () => {
  it(
    "reloads the article whose annotation.json was written but not loaded, so files and graph agree",
    { timeout: 600_000 },
    async () => {
      // A first publish that passes the hold (entities only), so the graph holds an older version.
      writeFileSync(resume, "");
      const first = await start();
      const opened = await openDraft(first.url, LAKE_SLUG);
      const entitiesOnly = await saveOverHttp(
        first.url,
        LAKE_SLUG,
        opened.version,
        acceptAll(opened.draft, false),
      );
      expect(entitiesOnly.status).toBe(200);
      expect((await publishOverHttp(first.url, LAKE_SLUG, entitiesOnly.body.version as string)).status).toBe(
        200,
      );
      const published = await hashes();
      expect(published.graph).toBe(published.files);
      expect(published.annotationRelations).toBe(0);

      // The second publish, with its relations, is held after annotation.json and killed there.
      rmSync(resume);
      const all = await saveOverHttp(
        first.url,
        LAKE_SLUG,
        entitiesOnly.body.version as string,
        acceptAll(opened.draft),
      );
      expect(all.status).toBe(200);
      const publishing = publishOverHttp(first.url, LAKE_SLUG, all.body.version as string).catch(
        (e: unknown) => e,
      );
      await first.server.waitFor(/Fault point publish:graph reached\./, 60_000);
      first.server.kill("SIGKILL");
      await first.server.exited;
      expect(await publishing).toBeInstanceOf(Error);
      const crashed = await hashes();
      expect(crashed.annotationRelations).toBe(3);
      expect(crashed.graph).toBe(published.graph);
      expect(crashed.graph).not.toBe(crashed.files);
      expect(crashed.relations).toBe(0);

      // The next start reconciles: the article is loaded again from the files.
      const second = await start();
      expect(second.server.output()).toContain(
        `Reloading ${LAKE_SLUG}: its files changed since it was loaded.`,
      );
      expect(second.server.output()).toMatch(
        /The graph matches the articles folder: 1 article\(s\) \(1 reloaded\)\./,
      );
      const repaired = await hashes();
      expect(repaired.graph).toBe(repaired.files);
      expect(repaired.relations).toBe(3);
      second.server.kill("SIGINT");
      expect(await second.server.exited).toBe(0);
    },
  );
});
