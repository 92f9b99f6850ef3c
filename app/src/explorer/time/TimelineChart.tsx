import { axisBottom } from "d3-axis";
import { brushX, type D3BrushEvent } from "d3-brush";
import { scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { useEffect, useMemo, useRef, useState, type WheelEvent } from "react";
import { useApiGet } from "../../shell/connection/useApiGet.ts";
import { useExplorer } from "../../shell/explorerContext.ts";
import { useControls } from "../controls.ts";
import { useHighlight, useSetHighlight } from "../highlight.ts";
import { parsePeriod } from "./eventTime.ts";
import { type DatedItem, packRows } from "./datedItems.ts";
import { edgeLabels, LABEL_ROOM } from "./edgeLabels.ts";
import type { Frame } from "./frame.ts";
import { OVERVIEW, TimelineOverview } from "./TimelineOverview.tsx";
import { daysOf, rangeOf, unitFor, isoDay, DAY_MS } from "./timeScale.ts";
import { useTime } from "./timeState.ts";
import { useAfterOpening } from "../openingGate.ts";
import { languageName } from "../../shell/languageName.ts";

const AXIS = 22;
const EVENT_LANE = 96;
const REPORT_LANE = 34;
const ROWS = 8;
/** The strip at the foot of the event lane where the brush is drawn and dragged (items above stay clickable). */
const BRUSH = 22;
const ROW = (EVENT_LANE - BRUSH - 6) / ROWS;
/** The chart's drawn height: the overview strip, then the lanes and the axis. */
export const CHART_HEIGHT = OVERVIEW + AXIS + EVENT_LANE + REPORT_LANE;

interface Props {
  items: DatedItem[];
  /** Publication days of the articles, and whether each contributes to the view. */
  articles: { slug: string; title: string; published: string; language: string; inView: boolean }[];
  /** Every dated value, for the overview. */
  periods: readonly Frame[];
  whole: Frame;
  domain: Frame;
  setDomain(domain: Frame): void;
}

/**
 * The two lanes on one time axis: event time (the view's dated items over the
 * database's bins) and report time (articles over theirs), with a brush on the
 * event lane, under the overview of the whole range. The axis and the brushes
 * are d3's; the rest is plain SVG.
 */
export function TimelineChart({ items, articles, periods, whole, domain, setDomain }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const axis = useRef<SVGGElement>(null);
  const brushLayer = useRef<SVGGElement>(null);
  const [width, setWidth] = useState(600);
  const { select: selectItem } = useExplorer();
  const { selected } = useControls();
  const { path } = useHighlight();
  const { setHovered, setPath } = useSetHighlight();
  const { filter, setFilter } = useTime();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(200, entry?.contentRect.width ?? 600)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const scale = useMemo(() => scaleUtc().domain(domain).range([0, width]), [domain, width]);
  const unit = unitFor(domain);
  const bins = useApiGet<"timeline">(
    useAfterOpening(`/api/timeline?unit=${unit}&from=${isoDay(domain[0])}&to=${isoDay(domain[1])}`),
  );

  useEffect(() => {
    if (axis.current) select(axis.current).call(axisBottom(scale).ticks(Math.max(2, Math.floor(width / 90))));
  }, [scale, width]);

  // The brush: d3-brush draws and drags it; its end sets the filter's range (whole days).
  const brush = useMemo(
    () =>
      brushX<unknown>().extent([
        [0, EVENT_LANE - BRUSH],
        [width, EVENT_LANE],
      ]),
    [width],
  );
  useEffect(() => {
    const layer = brushLayer.current;
    if (!layer) return;
    brush.on("end", (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return; // moved by the code below, not by the user
      const pixels = event.selection as [number, number] | null;
      if (!pixels) {
        setFilter({ ...filter, from: null, to: null });
        return;
      }
      const days = daysOf([scale.invert(pixels[0]).getTime(), scale.invert(pixels[1]).getTime()]);
      setFilter({ ...filter, ...days });
    });
    select(layer).call(brush);
    const range = rangeOf(filter.from, filter.to);
    select(layer).call(brush.move, range ? [scale(range[0]), scale(range[1])] : null);
    return () => {
      brush.on("end", null);
    };
  }, [brush, scale, filter, setFilter]);

  const x = (t: number | null, open: number) => (t === null ? open : scale(t));
  const extent = (item: DatedItem): [number, number] => {
    const left = x(item.time.start, -4);
    return [left, Math.max(left + 4, x(item.time.end, width + 4))];
  };
  // Packed as drawn: an item off the frame holds the edge, and room for its date there.
  const labels = edgeLabels(items, domain);
  const packed = (item: DatedItem): [number, number] => {
    let [left, right] = extent(item).map((v) => Math.min(width + 4, Math.max(-4, v))) as [number, number];
    const label = labels.get(item.id);
    if (label?.left) right = Math.max(right, LABEL_ROOM);
    if (label?.right) left = Math.min(left, width - LABEL_ROOM);
    return [left, right];
  };
  const rows = packRows(items, packed, ROWS);
  const active = (item: DatedItem) =>
    item.id === selected || (item.ends !== undefined && selected !== null && item.ends.includes(selected));

  const hover = (item: DatedItem | null) => {
    if (!item) {
      setHovered(null);
      if (path?.nodes.size === 0) setPath(null);
      return;
    }
    if (item.kind === "node") setHovered(item.id);
    else setPath({ nodes: new Set(), relationships: new Set([item.id]) });
  };

  const onWheel = (event: WheelEvent) => {
    const at = scale.invert(event.nativeEvent.offsetX).getTime();
    const factor = event.deltaY > 0 ? 1.25 : 0.8;
    const next: [number, number] = [at - (at - domain[0]) * factor, at + (domain[1] - at) * factor];
    if (next[1] - next[0] >= 2 * DAY_MS && next[1] - next[0] <= 400 * 366 * DAY_MS) setDomain(next);
  };

  const binBars = (lane: { bin: string; count: number }[], top: number, height: number, name: string) => {
    const max = Math.max(1, ...lane.map((b) => b.count));
    return lane.flatMap((b) => {
      const period = parsePeriod(b.bin);
      if (!period) return [];
      const [left, right] = [scale(period.start), scale(period.end)];
      const h = (b.count / max) * height;
      return [
        <rect
          key={`${name} ${b.bin}`}
          className={`bin bin-${period.precision}`}
          x={left}
          y={top + height - h}
          width={Math.max(1, right - left - 0.5)}
          height={h}
        >
          <title>{`${b.bin}: ${b.count}`}</title>
        </rect>,
      ];
    });
  };

  const data = bins.state === "ready" ? bins.data : null;
  const range = rangeOf(filter.from, filter.to);
  return (
    <div className="timeline-chart" ref={box} onWheel={onWheel}>
      <TimelineOverview periods={periods} whole={whole} frame={domain} setFrame={setDomain} width={width} />
      <svg width={width} height={AXIS + EVENT_LANE + REPORT_LANE} role="img" aria-label="Timeline lanes">
        <g className="lane event-lane" aria-label="Event time">
          {data && binBars(data.event, 0, EVENT_LANE, "event")}
          {range && (
            <rect
              className="range"
              x={scale(range[0])}
              y={0}
              width={scale(range[1]) - scale(range[0])}
              height={EVENT_LANE}
            />
          )}
          <g ref={brushLayer} className="brush" aria-label="Brush a range of days here" />
          {items.map((item) => {
            const [left, right] = extent(item);
            const y = 4 + (rows.get(item.id) ?? 0) * ROW;
            const classes = [
              "item",
              item.kind,
              item.time.span ? "span" : "dated",
              active(item) ? "active" : "",
            ];
            if (item.time.start === null) classes.push("open-start");
            if (item.time.end === null) classes.push("open-end");
            return (
              <g
                key={item.id}
                className={classes.join(" ")}
                data-id={item.id}
                onMouseEnter={() => hover(item)}
                onMouseLeave={() => hover(null)}
                onClick={() => selectItem(item.id)}
              >
                <title>{`${item.label}: ${item.time.marks.map((m) => `${m.key} ${m.period.iso}`).join(", ")}`}</title>
                {item.time.span && (
                  <rect
                    className="extent"
                    x={left}
                    y={y + ROW * 0.35}
                    width={right - left}
                    height={ROW * 0.3}
                  />
                )}
                {item.time.marks.map((m) => {
                  const [a, b] = [scale(m.period.start), scale(m.period.end)];
                  return (
                    <rect
                      key={m.key}
                      className={`mark mark-${m.period.precision}`}
                      x={a}
                      y={y}
                      width={Math.max(3, b - a)}
                      height={ROW - 1}
                    />
                  );
                })}
                {labels.get(item.id)?.left && (
                  <text className="edge-label" x={2} y={y + ROW - 2}>
                    {labels.get(item.id)?.left}
                  </text>
                )}
                {labels.get(item.id)?.right && (
                  <text className="edge-label" x={width - 2} y={y + ROW - 2} textAnchor="end">
                    {labels.get(item.id)?.right}
                  </text>
                )}
              </g>
            );
          })}
        </g>
        <g className="lane report-lane" transform={`translate(0, ${EVENT_LANE})`} aria-label="Report time">
          <line className="lane-rule" x1={0} x2={width} y1={0} y2={0} />
          {data && binBars(data.report, 2, REPORT_LANE - 4, "report")}
          {articles.map((a) => {
            const period = parsePeriod(a.published);
            if (!period) return null;
            return (
              <rect
                key={a.slug}
                className={a.inView ? "article in-view" : "article"}
                x={scale(period.start)}
                y={4}
                width={Math.max(3, scale(period.end) - scale(period.start))}
                height={REPORT_LANE - 8}
              >
                <title>{`${a.title} (${languageName(a.language)}), published ${a.published}`}</title>
              </rect>
            );
          })}
        </g>
        <g ref={axis} className="axis" transform={`translate(0, ${EVENT_LANE + REPORT_LANE})`} />
      </svg>
    </div>
  );
}
