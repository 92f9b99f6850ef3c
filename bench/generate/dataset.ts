import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Entity, EntityLabel, Metadata, Relation } from "../../graph/model/annotation.ts";
import { ENTITY_LABELS } from "../../graph/model/annotation.ts";
import { GIVEN_NAMES, LABEL_WEIGHTS, entityOf } from "./names.ts";
import { Rng } from "./random.ts";
import { relationText } from "./relations.ts";

export interface GenerateOptions {
  relations: number;
  seed: number;
  out: string;
  /** Probability that an end of a new relation is a new entity (else: preferential attachment). */
  newEntity?: number;
  /** Relations per article, drawn uniformly in this range. */
  perArticle?: [number, number];
}

/** What the generator wrote, counted independently of the loader. */
export interface DatasetManifest {
  generator: "dossier-generate/1";
  seed: number;
  relations: number;
  articles: number;
  entities: number;
  sentences: number;
  mentions: number;
  maxDegree: number;
  slugs: string[];
}

const LABEL_INDEX = new Map(ENTITY_LABELS.map((l, i) => [l, i]));

/**
 * Writes `relations` relations over many article folders the loader accepts.
 * Degrees follow a power law (preferential attachment: an end is a new entity
 * with probability `newEntity`, otherwise an end drawn uniformly from all ends
 * so far, i.e. proportionally to degree). Every relation is one sentence of its
 * article that names both ends and is quoted verbatim as its evidence.
 */
export function generateDataset(options: GenerateOptions): DatasetManifest {
  const rng = new Rng(options.seed);
  const newEntity = options.newEntity ?? 0.15;
  const [minPer, maxPer] = options.perArticle ?? [50, 150];
  const ends = new Int32Array(options.relations * 2);
  const degree: number[] = [];
  const labels: number[] = [];
  const givens: number[] = [];
  let endCount = 0;

  const newNode = (): number => {
    const k = labels.length;
    labels.push(LABEL_INDEX.get(rng.weighted(LABEL_WEIGHTS))!);
    givens.push(rng.int(0, GIVEN_NAMES.length - 1));
    degree.push(0);
    return k;
  };
  const drawEnd = (): number =>
    endCount === 0 || rng.chance(newEntity) ? newNode() : ends[rng.int(0, endCount - 1)]!;
  const entity = (k: number): Entity => entityOf(k, ENTITY_LABELS[labels[k]!] as EntityLabel, givens[k]!);

  mkdirSync(options.out, { recursive: true });
  const manifest: DatasetManifest = {
    generator: "dossier-generate/1",
    seed: options.seed,
    relations: options.relations,
    articles: 0,
    entities: 0,
    sentences: 0,
    mentions: 0,
    maxDegree: 0,
    slugs: [],
  };
  let written = 0;
  // Publication days: from 1 January 2020, several articles some days, none on others.
  let publishedAt = Date.UTC(2020, 0, 1);
  while (written < options.relations) {
    const gap = rng.int(1, 10);
    publishedAt += (gap <= 4 ? 0 : gap <= 8 ? 1 : rng.int(2, 4)) * 86_400_000;
    const count = Math.min(rng.int(minPer, maxPer), options.relations - written);
    const slug = `gen-${options.seed}-${String(manifest.articles + 1).padStart(6, "0")}`;
    const used = new Map<number, Entity>();
    const relations: Relation[] = [];
    const paragraphs: string[][] = [[]];
    for (let i = 0; i < count; i++) {
      const from = drawEnd();
      let to = drawEnd();
      while (to === from) to = drawEnd();
      ends[endCount++] = from;
      ends[endCount++] = to;
      degree[from]! += 1;
      degree[to]! += 1;
      const [a, b] = [entity(from), entity(to)];
      used.set(from, a);
      used.set(to, b);
      // Either the name or an alias, as articles do.
      const surface = (e: Entity) => (e.aliases.length > 0 && rng.chance(0.3) ? rng.pick(e.aliases) : e.name);
      const text = relationText(rng, surface(a), surface(b), publishedAt);
      relations.push({
        id: `r-${written + i + 1}`,
        type: text.type,
        from: a.id,
        to: b.id,
        properties: text.properties,
        evidence: [text.sentence.slice(0, -1)],
      });
      const paragraph = paragraphs[paragraphs.length - 1]!;
      paragraph.push(text.sentence);
      if (paragraph.length >= 5 && rng.chance(0.4)) paragraphs.push([]);
    }
    const dir = join(options.out, slug);
    mkdirSync(dir, { recursive: true });
    const published = new Date(publishedAt).toISOString().slice(0, 10);
    const meta: Metadata = {
      slug,
      title: `Synthetic dispatch ${manifest.articles + 1}`,
      publisher: "Dossier generator",
      published: { date: published },
      language: "en",
      attribution: `Synthetic text, generated with seed ${options.seed}; no real people or events.`,
    };
    const text = `${paragraphs.map((p) => p.join(" ")).join("\n\n")}\n`;
    writeFileSync(join(dir, "article.txt"), text);
    writeFileSync(join(dir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    const entities = [...used.values()].sort((x, y) => x.id.localeCompare(y.id));
    writeFileSync(join(dir, "annotation.json"), `${JSON.stringify({ entities, relations }, null, 1)}\n`);
    writeFileSync(
      join(dir, "SOURCE.md"),
      `Synthetic article written by the Dossier dataset generator (seed ${options.seed}).\n`,
    );
    manifest.articles += 1;
    manifest.sentences += count;
    // Each sentence names exactly its two ends, once each.
    manifest.mentions += count * 2;
    manifest.slugs.push(slug);
    written += count;
  }
  manifest.entities = labels.length;
  manifest.maxDegree = degree.reduce((m, d) => Math.max(m, d), 0);
  writeFileSync(join(options.out, "dataset.json"), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
