import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { StoredValue } from "../../model/values.ts";
import { EntityMerger } from "../entities.ts";
import { locatedEntities } from "../locations.ts";
import type { ArticlePlan } from "../plan.ts";
import { EMPTY_LISTS_KEY, labelsCell, propertyColumns } from "./columns.ts";

export interface ImportFiles {
  nodes: string[];
  relationships: string[];
  /** Whether some node or relationship has an empty list to set after the import. */
  emptyLists: { nodes: boolean; relationships: boolean };
}

type Kind = "nodes" | "relationships";
type Properties = Record<string, StoredValue | undefined>;

/**
 * The graph the loader writes, as CSV files for Neo4j's offline importer:
 * the same nodes, relationships and property values (see the load Cypher in
 * cypher/load/), entities merged over the whole corpus in article order.
 * Articles are written as they are added; entities when the files are closed.
 */
export class ImportCsvWriter {
  private readonly files = new Map<string, { kind: Kind; path: string; fd: number; rows: string[][] }>();
  private readonly entities = new EntityMerger();
  private readonly emptyLists = { nodes: false, relationships: false };

  constructor(private readonly dir: string) {}

  /** One row: `head` pairs the id, label and type columns with their cells, properties follow. */
  private write(kind: Kind, head: [string, string][], properties: Properties, where: string): void {
    const { header, cells } = propertyColumns(properties, where);
    const columns = [...head.map(([column]) => column), ...header];
    const key = `${kind}\n${columns.join(",")}`;
    let file = this.files.get(key);
    if (!file) {
      const path = join(this.dir, `${kind}-${this.files.size}.csv`);
      file = { kind, path, fd: openSync(path, "w", 0o600), rows: [] };
      writeSync(file.fd, stringify([columns]));
      this.files.set(key, file);
    }
    if (columns.at(-1)?.startsWith(`${EMPTY_LISTS_KEY}:`)) this.emptyLists[kind] = true;
    file.rows.push([...head.map(([, cell]) => cell), ...cells]);
  }

  /** Writes the rows held so far: one CSV encoding and one write per file and article, not per row. */
  private flush(): void {
    for (const file of this.files.values()) {
      if (file.rows.length === 0) continue;
      writeSync(file.fd, stringify(file.rows, { quoted: true }));
      file.rows = [];
    }
  }

  private node(group: string, id: string, labels: string[], properties: Properties): void {
    const where = `node "${id}"`;
    this.write(
      "nodes",
      [
        [`:ID(${group})`, id],
        [":LABEL", labelsCell(labels, where)],
      ],
      properties,
      where,
    );
  }

  private relationship(
    [fromGroup, from]: [string, string],
    [toGroup, to]: [string, string],
    type: string,
    properties: Properties,
  ): void {
    this.write(
      "relationships",
      [
        [`:START_ID(${fromGroup})`, from],
        [`:END_ID(${toGroup})`, to],
        [":TYPE", type],
      ],
      properties,
      `relationship ${type} from "${from}"`,
    );
  }

  add(plan: ArticlePlan): void {
    const slug = plan.slug;
    this.node("Article", slug, ["Article"], plan.article);
    for (const s of plan.sentences) {
      this.node("Sentence", s.id, ["Sentence"], { ...s, article: slug });
      this.relationship(["Article", slug], ["Sentence", s.id], "HAS_SENTENCE", {});
    }
    for (const m of plan.mentions) {
      this.relationship(["Sentence", m.sentence], ["Entity", m.entity], "MENTIONS", {
        surfaces: m.surfaces,
        starts: m.starts,
        ends: m.ends,
        count: m.starts.length,
      });
    }
    for (const r of plan.relations) {
      this.relationship(["Entity", r.from], ["Entity", r.to], r.type, {
        id: r.id,
        ...r.properties,
        article: slug,
        evidence: r.evidence,
        sentenceIndices: r.sentenceIndices,
      });
    }
    this.entities.add(plan);
    this.flush();
  }

  /** Writes the merged entities, closes every file and names them for the importer. */
  close(): ImportFiles {
    for (const e of locatedEntities(this.entities)) {
      this.node("Entity", e.id, [...new Set(["Entity", ...e.labels])], {
        id: e.id,
        ...e.properties,
        ...e.placed,
        name: e.name,
        aliases: e.aliases,
        aliasLanguages: e.aliasLanguages,
        demonyms: e.demonyms,
        articleCount: e.articleCount,
      });
    }
    this.flush();
    const out: ImportFiles = { nodes: [], relationships: [], emptyLists: this.emptyLists };
    for (const file of this.files.values()) {
      closeSync(file.fd);
      out[file.kind].push(file.path);
    }
    this.files.clear();
    return out;
  }
}
