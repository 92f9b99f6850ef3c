import { type GraphNode, type GraphRelationship, whenProperties } from "../../../../graph/model/graphJson.ts";
import { eventTime, overlaps, parsePeriod } from "./eventTime.ts";

/**
 * The time filter, part of the view (undoable, in the URL): a range of days
 * on the event-time lane (both ends included), whether undated items show,
 * and an "as reported by" day.
 */
export interface TimeFilter {
  from: string | null;
  to: string | null;
  undated: boolean;
  asOf: string | null;
}

export const noTimeFilter: TimeFilter = { from: null, to: null, undated: true, asOf: null };

export function isActive(filter: TimeFilter): boolean {
  return filter.from !== null || filter.to !== null || !filter.undated || filter.asOf !== null;
}

export function sameFilter(a: TimeFilter, b: TimeFilter): boolean {
  return a.from === b.from && a.to === b.to && a.undated === b.undated && a.asOf === b.asOf;
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parsePeriod(text) !== null;

/** The time filter's part of the query string (`from`, `to`, `undated=hide`, `asOf`). */
export function encodeTimeFilter(filter: TimeFilter, params: URLSearchParams): void {
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (!filter.undated) params.set("undated", "hide");
  if (filter.asOf) params.set("asOf", filter.asOf);
}

/**
 * The time filter a query string asks for. A value that does not parse gives
 * no filter at all and the sentence saying what was wrong.
 */
export function decodeTimeFilter(search: string): { filter: TimeFilter; problem: string | null } {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name)?.trim() || null;
  const [from, to, asOf, undated] = [get("from"), get("to"), get("asOf"), get("undated")];
  const bad = (what: string) => ({
    filter: noTimeFilter,
    problem: `The link's time filter was not used: ${what}. Showing every date.`,
  });
  for (const [name, value] of [
    ["from", from],
    ["to", to],
    ["asOf", asOf],
  ] as const) {
    if (value !== null && !isDay(value))
      return bad(`${name}=${JSON.stringify(value)} is not a date of the form YYYY-MM-DD`);
  }
  if (undated !== null && undated !== "hide" && undated !== "show")
    return bad(`undated=${JSON.stringify(undated)} is neither "hide" nor "show"`);
  if (from && to && from > to) return bad(`from=${from} comes after to=${to}`);
  return { filter: { from, to, asOf, undated: undated !== "hide" }, problem: null };
}

/** When the items of a view were reported: entity id → first publication day, slug → publication day. */
export interface Reported {
  entities: Record<string, string>;
  articles: Record<string, string>;
}

export interface TimeHidden {
  nodes: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;

/**
 * What the time filter hides in a view: items dated outside the range, what
 * only articles published after the as-of day say, and relationships whose
 * ends are hidden. A fact drawn as one edge (`stated`: its statements' dates)
 * is hidden when every one of its statements would be. Undated items show unless `undated` is false; then an
 * undated node still shows as an end of a relationship that shows.
 */
/**
 * A view's items keep their properties objects while the filter changes, so each one's event time
 * is read once, not again at every move of the brush.
 */
const eventTimes = new WeakMap<GraphNode["properties"], ReturnType<typeof eventTime>>();
function knownEventTime(properties: GraphNode["properties"]): ReturnType<typeof eventTime> {
  if (!eventTimes.has(properties)) eventTimes.set(properties, eventTime(properties));
  return eventTimes.get(properties)!;
}
const statedWhens = new WeakMap<NonNullable<GraphRelationship["stated"]>, GraphNode["properties"][]>();
function statedProperties(stated: NonNullable<GraphRelationship["stated"]>): GraphNode["properties"][] {
  let properties = statedWhens.get(stated);
  if (!properties) statedWhens.set(stated, (properties = stated.map(([when]) => whenProperties(when))));
  return properties;
}

export function timeHidden(
  nodes: Record<string, GraphNode>,
  relationships: Record<string, GraphRelationship>,
  filter: TimeFilter,
  reported: Reported | null,
): TimeHidden {
  const hiddenNodes = new Set<string>();
  const hiddenRels = new Set<string>();
  if (!isActive(filter)) return { nodes: hiddenNodes, relationships: hiddenRels };
  const from = filter.from ? (parsePeriod(filter.from)?.start ?? -Infinity) : -Infinity;
  const to = filter.to ? (parsePeriod(filter.to)?.start ?? Infinity) + DAY_MS : Infinity;
  const ranged = filter.from !== null || filter.to !== null;
  /** "out": dated outside the range; "undated"; "in". */
  const timeOf = (properties: GraphNode["properties"]) => {
    const time = knownEventTime(properties);
    if (!time) return "undated";
    return ranged && !overlaps(time, from, to) ? "out" : "in";
  };
  const after = (day: string | undefined) => filter.asOf !== null && day !== undefined && day > filter.asOf;
  const undatedNodes = new Set<string>();
  for (const node of Object.values(nodes)) {
    const id = node.properties.id;
    const time = timeOf(node.properties);
    if (time === "out" || after(typeof id === "string" ? reported?.entities[id] : undefined))
      hiddenNodes.add(node.id);
    else if (time === "undated" && !filter.undated) undatedNodes.add(node.id);
  }
  /** Whether a statement dated so and reported that day is outside the filter. */
  const statementHidden = (properties: GraphNode["properties"], day: string | undefined) => {
    const time = timeOf(properties);
    return time === "out" || (time === "undated" && !filter.undated) || after(day);
  };
  const shownEnds = new Set<string>();
  for (const rel of Object.values(relationships)) {
    const slug = rel.properties.article;
    // A fact drawn as one edge shows when one of its statements would.
    const hidden = rel.stated
      ? statedProperties(rel.stated).every((properties, i) =>
          statementHidden(properties, rel.stated![i]![1] || undefined),
        )
      : statementHidden(rel.properties, typeof slug === "string" ? reported?.articles[slug] : undefined);
    if (hiddenNodes.has(rel.start) || hiddenNodes.has(rel.end) || hidden) hiddenRels.add(rel.id);
    else {
      shownEnds.add(rel.start);
      shownEnds.add(rel.end);
    }
  }
  for (const id of undatedNodes) if (!shownEnds.has(id)) hiddenNodes.add(id);
  return { nodes: hiddenNodes, relationships: hiddenRels };
}
