import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatasetManifest, generateDataset } from "../../bench/generate/dataset.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { clearDatabase, testDriver } from "../support/db.ts";

/** Every file of a folder tree with the hash of its bytes, in path order. */
function fingerprint(root: string): string {
  const lines: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    lines.push(`${path.slice(root.length)} ${createHash("sha256").update(readFileSync(path)).digest("hex")}`);
  }
  return lines.sort().join("\n");
}

let driver: Driver;
const roots: string[] = [];
let manifest: DatasetManifest;
let root: string;

function generate(seed: number): { root: string; manifest: DatasetManifest } {
  const out = mkdtempSync(join(tmpdir(), "dossier-generate-"));
  roots.push(out);
  return { root: out, manifest: generateDataset({ relations: 1000, seed, out }) };
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  ({ root, manifest } = generate(7));
});

afterAll(async () => {
  await driver.close();
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

async function count(query: string): Promise<number> {
  const result = await driver.executeQuery(query);
  return Number(result.records[0]!.get(0));
}

describe("the dataset generator", () => {
  it("writes the same bytes for the same seed and different ones for another seed", () => {
    expect(fingerprint(generate(7).root)).toBe(fingerprint(root));
    expect(fingerprint(generate(8).root)).not.toBe(fingerprint(root));
  });

  it("writes 1k relations over several articles with power-law degrees", () => {
    expect(manifest.relations).toBe(1000);
    expect(manifest.articles).toBeGreaterThan(5);
    expect(manifest.slugs).toHaveLength(manifest.articles);
    const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(dirs.map((d) => d.name).sort()).toEqual([...manifest.slugs].sort());
    // Preferential attachment: a hub far above the mean degree.
    expect(manifest.maxDegree).toBeGreaterThan((10 * 2 * manifest.relations) / manifest.entities);
  });

  it("is accepted by the real loader and gives the counts the generator reports", async () => {
    const result = await loadArticles(
      driver,
      manifest.slugs.map((slug) => join(root, slug)),
    );
    expect(result.articles).toEqual(manifest.slugs);
    expect(await count("MATCH (e:Entity) RETURN count(e)")).toBe(manifest.entities);
    expect(await count("MATCH (a:Article) RETURN count(a)")).toBe(manifest.articles);
    expect(await count("MATCH (s:Sentence) RETURN count(s)")).toBe(manifest.sentences);
    expect(await count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")).toBe(manifest.relations);
    expect(await count("MATCH ()-[m:MENTIONS]->() RETURN count(m)")).toBe(manifest.mentions);
    expect(await count("MATCH ()-[h:HAS_SENTENCE]->() RETURN count(h)")).toBe(manifest.sentences);
    const maxDegree = await count(
      "MATCH (e:Entity) RETURN max(COUNT { (e)-[r]-(:Entity) WHERE NOT r:MENTIONS })",
    );
    expect(maxDegree).toBe(manifest.maxDegree);
    // Every entity of the project's labels has its name and an alias or more searchable.
    const unnamed = await count(
      "MATCH (e:Entity) WHERE e.name IS NULL OR size(e.aliases) = 0 RETURN count(e)",
    );
    expect(unnamed).toBe(0);
  });
});
