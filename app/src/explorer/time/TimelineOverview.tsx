import { brushX, type D3BrushEvent } from "d3-brush";
import { scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { useEffect, useMemo, useRef } from "react";
import type { Frame } from "./frame.ts";
import { DAY_MS } from "./timeScale.ts";

export const OVERVIEW = 18;

interface Props {
  /** Every dated value, drawn as a thin tick. */
  periods: readonly Frame[];
  /** The whole range (widened to the frame when the frame reaches further). */
  whole: Frame;
  frame: Frame;
  setFrame(frame: Frame): void;
  width: number;
}

const year = (ms: number) => String(new Date(ms).getUTCFullYear());

/**
 * The strip above the lanes: the whole range with every dated value, the
 * frame the lanes show as a box that d3-brush moves and resizes.
 */
export function TimelineOverview({ periods, whole, frame, setFrame, width }: Props) {
  const brushLayer = useRef<SVGGElement>(null);
  const domain: Frame = [Math.min(whole[0], frame[0]), Math.max(whole[1], frame[1])];
  const [from, to] = domain;
  const scale = useMemo(() => scaleUtc().domain([from, to]).range([0, width]), [from, to, width]);
  const brush = useMemo(
    () =>
      brushX<unknown>().extent([
        [0, 0],
        [width, OVERVIEW],
      ]),
    [width],
  );
  const [start, end] = frame;
  useEffect(() => {
    const layer = brushLayer.current;
    if (!layer) return;
    const shown: [number, number] = [scale(start), scale(end)];
    brush.on("end", (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return; // moved by the code, not by the user
      const pixels = event.selection as [number, number] | null;
      const next: Frame | null = pixels && [
        scale.invert(pixels[0]).getTime(),
        scale.invert(pixels[1]).getTime(),
      ];
      // A click without a drag clears d3's box: the frame stays, and so does its box.
      if (!next || next[1] - next[0] < 2 * DAY_MS) select(layer).call(brush.move, shown);
      else setFrame(next);
    });
    select(layer).call(brush);
    select(layer).call(brush.move, shown);
    return () => {
      brush.on("end", null);
    };
  }, [brush, scale, start, end, setFrame]);

  const first = Math.min(...periods.map((p) => p[0]));
  const last = Math.max(...periods.map((p) => p[1] - 1));
  return (
    <svg
      className="timeline-overview"
      width={width}
      height={OVERVIEW}
      aria-label="Overview of the whole range"
    >
      <rect className="overview-ground" x={0} y={0} width={width} height={OVERVIEW} />
      {periods.map(([a], i) => (
        <line key={i} className="overview-tick" x1={scale(a)} x2={scale(a)} y1={4} y2={OVERVIEW - 4} />
      ))}
      <text className="overview-end" x={3} y={OVERVIEW - 5}>
        {year(first)}
      </text>
      <text className="overview-end" x={width - 3} y={OVERVIEW - 5} textAnchor="end">
        {year(last)}
      </text>
      <g ref={brushLayer} className="frame-brush" aria-label="Brush the frame here" />
    </svg>
  );
}
