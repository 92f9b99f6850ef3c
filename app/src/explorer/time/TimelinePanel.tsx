import { useContext, useEffect, useMemo, useRef, useState } from "react";
import { useApiGet } from "../../shell/connection/useApiGet.ts";
import { useControls } from "../controls.ts";
import { datedItems } from "./datedItems.ts";
import { parsePeriod } from "./eventTime.ts";
import { CHART_HEIGHT, TimelineChart } from "./TimelineChart.tsx";
import { isActive, noTimeFilter, type TimeFilter } from "./timeFilter.ts";
import { type Frame, openingFrame, wholeRange } from "./frame.ts";
import { useFrame } from "./frameState.ts";
import { DAY_MS, isoDay, rangeOf } from "./timeScale.ts";
import { useTime } from "./timeState.ts";
import { OpeningDoneContext, useAfterOpening } from "../openingGate.ts";
import "./timeline.css";

const NUMBER = new Intl.NumberFormat("en");
const STEP_MS = 900;

/** The timeline under the graph (collapsible), with the time filter's controls. */
export function TimelinePanel() {
  const [open, setOpen] = useState(true);
  const openingDone = useContext(OpeningDoneContext);
  const { view } = useControls();
  const { filter, setFilter, hidden, problem } = useTime();
  const { nodes: viewNodes, relationships: viewRelationships } = view;
  // Not again when only the filter (also part of the view) changes.
  const items = useMemo(
    () => datedItems({ nodes: viewNodes, relationships: viewRelationships }),
    [viewNodes, viewRelationships],
  );
  const list = useApiGet<"articles">(useAfterOpening("/api/articles"));
  const articles = useMemo(() => {
    const inView = new Set(Object.values(view.relationships).map((r) => r.properties.article));
    return (list.state === "ready" ? list.data.articles : []).flatMap((a) =>
      a.published
        ? [
            {
              slug: a.slug,
              title: a.title,
              published: a.published,
              language: a.language,
              inView: inView.has(a.slug),
            },
          ]
        : [],
    );
  }, [list, view.relationships]);

  const { frame, setFrame, problem: frameProblem } = useFrame();
  // Each dated value once: an item's marks (a span by its dates, not its extent) and the publication days.
  const periods = useMemo(
    () => [
      ...items.flatMap((i) => i.time.marks.map((m): Frame => [m.period.start, m.period.end])),
      ...articles.flatMap((a): Frame[] => {
        const p = parsePeriod(a.published);
        return p ? [[p.start, p.end]] : [];
      }),
    ],
    [items, articles],
  );
  const whole = useMemo(() => wholeRange(periods), [periods]);
  const opening = useMemo(() => openingFrame(periods), [periods]);
  const shownDomain = frame ?? opening;
  const isWhole =
    !whole || (shownDomain !== null && shownDomain[0] <= whole[0] && shownDomain[1] >= whole[1]);

  const play = usePlay(shownDomain);
  const change = (part: Partial<TimeFilter>) => setFilter({ ...filter, ...part });
  const day = (value: string) => (value && parsePeriod(value) ? value : null);

  const nodes = Object.keys(view.nodes).length;
  const rels = Object.keys(view.relationships).length;
  const summary = isActive(filter)
    ? `Showing ${NUMBER.format(nodes - hidden.nodes.size)} of ${NUMBER.format(nodes)} nodes and ${NUMBER.format(rels - hidden.relationships.size)} of ${NUMBER.format(rels)} relationships.`
    : `${NUMBER.format(items.length)} dated items on screen.`;

  return (
    <section className={open ? "timeline open" : "timeline"} aria-label="Timeline">
      <div className="timeline-bar">
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          Timeline
        </button>
        <label>
          From{" "}
          <input
            type="date"
            value={filter.from ?? ""}
            onChange={(e) => change({ from: day(e.target.value) })}
          />
        </label>
        <label>
          To{" "}
          <input type="date" value={filter.to ?? ""} onChange={(e) => change({ to: day(e.target.value) })} />
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.undated}
            onChange={(e) => change({ undated: e.target.checked })}
          />{" "}
          Undated
        </label>
        <label>
          As reported by{" "}
          <input
            type="date"
            value={filter.asOf ?? ""}
            onChange={(e) => change({ asOf: day(e.target.value) })}
          />
        </label>
        <button type="button" onClick={play.playing ? play.stop : play.start} disabled={!shownDomain}>
          {play.playing ? "Stop" : "Play"}
        </button>
        <button type="button" disabled={!isActive(filter)} onClick={() => setFilter(noTimeFilter)}>
          Clear
        </button>
        <button
          type="button"
          disabled={isWhole}
          onClick={() => setFrame(whole)}
          title="Show every dated item on the axis"
        >
          Whole range
        </button>
        <span aria-live="polite" className="muted timeline-summary" title={summary}>
          {summary}
        </span>
      </div>
      {(problem || frameProblem) && (
        <p role="alert" className="timeline-problem">
          {[problem, frameProblem].filter(Boolean).join(" ")}
        </p>
      )}
      {/* The chart's room is kept while the view opens, so that the canvas the opening view is sized for is the one it is drawn in. */}
      {open && !openingDone && (
        <div className="timeline-chart" aria-hidden="true">
          <div style={{ height: CHART_HEIGHT }} />
        </div>
      )}
      {open && openingDone && shownDomain && whole && (
        <TimelineChart
          items={items}
          articles={articles}
          periods={periods}
          whole={whole}
          domain={shownDomain}
          setDomain={setFrame}
        />
      )}
      {open && openingDone && !shownDomain && <p className="muted">Nothing on screen is dated.</p>}
    </section>
  );
}

/**
 * The play button: steps the range through the axis, one range width (or one
 * month without a range) at a time. The steps are shown without being
 * recorded; stopping, or reaching the end, records the range shown as one
 * view change.
 */
function usePlay(domain: [number, number] | null) {
  const { filter, setFilter, preview } = useTime();
  const [playing, setPlaying] = useState(false);
  const shown = useRef<TimeFilter | null>(null);
  const start = () => {
    if (!domain) return;
    const range = rangeOf(filter.from, filter.to);
    const width = range ? range[1] - range[0] : 30 * DAY_MS;
    let at = range && range[1] + width <= domain[1] ? range[0] : domain[0];
    const step = () => {
      const next = { ...filter, from: isoDay(at), to: isoDay(at + width - DAY_MS) };
      shown.current = next;
      preview(next);
      at += width;
      return at < domain[1];
    };
    step();
    setPlaying(true);
    timer.current = window.setInterval(() => {
      if (!step()) finish();
    }, STEP_MS);
  };
  const timer = useRef<number | undefined>(undefined);
  const finish = () => {
    window.clearInterval(timer.current);
    timer.current = undefined;
    setPlaying(false);
    if (shown.current) setFilter(shown.current);
    else preview(null);
    shown.current = null;
  };
  useEffect(() => () => window.clearInterval(timer.current), []);
  return { playing, start, stop: finish };
}
