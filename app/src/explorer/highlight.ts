import { createContext, useContext } from "react";

/** A path to highlight: its nodes and relationships. */
export interface Highlight {
  nodes: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

/**
 * What is highlighted on the canvas right now. It changes on every hover, so
 * it lives apart from the explorer's controls: only what draws it (the
 * reducers) re-renders when the pointer moves.
 */
export interface HighlightState {
  hovered: string | null;
  path: Highlight | null;
}

/** The setters never change, so the components that only set do not re-render on hover. */
export interface HighlightSetters {
  setHovered(id: string | null): void;
  setPath(path: Highlight | null): void;
}

export const HighlightContext = createContext<HighlightState | null>(null);
export const HighlightSettersContext = createContext<HighlightSetters | null>(null);

export function useHighlight(): HighlightState {
  const state = useContext(HighlightContext);
  if (!state) throw new Error("useHighlight is used outside the explorer.");
  return state;
}

export function useSetHighlight(): HighlightSetters {
  const setters = useContext(HighlightSettersContext);
  if (!setters) throw new Error("useSetHighlight is used outside the explorer.");
  return setters;
}
