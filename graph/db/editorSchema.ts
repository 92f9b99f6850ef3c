import type { CypherCallable, CypherSchema } from "../contract/workbench.ts";
import type { Database } from "./database.ts";
import { ALLOWED_PROCEDURES } from "../query/policy.ts";

/** Labels and types change when articles load; functions and procedures only with the server. */
const SCHEMA_TTL_MS = 10_000;

/** One entry per name; overloads (substring, trim) keep their signatures joined. */
function callables(records: { get(key: string): unknown }[]): CypherCallable[] {
  const byName = new Map<string, CypherCallable>();
  for (const r of records) {
    const name = String(r.get("name"));
    const signature = String(r.get("signature") ?? "");
    const known = byName.get(name);
    if (known) known.signature = `${known.signature}\n${signature}`;
    else byName.set(name, { name, signature, description: String(r.get("description") ?? "") });
  }
  return [...byName.values()];
}

async function names(db: Database, statement: string): Promise<string[]> {
  const [record] = await db.read(statement);
  return ((record?.get("names") as string[] | undefined) ?? []).slice().sort();
}

/** What the workbench's editor completes, read from the live database and cached. */
export class EditorSchemaCache {
  private callables: Promise<{ functions: CypherCallable[]; procedures: CypherCallable[] }> | undefined;
  private graphSchema:
    { at: number; value: Promise<Omit<CypherSchema, "functions" | "procedures" | "readOnly">> } | undefined;

  constructor(
    private readonly db: Database,
    private readonly allowWrites: boolean,
  ) {}

  async get(): Promise<CypherSchema> {
    const now = Date.now();
    if (!this.graphSchema || now - this.graphSchema.at > SCHEMA_TTL_MS) {
      const value = Promise.all([
        names(this.db, "query/editor-labels"),
        names(this.db, "query/editor-types"),
        names(this.db, "query/editor-keys"),
      ]).then(([labels, relationshipTypes, propertyKeys]) => ({ labels, relationshipTypes, propertyKeys }));
      this.graphSchema = { at: now, value };
      value.catch(() => (this.graphSchema = undefined));
    }
    if (!this.callables) {
      const value = Promise.all([
        this.db.read("query/editor-functions"),
        this.db.read("query/editor-procedures"),
      ]).then(([functions, procedures]) => ({
        functions: callables(functions),
        procedures: callables(procedures).filter(
          (p) => this.allowWrites || ALLOWED_PROCEDURES.includes(p.name),
        ),
      }));
      this.callables = value;
      value.catch(() => (this.callables = undefined));
    }
    const [graph, calls] = await Promise.all([this.graphSchema.value, this.callables]);
    return { ...graph, ...calls, readOnly: !this.allowWrites };
  }
}
