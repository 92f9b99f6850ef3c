import neo4j from "neo4j-driver";
import { TOKEN } from "../scriptShape.ts";

/**
 * An export script statement with its literal rows turned into a `$rows`
 * parameter: every batch of the same shape then shares one query plan,
 * instead of Neo4j planning each big literal anew. Returns null when a value
 * has no exact driver equivalent here (zoned datetimes, durations), and the
 * statement then runs as written.
 */
export function parameterize(statement: string): { query: string; params: { rows: unknown[] } } | null {
  const match = /^UNWIND \[\n([\s\S]*)\n\] AS row\n([\s\S]*)$/.exec(statement);
  if (!match) return null;
  try {
    const parser = new LiteralParser(tokens(`[${match[1] ?? ""}]`));
    const rows = parser.value();
    if (!parser.done() || !Array.isArray(rows)) return null;
    return { query: `UNWIND $rows AS row\n${match[2] ?? ""}`, params: { rows } };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

class Unsupported extends Error {}

function tokens(text: string): string[] {
  const out: string[] = [];
  const pattern = new RegExp(TOKEN.source, "y");
  while (pattern.lastIndex < text.length) {
    const match = pattern.exec(text);
    if (!match) throw new Unsupported("unexpected text");
    if (match[0].trim() !== "") out.push(match[0]);
  }
  return out;
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };

function unquote(token: string): string {
  return token
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, c: string) =>
      c.length === 5 ? String.fromCharCode(Number.parseInt(c.slice(1), 16)) : (ESCAPES[c] ?? c),
    );
}

class LiteralParser {
  private at = 0;
  constructor(private readonly list: string[]) {}

  done(): boolean {
    return this.at === this.list.length;
  }

  private next(): string {
    const token = this.list[this.at++];
    if (token === undefined) throw new Unsupported("unexpected end");
    return token;
  }

  private expect(token: string): void {
    if (this.next() !== token) throw new Unsupported(`expected ${token}`);
  }

  value(): unknown {
    const token = this.next();
    if (token === "[") {
      const out: unknown[] = [];
      if (this.list[this.at] === "]") {
        this.at++;
        return out;
      }
      for (;;) {
        out.push(this.value());
        const sep = this.next();
        if (sep === "]") return out;
        if (sep !== ",") throw new Unsupported("expected , or ]");
      }
    }
    if (token === "{") {
      const out: Record<string, unknown> = {};
      if (this.list[this.at] === "}") {
        this.at++;
        return out;
      }
      for (;;) {
        const key = this.next();
        const name = key.startsWith("`") ? key.slice(1, -1).replaceAll("``", "`") : key;
        this.expect(":");
        out[name] = this.value();
        const sep = this.next();
        if (sep === "}") return out;
        if (sep !== ",") throw new Unsupported("expected , or }");
      }
    }
    if (token === "-") {
      const following = this.list[this.at] ?? "";
      if (/^\d+$/.test(following) && this.list[this.at + 1] !== "/") {
        this.at++;
        return neo4j.int(`-${following}`);
      }
      return -(this.value() as number);
    }
    if (token.startsWith("'")) return unquote(token);
    if (/^\d/.test(token)) {
      const number: unknown = /^\d+$/.test(token) ? neo4j.int(token) : Number(token);
      if (this.list[this.at] !== "/") return number;
      this.at++;
      return Number(token) / Number(this.next());
    }
    if (token === "true") return true;
    if (token === "false") return false;
    if (token === "null") return null;
    if (this.list[this.at] === "(") {
      this.at++;
      const argument = this.value();
      this.expect(")");
      return construct(token, argument);
    }
    throw new Unsupported(`unexpected ${token}`);
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?/;
const OFFSET = /^(?:Z|([+-])(\d{2}):(\d{2})(?::(\d{2}))?)$/;

function nanos(fraction: string | undefined): number {
  return fraction ? Number(fraction.padEnd(9, "0")) : 0;
}

function offsetSeconds(text: string): number {
  const m = OFFSET.exec(text);
  if (!m) throw new Unsupported("offset");
  if (!m[1]) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === "-" ? -seconds : seconds;
}

function construct(name: string, argument: unknown): unknown {
  if (name === "point") {
    const p = argument as { srid: unknown; x: number; y: number; z?: number };
    const srid = neo4j.isInt(p.srid) ? (p.srid as ReturnType<typeof neo4j.int>).toNumber() : Number(p.srid);
    return new neo4j.types.Point(srid, p.x, p.y, p.z);
  }
  if (typeof argument !== "string") throw new Unsupported("argument");
  const text = argument;
  const date = DATE.exec(text);
  const timeAt = (rest: string) => TIME.exec(rest);
  switch (name) {
    case "date":
      if (!date || date[0] !== text) throw new Unsupported("date");
      return new neo4j.types.Date(Number(date[1]), Number(date[2]), Number(date[3]));
    case "localtime":
    case "time": {
      const t = timeAt(text);
      if (!t) throw new Unsupported("time");
      const [h, m, s, ns] = [Number(t[1]), Number(t[2]), Number(t[3]), nanos(t[4])];
      const rest = text.slice(t[0].length);
      if (name === "localtime") {
        if (rest !== "") throw new Unsupported("localtime");
        return new neo4j.types.LocalTime(h, m, s, ns);
      }
      return new neo4j.types.Time(h, m, s, ns, offsetSeconds(rest));
    }
    case "localdatetime":
    case "datetime": {
      if (!date || text[date[0].length] !== "T") throw new Unsupported("datetime");
      const t = timeAt(text.slice(date[0].length + 1));
      if (!t) throw new Unsupported("datetime");
      const rest = text.slice(date[0].length + 1 + t[0].length);
      const parts = [
        Number(date[1]),
        Number(date[2]),
        Number(date[3]),
        Number(t[1]),
        Number(t[2]),
        Number(t[3]),
        nanos(t[4]),
      ] as const;
      if (name === "localdatetime") {
        if (rest !== "") throw new Unsupported("localdatetime");
        return new neo4j.types.LocalDateTime(...parts);
      }
      // Named zones run as written: the server resolves them exactly.
      return new neo4j.types.DateTime(...parts, offsetSeconds(rest));
    }
    default:
      throw new Unsupported(name);
  }
}
