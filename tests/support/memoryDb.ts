import neo4j, { Neo4jError, Node, Record as Neo4jRecord, Relationship } from "neo4j-driver";
import type { QueryResult } from "../../graph/contract/workbench.ts";
import type { GraphJson } from "../../graph/model/graphJson.ts";
import type { Database } from "../../graph/db/database.ts";
import { QueryError } from "../../graph/query/queryError.ts";
import { type PlanOperator, refusalReason } from "../../graph/query/policy.ts";
import type { QueryLimits, UserQuery } from "../../graph/query/runUserQuery.ts";

/** A plan as EXPLAIN reports it: the query type and the operators. */
export interface MemoryPlan {
  queryType: string;
  operators: PlanOperator[];
}

type Row = Record<string, unknown>;

/**
 * The API's Database held in memory, for route tests that need no Neo4j: a
 * small graph answers the statements the routes read by name, the
 * workbench's plans come from a function of the query text, and the policy
 * that refuses them is the real one. `failWith` makes every call fail the
 * way the driver does (Neo4j down, a timeout).
 */
export class MemoryDatabase implements Database {
  readonly calls: string[] = [];
  /** The article folders published through loadArticle, in order. */
  readonly loaded: string[] = [];
  private failure: Error | undefined;
  private readonly nodes = new Map<string, Node>();
  private readonly relationships = new Map<string, Relationship>();

  constructor(
    graph: GraphJson = { nodes: [], relationships: [] },
    private readonly plan: (query: string) => MemoryPlan = () => ({ queryType: "r", operators: [] }),
  ) {
    let identity = 0;
    for (const n of graph.nodes)
      this.nodes.set(n.id, new Node(neo4j.int(identity++), n.labels, n.properties, n.id));
    for (const r of graph.relationships) {
      this.relationships.set(
        r.id,
        new Relationship(
          neo4j.int(identity++),
          neo4j.int(0),
          neo4j.int(0),
          r.type,
          r.properties,
          r.id,
          r.start,
          r.end,
        ),
      );
    }
  }

  /** From now on every call throws this error (undefined: back to normal). */
  failWith(error: Error | undefined): void {
    this.failure = error;
  }

  async read(name: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    this.calls.push(name);
    if (this.failure) throw this.failure;
    return this.answer(name, params).map((row) => new Neo4jRecord(Object.keys(row), Object.values(row)));
  }

  async serverInfo(): Promise<{ version: string; edition: string }> {
    if (this.failure) throw this.failure;
    return { version: "5.26.0", edition: "community" };
  }

  async checkQuery(query: string): Promise<void> {
    if (this.failure) throw this.failure;
    const plan = this.plan(query);
    const reason = refusalReason(plan.queryType, plan.operators);
    if (reason) throw new QueryError(403, "read_only", reason);
  }

  async runQuery(request: Omit<UserQuery, "database">, _limits: QueryLimits): Promise<QueryResult> {
    if (!request.allowWrites) await this.checkQuery(request.query);
    if (this.failure) throw this.failure;
    return {
      columns: ["count"],
      rows: [[this.nodes.size]],
      graph: { nodes: [], relationships: [] },
      rowCount: 1,
      truncated: false,
      truncatedBy: null,
      queryType: this.plan(request.query).queryType,
      timing: { serverMs: 0, totalMs: 0 },
      notifications: [],
    };
  }

  /** Records the folder; with `failWith`, fails the way the driver does. */
  async loadArticle(dir: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.loaded.push(dir);
  }

  /** Records the folders in order; with `failWith`, fails the way the driver does. */
  async loadArticles(dirs: readonly string[]): Promise<void> {
    if (this.failure) throw this.failure;
    this.loaded.push(...dirs);
  }

  private answer(name: string, params: Record<string, unknown>): Row[] {
    const id = String(params.id ?? "");
    const node = this.nodes.get(id);
    switch (name) {
      case "api/node":
        return node ? [{ n: node, totalDegree: neo4j.int(this.degree(id)), mentionCount: neo4j.int(0) }] : [];
      case "api/node-degree":
      case "api/node-mentions":
      case "api/article":
      case "api/article-mentions":
      case "api/relationship-evidence":
      case "api/relationship-sources":
      case "api/facts": // no Article nodes here: no relationship is counted as a fact
        return [];
      case "api/relationship": {
        const r = this.relationships.get(id);
        if (!r) return [];
        return [{ r, start: this.nodes.get(r.startNodeElementId), end: this.nodes.get(r.endNodeElementId) }];
      }
      case "api/elements": {
        const ids = (key: string) => (params[key] as string[] | undefined) ?? [];
        return [
          {
            nodes: ids("nodeIds").flatMap((i) => this.nodes.get(i) ?? []),
            relationships: ids("relationshipIds").flatMap((i) => this.relationships.get(i) ?? []),
          },
        ];
      }
      case "api/investigation-graph": {
        const keys = new Set((params.keys as string[] | undefined) ?? []);
        const elementIds = new Set((params.elementIds as string[] | undefined) ?? []);
        const nodes = [...this.nodes.values()].filter((n) => {
          const { id, slug } = n.properties as Record<string, unknown>;
          return keys.has(String(id)) || keys.has(String(slug)) || elementIds.has(n.elementId);
        });
        const ids = new Set(nodes.map((n) => n.elementId));
        const relationships = [...this.relationships.values()].filter(
          (r) => ids.has(r.startNodeElementId) && ids.has(r.endNodeElementId),
        );
        return [{ nodes, relationships }];
      }
      case "api/search": {
        const text = String(params.query ?? "").toLowerCase();
        return [...this.nodes.values()]
          .filter((n) =>
            text.includes(
              String(n.properties.name ?? "")
                .toLowerCase()
                .split(" ")[0] ?? "\0",
            ),
          )
          .map((n) => ({ node: n, score: 1 }));
      }
      case "api/counts":
        return [{ nodes: neo4j.int(this.nodes.size), relationships: neo4j.int(this.relationships.size) }];
      case "api/count-store":
        return [
          {
            nodes: neo4j.int(this.nodes.size),
            relationships: neo4j.int(this.relationships.size),
            labels: [],
            types: [],
          },
        ];
      case "load/count-labels":
      case "load/count-types":
      case "api/property-keys":
        return [];
      default:
        throw new Error(`The in-memory database does not answer the statement ${name}.`);
    }
  }

  private degree(id: string): number {
    return [...this.relationships.values()].filter(
      (r) => r.startNodeElementId === id || r.endNodeElementId === id,
    ).length;
  }
}

/** An error as the driver throws it, with Neo4j's (or the driver's) code. */
export function driverError(code: string, message = `Neo4j said ${code}.`): Neo4jError {
  return new Neo4jError(message, code as never, "50N42", "error: general processing exception");
}
