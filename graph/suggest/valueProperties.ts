import type { z } from "zod";
import {
  type dateValueSchema,
  isIsoDate,
  type propertyValueSchema,
  type quantityValueSchema,
} from "../model/values.ts";

type DateValue = z.infer<typeof dateValueSchema>;
type QuantityValue = z.infer<typeof quantityValueSchema>;
type PropertyValue = z.infer<typeof propertyValueSchema>;
import type { ValueMention } from "./text.ts";

/**
 * Dates and quantities CoreNLP normalised ("June 23" → XXXX-06-23,
 * "less than 45%" → <%45.0), as the loader's typed values. A date without a
 * year takes the year of the reference date (the article's publication).
 */
export function toDate(value: ValueMention, referenceDate?: string): DateValue | undefined {
  if (value.kind !== "DATE") return undefined;
  const match = /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.normalized);
  if (!match) return undefined;
  const year = match[1] === "XXXX" ? referenceDate?.slice(0, 4) : match[1];
  if (!year) return undefined;
  const date = [year, match[2], match[3]].filter(Boolean).join("-");
  return isIsoDate(date) ? { date } : undefined;
}

const QUALIFIERS: Record<string, QuantityValue["qualifier"]> = {
  "<": "less than",
  ">": "more than",
  "~": "about",
  "<=": "at most",
  ">=": "at least",
};

export function toQuantity(value: ValueMention): { key: string; value: QuantityValue } | undefined {
  const match = /^(<=|>=|<|>|~)?([$€£¥%]|[A-Z]{3})?(-?\d+(?:\.\d+)?)$/.exec(value.normalized);
  if (!match) return undefined;
  const qualifier = match[1] ? QUALIFIERS[match[1]] : undefined;
  const amount = Number(match[3]);
  if (!Number.isFinite(amount)) return undefined;
  if (value.kind === "PERCENT") {
    return {
      key: "share",
      value: { quantity: amount, unit: "percent", ...(qualifier ? { qualifier } : {}) },
    };
  }
  if (value.kind === "MONEY" && match[2]) {
    const unit = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" }[match[2]] ?? match[2];
    return { key: "amount", value: { quantity: amount, unit, ...(qualifier ? { qualifier } : {}) } };
  }
  return undefined;
}

/** Typed properties from the values inside [start, end): the first date, the first share, the first amount. */
export function propertiesWithin(
  values: readonly ValueMention[],
  start: number,
  end: number,
  referenceDate?: string,
): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const v of values) {
    if (v.start < start || v.end > end) continue;
    const date = toDate(v, referenceDate);
    if (date && !out.date) out.date = date;
    const quantity = toQuantity(v);
    if (quantity && !out[quantity.key]) out[quantity.key] = quantity.value;
  }
  return out;
}
