import { AGENCY_ALTERNATION, SHORT_ALTERNATION, agencyShortName } from "./agencies.ts";

/** An agency credit found in an article: the agency's short name and the span of text that shows it. */
export interface WireCredit {
  /** Short name: "AP", "AFP", "Reuters", "Xinhua", "ANP", "dpa", "agencies", ... */
  agency: string;
  /** UTF-16 offsets into the text; both 0 (and quote empty) when the credit comes from the metadata. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  quote: string;
}

interface CreditForm {
  pattern: RegExp;
  /** Where to look: the opening characters, the closing ones, or the whole text. */
  within: "head" | "tail" | "all";
  /** The agency when the form names none ("Reporting by ...; Editing by ..." is Reuters'). */
  agency?: string;
}

const HEAD = 600;
const TAIL = 600;
const A = AGENCY_ALTERNATION;
const S = SHORT_ALTERNATION;

/** Credit forms, most telling first; the first form that matches gives the credit. */
const FORMS: readonly CreditForm[] = [
  // "BAMAKO, Mali (AP) —", "(Reuters) -", "PARIS (AFP) –"
  { pattern: new RegExp(`\\((?<agency>${A})\\)\\s*[—–-]`), within: "head" },
  // "Le Monde avec AFP", "(avec l'AFP)", "avec AFP et Reuters"
  { pattern: new RegExp(`\\b[Aa]vec\\s+(?:l['’]\\s*)?(?<agency>${S})\\b`), within: "all" },
  // "with inputs from agencies", "(With inputs from Reuters)"
  {
    pattern: new RegExp(
      `\\b[Ww]ith\\s+(?:additional\\s+)?(?:inputs?|reporting)\\s+from\\s+(?:the\\s+)?(?<agency>${A}|agencies|news agencies|wire services)\\b`,
    ),
    within: "all",
  },
  { pattern: /\b[Ww]ith\s+(?<agency>agency)\s+inputs\b/, within: "all" },
  // Reuters' sign-off: "Reporting by ...; Editing by ..."
  { pattern: /\(?Reporting by [^\n]{1,300}?Editing by [^\n)]+\)?/, within: "tail", agency: "Reuters" },
  // "— AFP" or "- AP" closing a line, "/AFP/"
  { pattern: new RegExp(`[—–-]\\s*(?<agency>${S})\\s*$`, "m"), within: "all" },
  { pattern: new RegExp(`/(?<agency>${S})/`), within: "all" },
  // "(AFP)" in the opening lines without a dash
  { pattern: new RegExp(`\\((?<agency>${S})\\)`), within: "head" },
  // A byline: "By JANE DOE Associated Press", "By The Associated Press", a line holding only the agency
  {
    pattern: new RegExp(`^[ \\t]*By\\b[^\\n]{0,80}?\\b(?<agency>${A})[ \\t]*$`, "m"),
    within: "all",
  },
  { pattern: new RegExp(`^[ \\t]*(?<agency>${A})[ \\t]*$`, "m"), within: "all" },
  // "Copyright 2025 The Associated Press", "© AFP", "Source : AFP"
  {
    pattern: new RegExp(`(?:Copyright|©)\\s*(?:\\d{4}\\s+)?(?:The\\s+)?(?<agency>${A})\\b`),
    within: "all",
  },
  { pattern: new RegExp(`\\bSources?\\s?:\\s*(?<agency>${A})\\b`), within: "all" },
];

function agencyOf(form: CreditForm, match: RegExpExecArray): string | null {
  if (form.agency) return form.agency;
  const named = match.groups?.agency ?? "";
  if (/^(?:news agencies|wire services|agencies|agency)$/i.test(named)) return "agencies";
  return agencyShortName(named);
}

function find(text: string, form: CreditForm): WireCredit | null {
  const offset = form.within === "tail" ? Math.max(0, text.length - TAIL) : 0;
  const scope = form.within === "head" ? text.slice(0, HEAD) : text.slice(offset);
  const match = form.pattern.exec(scope);
  if (!match) return null;
  const agency = agencyOf(form, match);
  if (!agency) return null;
  const start = offset + match.index;
  const end = start + match[0].length;
  return { agency, start, end, quote: text.slice(start, end) };
}

/** The agency a byline or publisher names ("Associated Press", "AFP"), if it is one. */
function metadataAgency(value: string | undefined): string | null {
  if (!value) return null;
  const whole = agencyShortName(value.replace(/\b(?:news agency|agency|staff)\b/gi, ""));
  if (whole) return whole;
  const inside = new RegExp(`\\b(?:${A})\\b`).exec(value);
  return inside ? agencyShortName(inside[0]) : null;
}

/**
 * The wire credit of an article: the first of the credit forms found in its
 * text, else an agency named by its byline or publisher (an agency's own copy).
 * Mentions such as "told Reuters" are not credits and are not matched.
 */
export function findWireCredit(
  text: string,
  meta?: { publisher?: string; byline?: string },
): WireCredit | null {
  for (const form of FORMS) {
    const found = find(text, form);
    if (found) return found;
  }
  const agency = metadataAgency(meta?.byline) ?? metadataAgency(meta?.publisher);
  return agency ? { agency, start: 0, end: 0, quote: "" } : null;
}
