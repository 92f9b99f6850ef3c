import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DecisionsFile } from "../../graph/contract/duplicates.ts";
import { applySameAs, sameAsOf } from "../../graph/resolve/applySameAs.ts";
import { withMerge, withNotSame, withoutMerge, withoutNotSame } from "../../graph/resolve/decide.ts";
import { decisionsPath, readDecisions, writeDecisions } from "../../graph/resolve/decisionsFile.ts";
import { DecisionRefusal } from "../../graph/resolve/refusal.ts";
import { sameAsIndex } from "../../graph/resolve/sameAs.ts";
import { keptLink } from "../../graph/suggest/link.ts";

const now = new Date("2026-05-21T09:30:00Z");
const names = new Map([
  ["wagner", "Wagner"],
  ["wagner-group", "Wagner Group"],
  ["pmc-wagner", "PMC Wagner"],
  ["mali", "Mali"],
]);
const empty: DecisionsFile = { same: [], notSame: [] };
const merge = (d: DecisionsFile, keep: string, drop: string) => withMerge(d, { keep, drop }, names, now);

function refusal(run: () => unknown): DecisionRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof DecisionRefusal) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("same-as decisions", () => {
  it("follows chains of merges to the id that stays", () => {
    const d = merge(merge(empty, "wagner-group", "pmc-wagner"), "wagner", "wagner-group");
    const index = sameAsIndex(d.same);
    expect(index.resolve("pmc-wagner")).toBe("wagner");
    expect(index.resolve("wagner-group")).toBe("wagner");
    expect(index.resolve("mali")).toBe("mali");
    expect(index.members("wagner").sort()).toEqual(["pmc-wagner", "wagner", "wagner-group"]);
    expect(d.same[1]).toMatchObject({
      keepName: "Wagner",
      dropName: "Wagner Group",
      decided: now.toISOString(),
    });
  });

  it("refuses a merge with itself, an unknown id, and a merge the other way round, in one sentence each", () => {
    const self = refusal(() => merge(empty, "mali", "mali"));
    expect([self.reason, self.message]).toEqual(["invalid", '"mali" cannot be merged with itself.']);
    const unknown = refusal(() => merge(empty, "mali", "atlantis"));
    expect(unknown.reason).toBe("missing");
    expect(unknown.message).toBe('No entity has the id "atlantis" in the published articles or the drafts.');
    const back = refusal(() => merge(merge(empty, "wagner", "wagner-group"), "wagner-group", "wagner"));
    expect(back.reason).toBe("conflict");
    expect(back.message).toMatch(/^"wagner-group" is already merged into "wagner"/);
  });

  it("refuses a file whose merges come back on themselves", () => {
    const cycle = refusal(() =>
      sameAsIndex([
        { keep: "a", drop: "b", keepName: "A", dropName: "B", decided: "" },
        { keep: "b", drop: "a", keepName: "B", dropName: "A", decided: "" },
      ]).resolve("a"),
    );
    expect(cycle.reason).toBe("conflict");
    expect(cycle.message).toMatch(/come back to where they start/);
  });

  it("keeps apart what was marked not the same, and undoes a merge", () => {
    const apart = withNotSame(empty, { a: "mali", b: "wagner" }, names, now);
    expect(apart.notSame).toHaveLength(1);
    expect(withNotSame(apart, { a: "wagner", b: "mali" }, names, now)).toBe(apart);
    expect(refusal(() => merge(apart, "mali", "wagner")).reason).toBe("conflict");
    const merged = merge(empty, "wagner", "wagner-group");
    expect(refusal(() => withNotSame(merged, { a: "wagner", b: "wagner-group" }, names, now)).reason).toBe(
      "conflict",
    );
    expect(withoutMerge(merged, { drop: "wagner-group" }).same).toEqual([]);
    expect(refusal(() => withoutMerge(merged, { drop: "mali" })).reason).toBe("missing");
  });

  it("keeps both names of a pair set apart, reads a file without them, and undoes it either way round", () => {
    const apart = withNotSame(empty, { a: "mali", b: "wagner" }, names, now);
    expect(apart.notSame).toEqual([
      { a: "mali", b: "wagner", aName: "Mali", bName: "Wagner", decided: now.toISOString() },
    ]);
    expect(withoutNotSame(apart, { a: "wagner", b: "mali" }).notSame).toEqual([]);
    const none = refusal(() => withoutNotSame(apart, { a: "mali", b: "wagner-group" }));
    expect([none.reason, none.message]).toEqual([
      "missing",
      '"mali" and "wagner-group" were never marked not the same, so there is nothing to undo.',
    ]);
    const dir = mkdtempSync(join(tmpdir(), "dossier-notsame-"));
    try {
      const articles = join(dir, "articles");
      mkdirSync(join(dir, "decisions"), { recursive: true });
      writeFileSync(
        decisionsPath(articles),
        JSON.stringify({ notSame: [{ a: "mali", b: "wagner", decided: "x" }] }),
      );
      expect(readDecisions(articles).notSame).toEqual([{ a: "mali", b: "wagner", decided: "x" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("applies a merge to an annotation: one entity, both names, relations follow", () => {
    const sameAs = sameAsOf(merge(empty, "wagner", "wagner-group"));
    const applied = applySameAs(
      {
        entities: [
          {
            id: "wagner-group",
            labels: ["ArmedGroup"],
            name: "Wagner Group",
            aliases: ["PMC"],
            demonyms: [],
            properties: {},
          },
          { id: "mali", labels: ["Country"], name: "Mali", aliases: [], demonyms: [], properties: {} },
        ],
        relations: [
          {
            id: "r1",
            type: "OPERATES_IN",
            from: "wagner-group",
            to: "mali",
            properties: {},
            evidence: ["x"],
          },
        ],
      },
      sameAs,
    );
    expect(applied.entities[0]).toMatchObject({
      id: "wagner",
      name: "Wagner",
      aliases: ["Wagner Group", "PMC"],
    });
    expect(applied.relations[0]).toMatchObject({ from: "wagner", to: "mali" });
  });

  it("keeps a reviewer's location, set or cleared, through a merge", () => {
    const sameAs = sameAsOf(merge(empty, "mali", "wagner"));
    const place = (id: string, location: { lat: number; lon: number } | null) => ({
      id,
      labels: ["Country" as const],
      name: id,
      aliases: [],
      demonyms: [],
      properties: {},
      location,
    });
    const set = applySameAs({ entities: [place("wagner", { lat: 17, lon: -4 })], relations: [] }, sameAs);
    expect(set.entities[0]).toMatchObject({ id: "mali", location: { lat: 17, lon: -4 } });
    const cleared = applySameAs({ entities: [place("wagner", null)], relations: [] }, sameAs);
    expect(cleared.entities[0]?.location).toBeNull();
  });

  it("links a name of a dropped entity to the kept id in suggestions", () => {
    const graphEntity = {
      id: "wagner-group",
      name: "Wagner Group",
      aliases: [],
      demonyms: [],
      labels: ["ArmedGroup"],
      score: 3,
    };
    const candidate = (id: string) => ({ id, name: id, labels: ["ArmedGroup"], score: 0.9 });
    const link = keptLink(
      { entity: graphEntity, candidates: [candidate("wagner-group"), candidate("wagner")] },
      { "wagner-group": "wagner" },
    );
    expect(link.entity?.id).toBe("wagner");
    expect(link.candidates.map((c) => c.id)).toEqual(["wagner"]);
  });

  describe("the file", () => {
    const root = mkdtempSync(join(tmpdir(), "dossier-decisions-"));
    const articles = join(root, "articles");
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it("lives beside the articles folder, is empty until written, and reads back", () => {
      expect(decisionsPath(articles)).toBe(join(root, "decisions", "same-as.json"));
      expect(readDecisions(articles)).toEqual(empty);
      const d = merge(empty, "wagner", "wagner-group");
      writeDecisions(articles, d);
      expect(readDecisions(articles)).toEqual(d);
      expect(readFileSync(decisionsPath(articles), "utf8").endsWith("\n")).toBe(true);
    });

    it("refuses a file that is not valid, naming it without its absolute path", () => {
      mkdirSync(join(root, "decisions"), { recursive: true });
      writeFileSync(decisionsPath(articles), '{"same": [{"keep": "A B"}]}');
      const bad = refusal(() => readDecisions(articles));
      expect(bad.message).toMatch(/^data\/decisions\/same-as\.json at same\.0/);
      expect(bad.message).not.toContain(root);
    });
  });
});
