import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { validateArticle } from "../../graph/loader/validate.ts";
import { annotationSchema } from "../../graph/model/annotation.ts";
import { type Draft, draftAnnotation, draftSchema } from "../../graph/model/draft.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";
import { textHash } from "../../graph/corpus/textHash.ts";
import { runCli } from "../support/cli.ts";
import { canonicalDump, seededDriver } from "../support/db.ts";
import { freePort } from "../support/freePort.ts";

const textsDir = join(import.meta.dirname, "..", "fixtures", "texts");
const solarFile = join(textsDir, "solar-supply.txt");
const solar = readFileSync(solarFile, "utf8");
const river = readFileSync(join(textsDir, "river-mission.txt"), "utf8");

let driver: Driver;
let db: GraphDb;

beforeAll(async () => {
  driver = await seededDriver();
  db = new GraphDb(driver, undefined);
});

afterAll(async () => {
  await driver.close();
});

function byName(draft: Draft, name: string) {
  return draft.entities.find((e) => e.name === name || e.aliases.includes(name));
}

/** Every mention and every evidence quote is exactly the text at its offsets. */
function expectVerbatim(draft: Draft, text: string) {
  for (const e of draft.entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end), `${e.id} mention`).toBe(m.text);
  }
  for (const r of draft.relations) {
    expect(r.evidence).toEqual(r.evidenceSpans.map((s) => s.text));
    for (const s of r.evidenceSpans) expect(text.slice(s.start, s.end), `${r.id} evidence`).toBe(s.text);
  }
}

/** The draft with its review fields dropped passes the loader's own validation. */
function expectLoadable(draft: Draft, text: string) {
  const annotation = annotationSchema.parse(draftAnnotation(draft));
  const files = { meta: "meta.json", annotation: "draft.json", text: "article.txt" };
  const meta = {
    slug: "test",
    title: "t",
    publisher: "p",
    published: { date: "2026-05-20" },
    language: "en",
    attribution: "a",
  };
  expect(() => validateArticle({ dir: "", files, meta, annotation, text })).not.toThrow();
}

describe("suggestions with CoreNLP and the graph", () => {
  it("links Mali to the graph, finds the new company, and relates them with verbatim evidence", async () => {
    const draft = await suggestDraft(solar, { db, nlpUrl: inject("nlpUrl"), referenceDate: "2026-05-20" });
    expect(draft.engines).toEqual(expect.arrayContaining(["corenlp", "rules", "gazetteer"]));
    expect(draft.textHash).toBe(textHash(solar));
    expect(draftSchema.parse(draft)).toEqual(draft);

    const mali = draft.entities.find((e) => e.id === "mali");
    expect(mali?.existing).toBe(true);
    expect(mali?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["Mali", "Malian"]));

    const company = byName(draft, "Fjordlyt Energy");
    expect(company?.existing).toBe(false);
    expect(company?.labels).toContain("Company");
    expect(company?.status).toBe("suggested");
    const parent = byName(draft, "Tindra Holdings");
    expect(parent).toBeDefined();

    const between = (a: string, b: string) =>
      draft.relations.filter((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
    expect(between("mali", company!.id).length).toBeGreaterThan(0);
    const subsidiary = between(company!.id, parent!.id)[0];
    expect(subsidiary?.evidence[0]).toContain("a subsidiary of");
    // "had signed" maps onto the vocabulary's SIGNED.
    expect(draft.relations.some((r) => r.type === "SIGNED" && r.from === "mali")).toBe(true);
    // "12 May 2026" inside an evidence span becomes a typed date.
    expect(draft.relations.some((r) => JSON.stringify(r.properties.date) === '{"date":"2026-05-12"}')).toBe(
      true,
    );
    for (const r of draft.relations) {
      expect(r.status).toBe("suggested");
      expect(r.engine).toContain("corenlp");
      expect(r.score).toBeGreaterThan(0);
    }
    expectVerbatim(draft, solar);
    expectLoadable(draft, solar);
  });

  it("links a name that holds a graph entity's name when the kind agrees and nothing competes, and says why", async () => {
    const text =
      "Rosatom Group signed a new contract with the government. Officials across Africa welcomed the move.";
    const draft = await suggestDraft(text, { db, nlpUrl: inject("nlpUrl") });
    const rosatom = draft.entities.find((e) => e.id === "rosatom");
    expect(rosatom?.existing).toBe(true);
    expect(rosatom?.aliases).toContain("Rosatom Group");
    expect(rosatom?.candidates.map((c) => c.reason)).toEqual([
      '"Rosatom Group" contains the graph\'s name "Rosatom"',
    ]);
    // "Africa Corps" holds "Africa", but an armed group is not a place: a candidate with its reason, not a link.
    const africa = byName(draft, "Africa");
    expect(africa?.existing).toBe(false);
    expect(africa?.candidates).toEqual([
      expect.objectContaining({
        id: "africa-corps",
        reason: 'the graph\'s name "Africa Corps" contains "Africa"',
      }),
    ]);
    expectVerbatim(draft, text);
  });

  it("finds an acronym, a hyphenated company code and a percentage", async () => {
    const draft = await suggestDraft(river, { db, nlpUrl: inject("nlpUrl") });
    expect(byName(draft, "UNAMEX")?.labels).toContain("Organization");
    const venture = byName(draft, "ACQ-SA");
    expect(venture?.labels).toContain("Company");
    expect(byName(draft, "Clara Ventura")?.labels).toEqual(["Person"]);
    const stake = draft.relations.find((r) => r.to === venture?.id && r.properties.share !== undefined);
    expect(stake?.properties.share).toEqual({ quantity: 25, unit: "percent" });
    expectVerbatim(draft, river);
    expectLoadable(draft, river);
  });

  it("falls back to the graph's names and the rules when CoreNLP does not answer", async () => {
    const nlpUrl = `http://127.0.0.1:${await freePort()}`;
    const lines: string[] = [];
    const draft = await suggestDraft(solar, { db, nlpUrl, log: (l) => lines.push(l) });
    expect(draft.engines).not.toContain("corenlp");
    expect(draft.notes).toHaveLength(1);
    expect(draft.notes[0]).toMatch(/could not be reached.*graph's names and the rules alone/);
    expect(lines).toEqual(draft.notes);
    expect(draft.entities.find((e) => e.id === "mali")?.existing).toBe(true);
    expect(byName(draft, "Bamako")?.existing).toBe(true);
    expect(byName(draft, "Fjordlyt Energy")?.labels).toContain("Company");
    expectVerbatim(draft, solar);
  });
});

describe("npm run suggest", () => {
  const env = () => {
    const { uri, password } = inject("neo4j");
    return { NEO4J_URI: uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: password, NLP_URL: inject("nlpUrl") };
  };

  it("writes a draft with --out and changes nothing in the database", async () => {
    const before = await canonicalDump(driver);
    const out = join(mkdtempSync(join(tmpdir(), "dossier-suggest-")), "draft.json");
    const result = await runCli("suggest", [solarFile, "--out", out, "--published", "2026-05-20"], env());
    expect(result.stderr).toMatch(
      /Suggested \d+ entities \(\d+ already in the graph\) and \d+ relations with corenlp/,
    );
    expect(result.code).toBe(0);
    const draft = draftSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(draft.entities.find((e) => e.id === "mali")?.existing).toBe(true);
    expectVerbatim(draft, solar);
    expect(await canonicalDump(driver)).toBe(before);
  });

  it("refuses an empty file and a file that is not UTF-8, in one sentence each", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-suggest-bad-"));
    writeFileSync(join(dir, "empty.txt"), "  \n");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x47, 0x6f, 0xef, 0x74, 0x61]));
    const empty = await runCli("suggest", [join(dir, "empty.txt")], env());
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toMatch(/^Error: .*empty\.txt is empty: there is no text to suggest from\.$/);
    const latin = await runCli("suggest", [join(dir, "latin1.txt")], env());
    expect(latin.code).toBe(1);
    expect(latin.stderr.trim()).toMatch(
      /^Error: .*latin1\.txt is not UTF-8: the byte 0xef at byte offset 2 is not valid UTF-8/,
    );
  });
});
