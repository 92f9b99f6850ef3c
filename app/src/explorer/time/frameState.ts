import { createContext, useContext } from "react";
import type { Frame } from "./frame.ts";

/**
 * The stretch of time the timeline shows, apart from the time filter: moving
 * it changes what is looked at, not what the view holds (no undo step), and
 * its own context keeps a zoom from re-rendering the graph.
 */
export interface FrameState {
  /** The frame chosen by the user or the link; null: the opening frame, from what is on screen. */
  frame: Frame | null;
  setFrame(frame: Frame | null): void;
  /** Why the link's frame was not used, or null. */
  problem: string | null;
}

export const FrameContext = createContext<FrameState | null>(null);

export function useFrame(): FrameState {
  const frame = useContext(FrameContext);
  if (!frame) throw new Error("useFrame is used outside the explorer.");
  return frame;
}
