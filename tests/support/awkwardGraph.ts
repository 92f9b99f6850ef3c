import neo4j, { type Driver } from "neo4j-driver";
import type { ExportNode, ExportRelationship } from "../../graph/export/source.ts";
import { sessionConfig, withSession } from "../../graph/neo4j/session.ts";

/** Text that trips up XML, CSV, JSON and Cypher writers alike. */
export const AWKWARD_TEXT = `Goïta ’ <&"> 'single' back\\slash; comma, "quoted"\nnew line\ttab\r\n€ 😀`;

/** A small graph with awkward values, as GraphJson (for the writers on their own). */
export const awkwardGraph: { nodes: ExportNode[]; relationships: ExportRelationship[] } = {
  nodes: [
    {
      id: "4:x:1",
      labels: ["Entity", "Person"],
      properties: {
        id: "awk-person",
        name: AWKWARD_TEXT,
        empty: "",
        tags: ["a", "", '<&">', "Ünï ’", "comma, and ; semicolon", 'quote " and \\'],
        big: { $type: "integer", value: "9007199254740993" },
        negativeBig: { $type: "integer", value: "-9223372036854775807" },
        born: { $type: "date", value: "1983-01-01" },
        seen: { $type: "datetime", value: "2025-06-23T10:15:30.123000000+02:00" },
        local: { $type: "localdatetime", value: "2025-06-23T10:15:30" },
        score: 1.5,
        whole: { $type: "float", value: 200 },
        count: 42,
        flag: true,
        scores: [1.5, { $type: "float", value: 2 }],
        ints: [1, 2, 3],
        bools: [true, false],
        label: "a property called label",
      },
      look: { x: 1.25, y: -3.5, size: 12, color: "#e15759", label: "Goïta" },
    },
    {
      id: "4:x:2",
      labels: ["Organization"],
      properties: { id: 42, name: "Org <&>", count: { $type: "integer", value: "1234567890123456789" } },
      look: { x: 10, y: 20, size: 5, color: "#4e79a7", label: "Org" },
    },
    {
      id: "4:x:3",
      labels: ["Thing"],
      properties: { name: "no id here", empty: "" },
      look: { x: 0, y: 0, size: 3, color: "#59a14f", label: "Thing" },
    },
  ],
  relationships: [
    {
      id: "5:x:1",
      type: "KNOWS",
      start: "4:x:1",
      end: "4:x:2",
      properties: {
        id: "k1",
        evidence: [AWKWARD_TEXT, "second quote"],
        sentenceIndices: [0, 3],
        since: { $type: "date", value: "2025-06-23" },
        weight: { $type: "float", value: 1 },
      },
      look: { size: 2, color: "#888888", label: "KNOWS" },
    },
    {
      id: "5:x:2",
      type: "KNOWS",
      start: "4:x:1",
      end: "4:x:2",
      properties: { id: "k2", evidence: [], sentenceIndices: [] },
    },
    { id: "5:x:3", type: "PART_OF", start: "4:x:2", end: "4:x:3", properties: { note: "" } },
  ],
};

/** The same graph written into Neo4j with typed driver values; returns nothing, the dump is the truth. */
export async function createAwkwardGraph(driver: Driver): Promise<void> {
  await withSession(driver, sessionConfig(undefined, "WRITE"), (session) =>
    session.executeWrite((tx) =>
      tx.run(
        `CREATE (p:Entity:Person {id: 'awk-person', name: $text, empty: '', tags: $tags,
           big: $big, negativeBig: $negativeBig, born: date('1983-01-01'),
           seen: datetime('2025-06-23T10:15:30.123+02:00'), local: localdatetime('2025-06-23T10:15:30'),
           score: 1.5, whole: 200.0, count: 42, flag: true, scores: [1.5, 2.0], ints: [1, 2, 3],
           bools: [true, false], label: 'a property called label'})
         CREATE (o:Organization {id: 42, name: 'Org <&>', count: $huge})
         CREATE (t:Thing {name: 'no id here', empty: ''})
         CREATE (p)-[:KNOWS {id: 'k1', evidence: [$text, 'second quote'], sentenceIndices: [0, 3],
           since: date('2025-06-23'), weight: 1.0}]->(o)
         CREATE (p)-[:KNOWS {id: 'k2', evidence: [], sentenceIndices: []}]->(o)
         CREATE (o)-[:PART_OF {note: ''}]->(t)`,
        {
          text: AWKWARD_TEXT,
          tags: ["a", "", '<&">', "Ünï ’", "comma, and ; semicolon", 'quote " and \\'],
          big: neo4j.int("9007199254740993"),
          negativeBig: neo4j.int("-9223372036854775807"),
          huge: neo4j.int("1234567890123456789"),
        },
      ),
    ),
  );
}
