import { createContext, useContext } from "react";
import type { Note } from "../../../../graph/contract/investigations.ts";
import type { GraphRelationship } from "../../../../graph/model/graphJson.ts";

/** The investigation the explorer shows, as last saved or opened (notes name today's element ids). */
export interface OpenInvestigation {
  slug: string;
  name: string;
  description: string;
  revision: string;
  notes: Note[];
}

/** Another save came first: both versions, and how to go on. */
export interface SaveConflict {
  message: string;
  saved: { name: string; savedAt: string; nodes: number; notes: number } | null;
  sent: { name: string; nodes: number; notes: number };
  /** Saves this view over the other one, now that the user has seen both. */
  overwrite(): Promise<void>;
}

export interface InvestigationState {
  current: OpenInvestigation | null;
  /** What opening found changed: the gone entities (a sentence) and the relationships new since. */
  offer: { gone: string | null; fresh: GraphRelationship[] } | null;
  conflict: SaveConflict | null;
  /** The last outcome ("Saved.", a refusal), or null. */
  message: string | null;
  /** Opens a saved investigation; `select` (an element id as saved in it) is selected instead of its saved selection. */
  open(slug: string, select?: string | null): Promise<void>;
  save(details: { name: string; description: string }, asNew: boolean): Promise<boolean>;
  addNote(note: Omit<Note, "id" | "written">): Promise<boolean>;
  addFresh(): void;
  dismiss(): void;
}

export const InvestigationContext = createContext<InvestigationState | null>(null);

export function useInvestigation(): InvestigationState {
  const state = useContext(InvestigationContext);
  if (!state) throw new Error("useInvestigation is used outside the explorer.");
  return state;
}
