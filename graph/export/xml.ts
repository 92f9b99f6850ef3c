/**
 * XML text and attribute escaping. Line breaks and tabs in attributes become
 * character references, because XML parsers turn raw ones into spaces; a
 * carriage return is escaped everywhere for the same reason.
 */
export function xmlText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => ENTITIES[c] ?? c);
}

export function xmlAttr(value: string): string {
  return value.replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

/** Attribute names that the formats reserve for labels, types and drawing; a property of that name is renamed. */
export function attributeName(property: string, reserved: ReadonlySet<string>): string {
  return reserved.has(property) ? `property:${property}` : property;
}

export const NODE_RESERVED: ReadonlySet<string> = new Set(["labels", "x", "y", "size", "color", "label"]);
/** `id`: NetworkX puts the GraphML or GEXF edge id there; `weight`: Gephi reads it as the edge weight. */
export const EDGE_RESERVED: ReadonlySet<string> = new Set([
  "relType",
  "size",
  "thickness",
  "color",
  "label",
  "id",
  "weight",
]);
/** GEXF also gives edges a `kind` (graphology reads it as an attribute). */
export const GEXF_EDGE_RESERVED: ReadonlySet<string> = new Set([...EDGE_RESERVED, "kind"]);
