import { once } from "node:events";
import { type WriteStream, createReadStream, createWriteStream, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Driver, Node, Record as Neo4jRecord } from "neo4j-driver";
import type { GraphNode, GraphRelationship } from "../../model/graphJson.ts";
import { cypher } from "../../neo4j/cypherFiles.ts";
import { nodeToJson } from "../../neo4j/records.ts";
import { sessionConfig, withSession } from "../../neo4j/session.ts";
import type { GraphSource } from "../source.ts";
import { ElementIdSet } from "./elementIdSet.ts";
import type { GraphSink } from "./queryStream.ts";
import { spoolPrefix } from "./sweep.ts";

/** Makes the folder of an export's spool beside its target (named by the process id, see sweep.ts). */
export function makeSpoolDir(folder: string): string {
  return mkdtempSync(join(folder, spoolPrefix()));
}

const NODES = "nodes.jsonl";
const RELATIONSHIPS = "relationships.jsonl";

/** What a spool holds, read from its files as often as a writer needs. */
export function spoolSource(dir: string): GraphSource {
  return {
    nodes: () => readLines<GraphNode>(join(dir, NODES)),
    relationships: () => readLines<GraphRelationship>(join(dir, RELATIONSHIPS)),
  };
}

/**
 * Nodes and relationships of a streamed result, deduplicated and kept in two
 * JSON-lines files in a hidden folder beside the export's target (made by
 * makeSpoolDir), so that writers can read them as often as they need while
 * memory holds only the ids, and a killed export leaves its files where the
 * next export to that folder removes them.
 */
export class GraphSpool implements GraphSink {
  private readonly nodesPath: string;
  private readonly relsPath: string;
  private readonly nodesOut: WriteStream;
  private readonly relsOut: WriteStream;
  private readonly nodeIds = new ElementIdSet();
  private readonly relIds = new ElementIdSet();
  private readonly ends = new ElementIdSet();

  constructor(dir: string) {
    this.nodesPath = join(dir, NODES);
    this.relsPath = join(dir, RELATIONSHIPS);
    this.nodesOut = createWriteStream(this.nodesPath);
    this.relsOut = createWriteStream(this.relsPath);
  }

  get nodeCount(): number {
    return this.nodeIds.size;
  }

  get relationshipCount(): number {
    return this.relIds.size;
  }

  async node(node: GraphNode): Promise<void> {
    if (this.nodeIds.has(node.id)) return;
    this.nodeIds.add(node.id);
    this.ends.delete(node.id);
    await write(this.nodesOut, node);
  }

  async relationship(rel: GraphRelationship): Promise<void> {
    if (this.relIds.has(rel.id)) return;
    this.relIds.add(rel.id);
    for (const end of [rel.start, rel.end]) if (!this.nodeIds.has(end)) this.ends.add(end);
    await write(this.relsOut, rel);
  }

  /** Adds the ends of relationships that the query did not return itself, then closes the files. */
  async finish(driver: Driver, database: string | undefined): Promise<void> {
    const missing = [...this.ends];
    await withSession(driver, sessionConfig(database, "READ"), async (session) => {
      for (let i = 0; i < missing.length; i += 1000) {
        const result = await session.run(cypher("export/nodes-by-element-id"), {
          ids: missing.slice(i, i + 1000),
        });
        for (const record of result.records as Neo4jRecord[])
          await this.node(nodeToJson(record.get("n") as Node));
      }
    });
    this.nodesOut.end();
    this.relsOut.end();
    await Promise.all([once(this.nodesOut, "close"), once(this.relsOut, "close")]);
  }

  /**
   * Closes the files of an export that failed; its folder is removed by the
   * caller. A stream still opening its file (a query refused at once) is
   * waited for: it would otherwise open later and fail with an unhandled error.
   */
  async close(): Promise<void> {
    await Promise.all(
      [this.nodesOut, this.relsOut].map(async (out) => {
        if (out.closed) return;
        const closed = once(out, "close").catch(() => undefined);
        out.destroy();
        await closed;
      }),
    );
  }
}

async function write(out: WriteStream, item: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(item)}\n`)) await once(out, "drain");
}

async function* readLines<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) if (line !== "") yield JSON.parse(line) as T;
}
