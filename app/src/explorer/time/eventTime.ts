import {
  type GraphRelationship,
  isTemporal,
  type JsonValue,
  type Properties,
  whenProperties,
} from "../../../../graph/model/graphJson.ts";

export type Precision = "day" | "month" | "year";

/** A stretch of time in UTC milliseconds, end exclusive: a day, a month or a year. */
export interface Period {
  start: number;
  end: number;
  precision: Precision;
  iso: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** The period an ISO date names ("2025-06-23", "2025-06", "1960"), or null when it names none. */
export function parsePeriod(iso: string): Period | null {
  const day = DAY.exec(iso);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]) - 1, Number(day[3])];
    const start = Date.UTC(y, m, d);
    const date = new Date(start);
    if (date.getUTCMonth() !== m || date.getUTCDate() !== d) return null;
    return { start, end: Date.UTC(y, m, d + 1), precision: "day", iso };
  }
  const month = MONTH.exec(iso);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2]) - 1];
    if (m < 0 || m > 11) return null;
    return { start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1), precision: "month", iso };
  }
  const year = YEAR.exec(iso);
  if (year) {
    const y = Number(year[1]);
    return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), precision: "year", iso };
  }
  return null;
}

/**
 * The period of a property value when it is a date: a Neo4j DATE, or the text
 * a year-month or a year is stored as ("2025-06", "1960"). Anything else
 * (a date property holding "soon") is no date: its item stays undated.
 */
export function valuePeriod(value: JsonValue): Period | null {
  if (isTemporal(value)) return value.$type === "date" ? parsePeriod(value.value) : null;
  if (typeof value === "string" && (MONTH.test(value) || YEAR.test(value))) return parsePeriod(value);
  return null;
}

/** A dated value of an item: which property, and the period it names. */
export interface Mark {
  key: string;
  period: Period;
}

/**
 * When an item happened: from `start` to `end` (null: open, for "since"
 * without an end or "until" without a start), and its dated values.
 */
export interface EventTime {
  start: number | null;
  end: number | null;
  marks: Mark[];
  /** True when the item is a span (since, until, start and end values) rather than dated values. */
  span: boolean;
}

const isStart = (key: string) => key === "since" || /start/i.test(key);
const isEnd = (key: string) => key === "until" || /end/i.test(key);

/** The event time of a node or relationship from its properties, or null when nothing in them is a date. */
export function eventTime(properties: Properties): EventTime | null {
  const marks: Mark[] = [];
  for (const [key, value] of Object.entries(properties)) {
    const period = valuePeriod(value);
    if (period) marks.push({ key, period });
  }
  if (marks.length === 0) return null;
  const starts = marks.filter((m) => isStart(m.key));
  const ends = marks.filter((m) => isEnd(m.key));
  const points = marks.filter((m) => !isStart(m.key) && !isEnd(m.key));
  const span = starts.length > 0 || ends.length > 0;
  const min = (list: Mark[]) => Math.min(...list.map((m) => m.period.start));
  const max = (list: Mark[]) => Math.max(...list.map((m) => m.period.end));
  let start: number | null = starts.length > 0 ? min(starts) : span ? null : min(points);
  let end: number | null = ends.length > 0 ? max(ends) : span ? null : max(points);
  if (points.length > 0) {
    if (start !== null) start = Math.min(start, min(points));
    if (end !== null) end = Math.max(end, max(points));
  }
  return { start, end, marks, span };
}

/** Whether an event time meets the range [from, to) (open ends reach as far as needed). */
export function overlaps(time: EventTime, from: number, to: number): boolean {
  return (time.start === null || time.start < to) && (time.end === null || time.end > from);
}

/**
 * The event time of a relationship: of its properties, or for a fact drawn as
 * one edge, from the earliest start to the latest end of its statements, with
 * every dated value of theirs (null when none is dated).
 */
export function relationshipTime(rel: GraphRelationship): EventTime | null {
  if (!rel.stated) return eventTime(rel.properties);
  const times = rel.stated.flatMap(([when]) => eventTime(whenProperties(when)) ?? []);
  if (times.length === 0) return null;
  const open = (pick: (t: EventTime) => number | null) => times.some((t) => pick(t) === null);
  return {
    start: open((t) => t.start) ? null : Math.min(...times.map((t) => t.start ?? 0)),
    end: open((t) => t.end) ? null : Math.max(...times.map((t) => t.end ?? 0)),
    marks: times.flatMap((t) => t.marks),
    span: times.some((t) => t.span),
  };
}
