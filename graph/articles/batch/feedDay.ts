import { isIsoDate } from "../../model/values.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The day a feed dates an item, as the feed writes it (not moved to UTC):
 * ISO 8601 ("2024-03-05T10:00:00+01:00") or RFC 822 ("Tue, 05 Mar 2024 10:00:00 GMT").
 * Undefined for anything else, so the page's date or today is used instead.
 */
export function feedDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
  if (iso) return isIsoDate(iso) ? iso : undefined;
  const rfc = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(value);
  if (!rfc) return undefined;
  const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const day = `${rfc[3]}-${String(month).padStart(2, "0")}-${rfc[1]!.padStart(2, "0")}`;
  return isIsoDate(day) ? day : undefined;
}
