import { z } from "zod";

/**
 * Typed property values of the annotation files. Plain JSON scalars and lists
 * of one scalar type pass through; dates and quantities are objects so that a
 * date is never a free string and a number always carries its unit.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;

/** True for a real calendar date in one of the ISO 8601 forms YYYY-MM-DD, YYYY-MM, YYYY. */
export function isIsoDate(value: string): boolean {
  const day = ISO_DAY.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }
  const month = ISO_MONTH.exec(value);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12;
  return ISO_YEAR.test(value);
}

export function datePrecision(value: string): "day" | "month" | "year" {
  if (ISO_DAY.test(value)) return "day";
  if (ISO_MONTH.test(value)) return "month";
  return "year";
}

const finiteNumber = z.number({ error: "must be a number (not text)" }).finite();

export const dateValueSchema = z.strictObject({
  date: z.string().refine(isIsoDate, "is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY"),
});

export const quantityValueSchema = z.strictObject({
  quantity: finiteNumber,
  unit: z.string().min(1, "needs a unit"),
  qualifier: z.enum(["more than", "less than", "about", "at least", "at most"]).optional(),
});

const ANY_TYPE =
  'a string, a number, true or false, a list of strings, a list of numbers, a date {"date": "2025-06-23"} or a quantity {"quantity": 38, "unit": "percent"}';

/** What a property value that matches no type should have been, judged by the shape it has. */
function expectedType(value: unknown): string {
  if (Array.isArray(value)) {
    return `must be a list of strings or a list of numbers (all items of one type), not a list holding ${value.some((v) => v !== null && typeof v === "object") ? "lists or objects" : "mixed types"}`;
  }
  if (value !== null && typeof value === "object") {
    if ("quantity" in value) {
      return 'must be a quantity {"quantity": <number>, "unit": "<text>"} with an optional "qualifier" (more than, less than, about, at least, at most), and nothing else';
    }
    if ("date" in value)
      return 'must be a date {"date": "YYYY-MM-DD"} (or "YYYY-MM", "YYYY"), and nothing else';
    return `must be ${ANY_TYPE}, not another object`;
  }
  return `must be ${ANY_TYPE}, not ${value === null ? "null" : typeof value}`;
}

export const propertyValueSchema = z.union(
  [
    z.string(),
    finiteNumber,
    z.boolean(),
    z.array(z.string()),
    z.array(finiteNumber),
    dateValueSchema,
    quantityValueSchema,
  ],
  { error: (issue) => (issue.code === "invalid_union" ? expectedType(issue.input) : undefined) },
);

/** Property keys: camelCase, so they read well in Cypher without backticks. */
export const propertyKeySchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, "property names are camelCase letters and digits");

export const propertiesSchema = z.record(propertyKeySchema, propertyValueSchema);
export type Properties = z.infer<typeof propertiesSchema>;

/**
 * A stored value, before it becomes a driver value: a full date becomes a
 * Neo4j DATE, a year-month or year stays an ISO string, and a quantity is
 * flattened into `key`, `keyUnit` and (if given) `keyQualifier`, because Neo4j
 * properties cannot hold maps. A place's location is a WGS-84 point.
 */
export type StoredValue =
  | string
  | number
  | boolean
  | string[]
  | number[]
  | { kind: "date"; iso: string }
  | { kind: "point"; lat: number; lon: number };

export function flattenProperties(properties: Properties): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === "object" && !Array.isArray(value)) {
      if ("date" in value) {
        out[key] = datePrecision(value.date) === "day" ? { kind: "date", iso: value.date } : value.date;
      } else {
        out[key] = value.quantity;
        out[`${key}Unit`] = value.unit;
        if (value.qualifier) out[`${key}Qualifier`] = value.qualifier;
      }
    } else {
      out[key] = value;
    }
  }
  return out;
}
