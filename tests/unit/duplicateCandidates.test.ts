import { describe, expect, it } from "vitest";
import { findCandidates } from "../../graph/resolve/candidates.ts";
import type { CorpusEntity } from "../../graph/resolve/corpusEntities.ts";

function entity(id: string, name: string, labels: string[], more: Partial<CorpusEntity> = {}): CorpusEntity {
  return { id, name, aliases: [], labels, neighbours: new Set(), articles: ["a"], draft: null, ...more };
}

const pairsOf = (entities: CorpusEntity[], notSame = [] as { a: string; b: string; decided: string }[]) =>
  findCandidates(entities, { notSame }).map((p) => [p.a.id, p.b.id].sort().join("+"));

describe("possible duplicates", () => {
  const corpus = [
    entity("assimi-goita", "Assimi Goïta", ["Person"], { articles: ["a", "b"] }),
    entity("assimi-goita-2", "Assimi Goita", ["Person"]),
    entity("salikhov", "Ruslan Salikhov", ["Person"]),
    entity("salihov", "Ruslan Salihov", ["Person"]),
    entity("wagner", "Wagner", ["ArmedGroup"]),
    entity("wagner-group", "Wagner Group", ["ArmedGroup"]),
    entity("sadio-keita", "Sadio Keita", ["Person"]),
    entity("general-keita", "General Keita", ["Person"]),
    entity("mali", "Mali", ["Country"]),
    entity("mali-person", "Mali", ["Person"]),
    entity("bamako", "Bamako", ["City"]),
    entity("vladimir-putin", "Vladimir Putin", ["Person"]),
  ];

  it("finds the planted pairs, each with its reason", () => {
    const found = findCandidates(corpus);
    const byPair = new Map(found.map((p) => [[p.a.id, p.b.id].sort().join("+"), p]));
    expect(byPair.get("assimi-goita+assimi-goita-2")?.reasons[0]?.kind).toBe("spelling");
    expect(byPair.get("salihov+salikhov")?.reasons[0]?.kind).toBe("spelling");
    expect(byPair.get("wagner+wagner-group")?.reasons[0]?.kind).toBe("name-contains");
    expect(byPair.get("general-keita+sadio-keita")?.reasons[0]?.kind).toBe("titled-surname");
    for (const p of found) {
      expect(p.score).toBeGreaterThan(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    // The side more articles name comes first: the one a reviewer would likely keep.
    expect(byPair.get("assimi-goita+assimi-goita-2")?.a.id).toBe("assimi-goita");
  });

  it("never pairs a Person with a Country, nor unrelated names", () => {
    const pairs = pairsOf(corpus);
    expect(pairs).not.toContain("mali+mali-person");
    expect(pairs.some((p) => p.includes("bamako") || p.includes("vladimir-putin"))).toBe(false);
  });

  it("gives a shared alias the strongest reason, and the same label adds to it", () => {
    const [pair] = findCandidates([
      entity("rosatom", "Rosatom", ["Company"], { aliases: ["Rosatom State Corporation"] }),
      entity("rosatom-corp", "Rosatom State Corporation", ["Company"]),
    ]);
    expect(pair?.reasons.map((r) => r.kind)).toEqual(["shared-alias", "same-label"]);
    expect(pair!.score).toBeGreaterThan(0.9);
  });

  it("proposes entities with the same neighbours in other articles, even under other names", () => {
    const around = (articles: string[]) => [
      entity("minusma", "MINUSMA", ["Mission"], { neighbours: new Set(["x", "y", "z"]), articles }),
      entity("un-mission-mali", "UN mission in Mali", ["Mission"], { neighbours: new Set(["x", "y", "z"]) }),
      ...["x", "y", "z"].map((id) =>
        entity(id, `${id.toUpperCase()}a`, ["Place"], {
          neighbours: new Set(["minusma", "un-mission-mali"]),
        }),
      ),
    ];
    expect(pairsOf(around(["b"]))).toContain("minusma+un-mission-mali");
    // Named apart in one article: the reviewer of that article already told them apart.
    expect(pairsOf(around(["a"]))).not.toContain("minusma+un-mission-mali");
  });

  it("never proposes a pair marked not the same", () => {
    const notSame = [{ a: "wagner-group", b: "wagner", decided: "2026-01-01T00:00:00Z" }];
    const pairs = pairsOf(corpus, notSame);
    expect(pairs).not.toContain("wagner+wagner-group");
    expect(pairs).toContain("salihov+salikhov");
  });

  it("skips words so common that comparing every pair would say nothing", () => {
    // 150 people who share a given name and nothing else ("Aminata Bako", "Aminata Bela", ...).
    const word = (i: number) =>
      "bdkl"[i % 4]! +
      "aeiou"[(i >> 2) % 5]! +
      "mnrst"[Math.floor(i / 20) % 5]! +
      "aeiou"[Math.floor(i / 100) % 5]!;
    const many = Array.from({ length: 150 }, (_, i) => entity(`p${i}`, `Aminata ${word(i)}`, ["Person"]));
    expect(findCandidates(many)).toEqual([]);
  });
});
