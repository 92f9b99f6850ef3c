import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Annotation, Entity, EntityLabel, Metadata } from "../../graph/model/annotation.ts";
import { Rng } from "../generate/random.ts";

/** The kinds of duplicate planted, as the issue names them. */
export type PlantedKind = "accent" | "transliteration" | "group" | "titled-surname";

export interface PlantedPair {
  kind: PlantedKind;
  original: string;
  copy: string;
}

const ACCENTED: Record<string, string> = { a: "á", e: "é", i: "ï", o: "ô", u: "ü" };

/** The entity's unique generated word ("Kobetami"): its id, capitalised. */
const stemOf = (e: Entity) => e.id[0]!.toUpperCase() + e.id.slice(1);

/** A copy of `e` under another spelling of its name, in the way `kind` says. */
function variant(e: Entity, kind: PlantedKind): { name: string; label: EntityLabel } {
  const stem = stemOf(e);
  const label = e.labels[0]!;
  switch (kind) {
    case "accent": {
      // The name's last vowel carries an accent: "Aminata Kobetamí".
      const at = e.name.search(/[aeiou](?=[^aeiou]*$)/);
      return { name: e.name.slice(0, at) + ACCENTED[e.name[at]!]! + e.name.slice(at + 1), label };
    }
    case "transliteration":
      // A doubled consonant, as transliterations write them: "Kobetami" / "Kobettami".
      return { name: e.name.replace(stem, stem.slice(0, 3) + stem.slice(2)), label };
    case "group":
      return { name: `${stem} Group`, label };
    case "titled-surname":
      return { name: `General ${stem}`, label };
  }
}

const WANTED: Record<PlantedKind, (e: Entity) => boolean> = {
  accent: (e) => e.labels[0] === "Person",
  transliteration: (e) => e.labels[0] === "Person",
  group: (e) => ["ArmedGroup", "Organization", "StateBody"].includes(e.labels[0]!),
  "titled-surname": (e) => e.labels[0] === "Person",
};

/**
 * Adds one short article per planted pair to a generated corpus: it names a
 * copy of an existing entity under another spelling (new id) and one other
 * entity, with a relation between them. Returns the planted pairs.
 */
export function plantDuplicates(
  dir: string,
  slugs: readonly string[],
  perKind: number,
  seed = 7,
): PlantedPair[] {
  const rng = new Rng(seed);
  const entities = new Map<string, Entity>();
  for (const slug of slugs.slice(0, 200)) {
    const annotation = JSON.parse(readFileSync(join(dir, slug, "annotation.json"), "utf8")) as Annotation;
    for (const e of annotation.entities) entities.set(e.id, e);
  }
  const pool = [...entities.values()];
  const used = new Set<string>();
  const planted: PlantedPair[] = [];
  for (const kind of Object.keys(WANTED) as PlantedKind[]) {
    const fitting = pool.filter((e) => WANTED[kind](e) && !used.has(e.id));
    for (let n = 0; n < perKind && fitting.length > 0; n++) {
      const original = fitting.splice(rng.int(0, fitting.length - 1), 1)[0]!;
      used.add(original.id);
      const partner = pool[rng.int(0, pool.length - 1)]!;
      const { name, label } = variant(original, kind);
      const copy: Entity = {
        id: `${original.id}-${kind}`,
        labels: [label],
        name,
        aliases: [],
        demonyms: [],
        properties: {},
      };
      const slug = `planted-${kind}-${String(n + 1).padStart(3, "0")}`;
      const sentence = `${name} met ${partner.name} in March 2021.`;
      const annotation: Annotation = {
        entities: [copy, partner],
        relations: [
          {
            id: "r-1",
            type: "MET",
            from: copy.id,
            to: partner.id,
            properties: {},
            evidence: [sentence.slice(0, -1)],
          },
        ],
      };
      const meta: Metadata = {
        slug,
        title: `Planted duplicate ${slug}`,
        publisher: "Dossier generator",
        published: { date: "2021-03-15" },
        language: "en",
        attribution: "Synthetic text with a planted duplicate; no real people or events.",
      };
      mkdirSync(join(dir, slug), { recursive: true });
      writeFileSync(join(dir, slug, "article.txt"), `${sentence}\n`);
      writeFileSync(join(dir, slug, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
      writeFileSync(join(dir, slug, "annotation.json"), `${JSON.stringify(annotation, null, 1)}\n`);
      planted.push({ kind, original: original.id, copy: copy.id });
    }
  }
  return planted;
}
