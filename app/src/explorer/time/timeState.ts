import { createContext, useContext } from "react";
import type { TimeFilter, TimeHidden } from "./timeFilter.ts";

/** The time filter as the canvas, the timeline and the exports see it. */
export interface TimeState {
  /** The filter in force: the view's, or the step a playing timeline shows. */
  filter: TimeFilter;
  /** Sets the view's filter (an undoable view change). */
  setFilter(filter: TimeFilter): void;
  /** Shows a filter without recording it (the play button's steps); null goes back to the view's. */
  preview(filter: TimeFilter | null): void;
  hidden: TimeHidden;
  /** Why the link's time filter was not used, or null. */
  problem: string | null;
}

export const TimeContext = createContext<TimeState | null>(null);

export function useTime(): TimeState {
  const time = useContext(TimeContext);
  if (!time) throw new Error("useTime is used outside the explorer.");
  return time;
}
