import type { JsonValue } from "../model/graphJson.ts";
import {
  type KeyType,
  type PropertyKind,
  collectPropertyTypes,
  kindTable,
  scalarText,
} from "./propertyTypes.ts";
import type { GraphSource } from "./source.ts";
import { GEXF_EDGE_RESERVED, NODE_RESERVED, attributeName, xmlAttr, xmlText } from "./xml.ts";

/**
 * GEXF 1.2 (the version both Gephi and NetworkX read) with the viz module
 * (colour, size, position as drawn). Attributes use only the types Gephi and
 * NetworkX both keep: string, boolean, long, double, and liststring for every
 * list (`["a", "b"]`, numbers too); dates and other temporals are ISO 8601
 * strings, integers beyond 2^53 and mixed keys strings (mixed as JSON text).
 * `labels` is a liststring attribute; the relationship type is the edge's
 * `kind` (so Gephi keeps parallel edges of different types apart), label and
 * `relType` attribute; the meta element `<dossier:propertytypes>` holds each
 * key's exact kind as JSON.
 */
export async function* writeGexf(source: GraphSource): AsyncGenerator<string> {
  const types = await collectPropertyTypes(source);
  const nodeKeys = declare(types.node, NODE_RESERVED, 1);
  const edgeKeys = declare(types.edge, GEXF_EDGE_RESERVED, 1);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n';
  yield `  <meta><creator>Dossier</creator><description>Dossier export</description><dossier:propertytypes xmlns:dossier="urn:dossier:export">${xmlText(JSON.stringify(kindTable(types)))}</dossier:propertytypes></meta>\n`;
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield '    <attributes class="node">\n      <attribute id="0" title="labels" type="liststring"/>\n';
  for (const [, key] of nodeKeys) yield attributeElement(key);
  yield '    </attributes>\n    <attributes class="edge">\n      <attribute id="0" title="relType" type="string"/>\n';
  for (const [, key] of edgeKeys) yield attributeElement(key);
  yield "    </attributes>\n    <nodes>\n";
  for await (const node of source.nodes()) {
    const look = node.look ?? {};
    const caption = look.label ?? captionOf(node.properties) ?? node.labels[0] ?? node.id;
    const parts = [
      `      <node id="${xmlAttr(node.id)}" label="${xmlAttr(caption)}"><attvalues>`,
      attvalue("0", listText(node.labels)),
      ...attvalues(nodeKeys, node.properties),
      "</attvalues>",
    ];
    if (look.color !== undefined) parts.push(colorElement(look.color));
    if (look.size !== undefined) parts.push(`<viz:size value="${look.size}"/>`);
    if (look.x !== undefined && look.y !== undefined)
      parts.push(`<viz:position x="${look.x}" y="${look.y}"/>`);
    yield `${parts.join("")}</node>\n`;
  }
  yield "    </nodes>\n    <edges>\n";
  for await (const rel of source.relationships()) {
    const look = rel.look ?? {};
    const parts = [
      `      <edge id="${xmlAttr(rel.id)}" source="${xmlAttr(rel.start)}" target="${xmlAttr(rel.end)}" kind="${xmlAttr(rel.type)}" label="${xmlAttr(look.label ?? rel.type)}"><attvalues>`,
      attvalue("0", rel.type),
      ...attvalues(edgeKeys, rel.properties),
      "</attvalues>",
    ];
    if (look.color !== undefined) parts.push(colorElement(look.color));
    if (look.size !== undefined) parts.push(`<viz:thickness value="${look.size}"/>`);
    yield `${parts.join("")}</edge>\n`;
  }
  yield "    </edges>\n  </graph>\n</gexf>\n";
}

interface DeclaredAttribute {
  id: string;
  title: string;
  kind: PropertyKind;
  type: string;
}

/** NetworkX 2.8 reads no `date` nor `listlong`-like types (KeyError), and Gephi drops `date` columns. */
function gexfType(key: KeyType): string {
  if (key.bigIntegers || key.kind === "json") return "string";
  if (key.kind.startsWith("list<")) return "liststring";
  switch (key.kind) {
    case "boolean":
      return "boolean";
    case "integer":
      return "long";
    case "float":
      return "double";
    default:
      return "string";
  }
}

function declare(keys: Map<string, KeyType>, reserved: ReadonlySet<string>, first: number) {
  const out = new Map<string, DeclaredAttribute>();
  let index = first;
  for (const [property, key] of keys) {
    out.set(property, {
      id: String(index++),
      title: attributeName(property, reserved),
      kind: key.bigIntegers && key.kind !== "integer" ? "json" : key.kind,
      type: gexfType(key),
    });
  }
  return out;
}

function attributeElement(key: DeclaredAttribute): string {
  return `      <attribute id="${key.id}" title="${xmlAttr(key.title)}" type="${key.type}"/>\n`;
}

function attvalue(id: string, text: string): string {
  return `<attvalue for="${id}" value="${xmlAttr(text)}"/>`;
}

function attvalues(keys: Map<string, DeclaredAttribute>, properties: Record<string, JsonValue>): string[] {
  const out: string[] = [];
  for (const [property, value] of Object.entries(properties)) {
    const key = keys.get(property);
    if (!key) continue;
    const text = key.type.startsWith("list")
      ? listText(value)
      : key.kind === "json"
        ? JSON.stringify(value)
        : scalarText(value);
    out.push(attvalue(key.id, text));
  }
  return out;
}

/** GEXF list syntax as graphology and Gephi read it: `["a", "b"]`, `["1", "2"]`; quotes and backslashes escaped. */
function listText(value: JsonValue): string {
  const items = Array.isArray(value) ? value : [value];
  return `[${items.map((s) => `"${scalarText(s).replace(/[\\"\n\r\t]/g, (c) => LIST_ESCAPES[c] ?? c)}"`).join(", ")}]`;
}

const LIST_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

function captionOf(properties: Record<string, JsonValue>): string | undefined {
  const name = properties.name ?? properties.title ?? properties.id;
  return typeof name === "string" ? name : undefined;
}

/** viz:color (r, g, b and the 1.3 hex form) from #rgb, #rrggbb, #rrggbbaa or rgb()/rgba(); other colour forms are left out. */
function colorElement(color: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim());
  if (hex?.[1]) {
    let digits = hex[1];
    if (digits.length === 3) digits = [...digits].map((d) => d + d).join("");
    const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16));
    const a = digits.length === 8 ? ` a="${(Number.parseInt(digits.slice(6, 8), 16) / 255).toFixed(3)}"` : "";
    return `<viz:color r="${r}" g="${g}" b="${b}"${a} hex="#${digits.slice(0, 6).toLowerCase()}"/>`;
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(color.trim());
  if (rgb) return `<viz:color r="${rgb[1]}" g="${rgb[2]}" b="${rgb[3]}"${rgb[4] ? ` a="${rgb[4]}"` : ""}/>`;
  return "";
}
