import type { JsonValue } from "../model/graphJson.ts";
import {
  type KeyType,
  type PropertyKind,
  collectPropertyTypes,
  kindTable,
  valueText,
} from "./propertyTypes.ts";
import type { GraphSource } from "./source.ts";
import { EDGE_RESERVED, NODE_RESERVED, attributeName, xmlAttr, xmlText } from "./xml.ts";

/**
 * GraphML with every key declared with its type. Strings, booleans, integers
 * (long) and floats (double) are native; integers beyond 2^53, temporals
 * (ISO 8601), lists and mixed keys are strings (lists and mixed values as
 * JSON text), and the graph's `propertyTypes` data holds each key's exact kind.
 * Labels are `:A:B` (node attribute `labels` and data `labels`), the
 * relationship type is the edge attribute `label` and data `relType`.
 */
export async function* writeGraphml(source: GraphSource): AsyncGenerator<string> {
  const types = await collectPropertyTypes(source);
  const nodeKeys = keyIds("n", types.node, NODE_RESERVED);
  const edgeKeys = keyIds("e", types.edge, EDGE_RESERVED);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="propertyTypes" for="graph" attr.name="propertyTypes" attr.type="string"/>\n';
  yield '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>\n';
  for (const [id, name, type] of [
    ["x", "x", "double"],
    ["y", "y", "double"],
    ["size", "size", "double"],
    ["color", "color", "string"],
    ["label", "label", "string"],
  ] as const) {
    yield `  <key id="${id}" for="node" attr.name="${name}" attr.type="${type}"/>\n`;
  }
  yield '  <key id="relType" for="edge" attr.name="relType" attr.type="string"/>\n';
  yield '  <key id="edgeSize" for="edge" attr.name="size" attr.type="double"/>\n';
  yield '  <key id="edgeColor" for="edge" attr.name="color" attr.type="string"/>\n';
  yield '  <key id="edgeLabel" for="edge" attr.name="label" attr.type="string"/>\n';
  for (const [, key] of nodeKeys) yield keyElement("node", key);
  for (const [, key] of edgeKeys) yield keyElement("edge", key);
  yield '  <graph id="G" edgedefault="directed">\n';
  yield `    <data key="propertyTypes">${xmlText(JSON.stringify(kindTable(types)))}</data>\n`;
  for await (const node of source.nodes()) {
    const labels = node.labels.map((l) => `:${l}`).join("");
    const parts = [`    <node id="${xmlAttr(node.id)}" labels="${xmlAttr(labels)}">`, data("labels", labels)];
    const look = node.look ?? {};
    if (look.x !== undefined) parts.push(data("x", String(look.x)));
    if (look.y !== undefined) parts.push(data("y", String(look.y)));
    if (look.size !== undefined) parts.push(data("size", String(look.size)));
    if (look.color !== undefined) parts.push(data("color", look.color));
    if (look.label !== undefined) parts.push(data("label", look.label));
    parts.push(...propertyData(nodeKeys, node.properties));
    yield `${parts.join("")}</node>\n`;
  }
  for await (const rel of source.relationships()) {
    const parts = [
      `    <edge id="${xmlAttr(rel.id)}" source="${xmlAttr(rel.start)}" target="${xmlAttr(rel.end)}" label="${xmlAttr(rel.type)}">`,
      data("relType", rel.type),
    ];
    const look = rel.look ?? {};
    if (look.size !== undefined) parts.push(data("edgeSize", String(look.size)));
    if (look.color !== undefined) parts.push(data("edgeColor", look.color));
    if (look.label !== undefined) parts.push(data("edgeLabel", look.label));
    parts.push(...propertyData(edgeKeys, rel.properties));
    yield `${parts.join("")}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

interface DeclaredKey {
  id: string;
  name: string;
  kind: PropertyKind;
  type: "string" | "boolean" | "long" | "double";
}

function graphmlType(key: KeyType): DeclaredKey["type"] {
  if (key.kind === "boolean") return "boolean";
  if (key.kind === "integer" && !key.bigIntegers) return "long";
  if (key.kind === "float") return "double";
  return "string";
}

function keyIds(prefix: string, keys: Map<string, KeyType>, reserved: ReadonlySet<string>) {
  const out = new Map<string, DeclaredKey>();
  let index = 0;
  for (const [property, key] of keys) {
    out.set(property, {
      id: `${prefix}${index++}`,
      name: attributeName(property, reserved),
      kind: key.kind,
      type: graphmlType(key),
    });
  }
  return out;
}

function keyElement(domain: "node" | "edge", key: DeclaredKey): string {
  return `  <key id="${key.id}" for="${domain}" attr.name="${xmlAttr(key.name)}" attr.type="${key.type}"/>\n`;
}

function data(key: string, text: string): string {
  return `<data key="${key}">${xmlText(text)}</data>`;
}

function propertyData(keys: Map<string, DeclaredKey>, properties: Record<string, JsonValue>): string[] {
  const out: string[] = [];
  for (const [property, value] of Object.entries(properties)) {
    const key = keys.get(property);
    if (key) out.push(data(key.id, valueText(key.kind, value)));
  }
  return out;
}
