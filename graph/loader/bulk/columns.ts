import type { StoredValue } from "../../model/values.ts";

/**
 * Splits list cells for Neo4j's offline importer, which has no escape for its
 * array delimiter: the unit separator, a control character that no valid
 * text of an article or annotation holds (checked for every list cell).
 */
export const ARRAY_DELIMITER = "\u001f";

/**
 * A property key the annotation files cannot use (they are camelCase): the
 * keys of a node or relationship whose value is an empty list. The importer
 * reads an empty list cell as no value, so these are set after the import.
 */
export const EMPTY_LISTS_KEY = "_emptyLists";

/** The importer's header type of a stored value, as Bolt would store it (see toDriverValue). */
function importType(value: StoredValue): string {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "long" : "double";
  if (!Array.isArray(value)) return value.kind === "point" ? "point{crs:WGS-84}" : "date";
  const items = value as unknown[];
  if (items.every((x) => typeof x === "string")) return "string[]";
  return items.every((x) => Number.isInteger(x)) ? "long[]" : "double[]";
}

function listCell(items: readonly (string | number)[], where: string): string {
  const texts = items.map(String);
  if (texts.some((t) => t.includes(ARRAY_DELIMITER))) {
    throw new Error(
      `${where} holds a list item with the control character U+001F, which the bulk import cannot write.`,
    );
  }
  return texts.join(ARRAY_DELIMITER);
}

function cell(value: StoredValue, where: string): string {
  if (Array.isArray(value)) return listCell(value, where);
  if (typeof value === "object") {
    return value.kind === "point" ? `{latitude:${value.lat}, longitude:${value.lon}}` : value.iso;
  }
  return String(value);
}

/**
 * A row of properties as the importer's header and cells. The header names
 * each key with its type, so rows of different keys or types go to files of
 * their own (one file per header); empty lists are listed under EMPTY_LISTS_KEY.
 */
export function propertyColumns(
  properties: Record<string, StoredValue | undefined>,
  where: string,
): { header: string[]; cells: string[] } {
  const header: string[] = [];
  const cells: string[] = [];
  const emptyLists: string[] = [];
  for (const key of Object.keys(properties).sort()) {
    const value = properties[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) {
      emptyLists.push(key);
      continue;
    }
    header.push(`${key}:${importType(value)}`);
    cells.push(cell(value, `${where} property "${key}"`));
  }
  if (emptyLists.length > 0) {
    header.push(`${EMPTY_LISTS_KEY}:string[]`);
    cells.push(emptyLists.join(ARRAY_DELIMITER));
  }
  return { header, cells };
}

/** The labels cell of a node. */
export function labelsCell(labels: readonly string[], where: string): string {
  return listCell(labels, where);
}
