import { type ReactNode, useEffect, useMemo, useState } from "react";
import { apiPost } from "../../api.ts";
import { useControls } from "../controls.ts";
import { sourcesHidden } from "../legend/minSources.ts";
import { decodeTimeFilter, type Reported, type TimeFilter, timeHidden } from "./timeFilter.ts";
import type { Frame } from "./frame.ts";
import { decodeFrame } from "./frameParam.ts";
import { FrameContext, type FrameState } from "./frameState.ts";
import { TimeContext, type TimeState } from "./timeState.ts";

const empty: Reported = { entities: {}, articles: {} };

/** What the view's items are reported by: asked of the server only while an as-of day is set. */
function useReported(asOf: string | null): Reported | null {
  const { view } = useControls();
  const [reported, setReported] = useState<Reported>(empty);
  useEffect(() => {
    if (asOf === null) return;
    const entityIds = Object.values(view.nodes)
      .map((n) => n.properties.id)
      .filter((id): id is string => typeof id === "string" && !(id in reported.entities));
    const slugs = [
      ...new Set(
        Object.values(view.relationships)
          .map((r) => r.properties.article)
          .filter((s): s is string => typeof s === "string" && !(s in reported.articles)),
      ),
    ];
    if (entityIds.length === 0 && slugs.length === 0) return;
    const controller = new AbortController();
    apiPost<"timelineReported">("/api/timeline/reported", { entityIds, slugs }, controller.signal)
      .then((more) => {
        // An id no article annotates is known too (never reported): it stays shown.
        const none = Object.fromEntries(entityIds.map((id) => [id, ""]));
        setReported((r) => ({
          entities: { ...r.entities, ...none, ...more.entities },
          articles: { ...r.articles, ...more.articles },
        }));
      })
      // The connection banner tells of failures; what is not known yet stays shown.
      .catch(() => undefined);
    return () => controller.abort();
  }, [asOf, view, reported]);
  return asOf === null ? null : reported;
}

/**
 * Holds the time filter's derived state: what it hides in the view, with the
 * relationships the legend's sources filter hides (the canvas and the exports
 * leave out both); and the timeline's frame, first from the link.
 */
export function TimeProvider({ children }: { children: ReactNode }) {
  const { view, dispatch, minSources } = useControls();
  const [previewed, setPreviewed] = useState<TimeFilter | null>(null);
  const [problem] = useState(() => decodeTimeFilter(window.location.search).problem);
  const filter = previewed ?? view.timeFilter;
  const reported = useReported(filter.asOf);
  const hidden = useMemo(() => {
    const byTime = timeHidden(view.nodes, view.relationships, filter, reported);
    const bySources = sourcesHidden(view.relationships, minSources);
    if (bySources.size === 0) return byTime;
    return { nodes: byTime.nodes, relationships: new Set([...byTime.relationships, ...bySources]) };
  }, [view.nodes, view.relationships, filter, reported, minSources]);
  const time = useMemo<TimeState>(
    () => ({
      filter,
      setFilter: (next) => {
        setPreviewed(null);
        dispatch({ type: "timeFilter", filter: next });
      },
      preview: setPreviewed,
      hidden,
      problem,
    }),
    [filter, dispatch, hidden, problem],
  );
  const [linked] = useState(() => decodeFrame(window.location.search));
  const [frame, setFrame] = useState<Frame | null>(linked.frame);
  const framed = useMemo<FrameState>(
    () => ({ frame, setFrame, problem: linked.problem }),
    [frame, linked.problem],
  );
  return (
    <TimeContext.Provider value={time}>
      <FrameContext.Provider value={framed}>{children}</FrameContext.Provider>
    </TimeContext.Provider>
  );
}
