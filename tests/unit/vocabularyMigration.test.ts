import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.ts";

const relation = (id: string, type: string, properties: Record<string, unknown> = {}) => ({
  id,
  type,
  from: "kestrel",
  to: "orvan",
  properties,
  evidence: ["Kestrel and Orvan"],
});

/** An articles folder with one article whose annotation and draft use types from before the vocabulary. */
function corpus(): { dir: string; annotation: string; draft: string } {
  const dir = join(mkdtempSync(join(tmpdir(), "vocabulary-migrate-")), "articles");
  const folder = join(dir, "2025-01-02-kestrel");
  mkdirSync(folder, { recursive: true });
  const annotation = join(folder, "annotation.json");
  const draft = join(folder, "draft.json");
  writeFileSync(
    annotation,
    JSON.stringify({
      entities: [],
      relations: [
        relation("a", "SIGNED_WITH"),
        relation("b", "SIGNED_DURING", { trigger: "signed during the visit" }),
        relation("c", "LEADS"),
        relation("d", "JOURS"),
      ],
    }),
  );
  writeFileSync(
    draft,
    JSON.stringify({
      textHash: "0".repeat(64),
      engines: ["rules"],
      notes: [],
      entities: [],
      relations: [{ ...relation("e", "MEETS_WITH"), status: "suggested", engine: "rules", score: 0.5 }],
    }),
  );
  return { dir, annotation, draft };
}

const run = (dir: string, ...args: string[]) =>
  runCli("vocabulary", ["migrate", ...args], { DOSSIER_ARTICLES: dir });

describe("npm run vocabulary -- migrate", () => {
  it("shows each old type, its new type and counts per article file, and changes nothing without --write", async () => {
    const { dir, annotation, draft } = corpus();
    const before = [readFileSync(annotation, "utf8"), readFileSync(draft, "utf8")];
    const shown = await run(dir);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("2025-01-02-kestrel/annotation.json: 3 relation(s)");
    expect(shown.stdout).toContain("SIGNED_WITH -> SIGNED (1)");
    expect(shown.stdout).toContain("SIGNED_DURING -> SIGNED (1)");
    expect(shown.stdout).toContain("JOURS -> RELATED_TO (1)");
    expect(shown.stdout).toContain("2025-01-02-kestrel/draft.json: 1 relation(s)");
    expect(shown.stdout).toContain("MEETS_WITH -> MET_WITH (1)");
    expect(shown.stdout).not.toContain("LEADS ->");
    expect([readFileSync(annotation, "utf8"), readFileSync(draft, "utf8")]).toEqual(before);
  });

  it("with --write changes what it showed, keeping the old type as the trigger where there was none", async () => {
    const { dir, annotation, draft } = corpus();
    const written = await run(dir, "--write");
    expect(written.code).toBe(0);
    const a = JSON.parse(readFileSync(annotation, "utf8")) as {
      relations: { type: string; properties: { trigger?: string } }[];
    };
    expect(a.relations.map((r) => [r.type, r.properties.trigger])).toEqual([
      ["SIGNED", "signed with"],
      ["SIGNED", "signed during the visit"],
      ["LEADS", undefined],
      ["RELATED_TO", "jours"],
    ]);
    const d = JSON.parse(readFileSync(draft, "utf8")) as { relations: { type: string; trigger?: string }[] };
    expect(d.relations.map((r) => [r.type, r.trigger])).toEqual([["MET_WITH", "meets with"]]);
    const again = await run(dir);
    expect(again.stdout).toContain("nothing to change");
  });
});
