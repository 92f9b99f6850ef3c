import { fr } from "chrono-node";
import type { AnalysedText, ValueMention } from "./text.ts";

/**
 * Dates of a French text, normalised as CoreNLP's SUTime normalises English
 * ones ("2025-06-23", "XXXX-06-23" without a year, "2025-06", "2025"):
 * CoreNLP's French pipeline has none. Days and weekdays come from
 * chrono-node's French parser; a weekday or "hier" is read against the
 * article's publication date and left out when the article has none.
 */

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/**
 * A month and year ("juin 2025", "fin juin 2025") or a part of a year
 * ("mi-2025", "fin 2024", "début 2026", "en 2023"): chrono-node reads days,
 * not these, so this one pattern does (written here for that reason).
 */
const MONTH_OR_YEAR = new RegExp(
  `\\b(?:(?:mi-|(?:début|fin|courant|mi)\\s+)?(${MONTHS.join("|")})\\s+((?:19|20)\\d{2})|(?:mi-|(?:début|fin|courant|en)\\s+)((?:19|20)\\d{2}))\\b`,
  "giu",
);

const pad = (n: number) => String(n).padStart(2, "0");

function sentenceAt(analysed: AnalysedText, offset: number): number | undefined {
  return analysed.sentences.find((s) => s.start <= offset && offset < s.end)?.index;
}

export function frenchDates(analysed: AnalysedText, referenceDate?: string): ValueMention[] {
  const { text } = analysed;
  const out: ValueMention[] = [];
  const add = (start: number, end: number, normalized: string) => {
    const sentence = sentenceAt(analysed, start);
    if (sentence === undefined || out.some((v) => v.start < end && start < v.end)) return;
    out.push({ sentence, start, end, text: text.slice(start, end), kind: "DATE", normalized });
  };
  const reference = referenceDate ? new Date(`${referenceDate}T12:00:00`) : new Date(0);
  for (const found of fr.parse(text, reference)) {
    const when = found.start;
    const written = /\d/.test(found.text) && when.isCertain("month");
    // "mardi", "hier", "lundi dernier": only against the article's own date.
    if (!written && !referenceDate) continue;
    if (!when.isCertain("day") && !when.isCertain("weekday")) continue; // a clock time alone
    const year = when.isCertain("year") || !written ? String(when.get("year")) : "XXXX";
    const end = found.index + found.text.replace(/[\s,;.]+$/u, "").length;
    add(found.index, end, `${year}-${pad(when.get("month") ?? 1)}-${pad(when.get("day") ?? 1)}`);
  }
  for (const match of text.matchAll(MONTH_OR_YEAR)) {
    const [whole, month, monthYear, year] = match;
    const start = match.index;
    if (month && monthYear) {
      add(start, start + whole.length, `${monthYear}-${pad(MONTHS.indexOf(month.toLowerCase()) + 1)}`);
    } else if (year) add(start, start + whole.length, year);
  }
  return out.sort((a, b) => a.start - b.start);
}
