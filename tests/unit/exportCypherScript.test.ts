import neo4j, { type Date as Neo4jDate, type DateTime, type Integer } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { writeCypherScript } from "../../graph/export/cypherScript.ts";
import { parameterize } from "../../graph/export/node/scriptParams.ts";
import { checkExportScript } from "../../graph/export/scriptShape.ts";
import { arraySource } from "../../graph/export/source.ts";
import { AWKWARD_TEXT, awkwardGraph } from "../support/awkwardGraph.ts";

async function script(): Promise<string> {
  let text = "";
  for await (const part of writeCypherScript(arraySource(awkwardGraph))) text += part;
  return text;
}

describe("the Cypher script", () => {
  it("passes the import check, and its rows become parameters with exact driver values", async () => {
    const checked = checkExportScript(await script());
    if ("problem" in checked) throw new Error(checked.problem);
    const unwinds = checked.statements.filter((s) => s.startsWith("UNWIND"));
    expect(unwinds.length).toBeGreaterThan(0);
    const rows = unwinds.flatMap((s) => {
      const p = parameterize(s);
      expect(p, s.slice(0, 200)).not.toBeNull();
      expect(p?.query.startsWith("UNWIND $rows AS row\n")).toBe(true);
      return (p?.params.rows ?? []) as { k?: unknown; p: Record<string, unknown> }[];
    });
    const person = rows.find((r) => r.k === "awk-person")?.p ?? {};
    expect(person.name).toBe(AWKWARD_TEXT);
    expect(person.tags).toEqual(awkwardGraph.nodes[0]?.properties.tags);
    expect((person.big as Integer).toString()).toBe("9007199254740993");
    expect((person.negativeBig as Integer).toString()).toBe("-9223372036854775807");
    expect(neo4j.isInt(person.count)).toBe(true);
    expect(person.whole).toBe(200);
    expect(neo4j.isInt(person.whole)).toBe(false);
    expect(String(person.born as Neo4jDate)).toBe("1983-01-01");
    expect((person.seen as DateTime).timeZoneOffsetSeconds).toBe(7200);
    expect(String(person.seen)).toBe("2025-06-23T10:15:30.123000000+02:00");
    expect(String(person.local)).toBe("2025-06-23T10:15:30");
    const org = rows.find((r) => neo4j.isInt(r.k) && (r.k as Integer).toNumber() === 42);
    expect((org?.p.count as Integer).toString()).toBe("1234567890123456789");
  });

  it("the import check refuses clauses hidden in the rows", async () => {
    const text = await script();
    const hidden = text.replace("{k: ", "{k: 1}] AS x MATCH (n) DETACH DELETE n WITH [{k: ");
    expect(checkExportScript(hidden)).toHaveProperty("problem");
  });
});
