import { formatValue, isTemporal, type JsonValue } from "../../../../graph/model/graphJson.ts";

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const MOMENT = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** A readable date for ISO text: "2025-06-23" → "23 June 2025", "2025-06" → "June 2025". */
export function readableDate(iso: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (day) return DAY.format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return MONTH.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  return null;
}

/** A property value as text a reader expects (dates spelled out, lists joined). */
export function formatProperty(value: JsonValue): string {
  if (isTemporal(value)) {
    if (value.$type === "date") return readableDate(value.value) ?? value.value;
    if (value.$type === "datetime" || value.$type === "localdatetime") {
      const date = new Date(value.value.replace(/\[.*\]$/, ""));
      return Number.isNaN(date.getTime())
        ? value.value
        : `${MOMENT.format(date)}${value.$type === "datetime" ? " UTC" : ""}`;
    }
    return value.value;
  }
  if (Array.isArray(value)) return value.map(formatProperty).join(", ");
  if (typeof value === "string") return value;
  return formatValue(value);
}

/** The value as a link target when it is an http(s) URL, never anything else (no javascript:, data:). */
export function safeLink(value: JsonValue): string | null {
  if (typeof value !== "string" || !/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
