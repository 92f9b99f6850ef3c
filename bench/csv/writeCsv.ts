import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { EntityMerger } from "../../graph/loader/entities.ts";
import type { ArticlePlan } from "../../graph/loader/plan.ts";
import type { StoredValue } from "../../graph/model/values.ts";

/**
 * The same data the loader writes, as CSV files for Neo4j's LOAD CSV: one row
 * per article, entity (aliases and articles merged over all articles),
 * sentence, mention and relation. Lists are joined with "|". Only the property
 * keys the generator writes have columns; anything else is refused, so the
 * baseline never silently writes less than the loader.
 */
const COLUMNS = {
  articles: [
    "slug",
    "title",
    "publisher",
    "published",
    "language",
    "attribution",
    "text",
    "sentenceCount",
    "entityIds",
  ],
  entities: [
    "id",
    "labels",
    "name",
    "aliases",
    "demonyms",
    "articleCount",
    "roles",
    "population",
    "populationUnit",
    "populationQualifier",
    "founded",
  ],
  sentences: ["id", "article", "index", "text", "start", "end"],
  mentions: ["sentence", "entity", "surfaces", "starts", "ends"],
  relations: [
    "id",
    "type",
    "from",
    "to",
    "article",
    "evidence",
    "sentenceIndices",
    "date",
    "stake",
    "stakeUnit",
    "amount",
    "amountUnit",
    "amountQualifier",
  ],
} as const;
export type CsvFile = keyof typeof COLUMNS;
export const CSV_FILES = Object.keys(COLUMNS) as CsvFile[];

const ENTITY_PROPERTIES = new Set([
  "roles",
  "population",
  "populationUnit",
  "populationQualifier",
  "founded",
]);
const RELATION_PROPERTIES = new Set([
  "date",
  "stake",
  "stakeUnit",
  "amount",
  "amountUnit",
  "amountQualifier",
]);

function cell(value: StoredValue | undefined): string | number | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.join("|");
  if (typeof value === "object") return value.kind === "date" ? value.iso : `${value.lat};${value.lon}`;
  if (typeof value === "boolean") return String(value);
  return value;
}

function checkKeys(kind: string, id: string, properties: Record<string, StoredValue>, known: Set<string>) {
  for (const key of Object.keys(properties)) {
    if (!known.has(key))
      throw new Error(`The LOAD CSV baseline has no column for ${kind} property "${key}" (${id}).`);
  }
}

export class CsvWriter {
  private readonly fds = new Map<CsvFile, number>();
  private readonly entities = new EntityMerger();
  readonly rows: Record<CsvFile, number> = {
    articles: 0,
    entities: 0,
    sentences: 0,
    mentions: 0,
    relations: 0,
  };

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    for (const file of CSV_FILES) {
      const fd = openSync(join(dir, `${file}.csv`), "w");
      writeSync(fd, stringify([COLUMNS[file] as unknown as string[]]));
      this.fds.set(file, fd);
    }
  }

  private write(file: CsvFile, rows: Record<string, string | number | undefined>[]): void {
    if (rows.length === 0) return;
    const columns = COLUMNS[file] as readonly string[];
    writeSync(this.fds.get(file)!, stringify(rows.map((row) => columns.map((c) => row[c]))));
    this.rows[file] += rows.length;
  }

  add(plan: ArticlePlan): void {
    const a = plan.article;
    this.write("articles", [{ ...Object.fromEntries(Object.entries(a).map(([k, v]) => [k, cell(v)])) }]);
    for (const e of plan.entities) checkKeys("entity", e.id, e.properties, ENTITY_PROPERTIES);
    this.entities.add(plan);
    this.write(
      "sentences",
      plan.sentences.map((s) => ({
        id: s.id,
        article: plan.slug,
        index: s.index,
        text: s.text,
        start: s.start,
        end: s.end,
      })),
    );
    this.write(
      "mentions",
      plan.mentions.map((m) => ({
        sentence: m.sentence,
        entity: m.entity,
        surfaces: m.surfaces.join("|"),
        starts: m.starts.join("|"),
        ends: m.ends.join("|"),
      })),
    );
    this.write(
      "relations",
      plan.relations.map((r) => {
        checkKeys("relation", r.id, r.properties, RELATION_PROPERTIES);
        return {
          id: r.id,
          type: r.type,
          from: r.from,
          to: r.to,
          article: plan.slug,
          evidence: r.evidence.join("|"),
          sentenceIndices: r.sentenceIndices.join("|"),
          ...Object.fromEntries(Object.entries(r.properties).map(([k, v]) => [k, cell(v)])),
        };
      }),
    );
  }

  /** Writes the merged entities and closes every file. */
  close(): void {
    this.write(
      "entities",
      this.entities.rows().map((e) => ({
        id: e.id,
        labels: e.labels.join("|"),
        name: e.name,
        aliases: e.aliases.join("|"),
        demonyms: e.demonyms.join("|"),
        articleCount: e.articleCount,
        ...Object.fromEntries(Object.entries(e.properties).map(([k, v]) => [k, cell(v)])),
      })),
    );
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
