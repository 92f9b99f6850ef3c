import { createContext, useContext } from "react";

/** Which article the reader shows and whether it is open; the Articles panel opens one in it. */
export interface ReaderState {
  open: boolean;
  /** The article chosen, or null for the newest. */
  slug: string | null;
  toggle(): void;
  /** Opens the reader on an article. */
  show(slug: string): void;
}

export const ReaderContext = createContext<ReaderState | null>(null);

export function useReader(): ReaderState {
  const reader = useContext(ReaderContext);
  if (!reader) throw new Error("useReader is used outside the explorer.");
  return reader;
}
