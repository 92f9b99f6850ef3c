import { useEffect, useState } from "react";
import type { SearchResponse } from "../../../../graph/contract/explorer.ts";
import { apiGet } from "../../api.ts";
import { isAbort, useConnection } from "../connection/connection.ts";

/** Waits this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 150;

export type Hit = SearchResponse["hits"][number];
export type NoteHit = SearchResponse["notes"][number];

interface Suggestions {
  hits: Hit[];
  /** Notes of saved investigations whose text matches. */
  notes: NoteHit[];
  error: string | null;
}

/** Suggestions from /api/search for what is typed, newest query wins. */
export function useSuggestions(query: string, limit = 8): Suggestions {
  const { generation } = useConnection();
  const [answer, setAnswer] = useState<Suggestions & { query: string }>({
    query: "",
    hits: [],
    notes: [],
    error: null,
  });
  const trimmed = query.trim();
  // After an outage the same text is asked again.
  const key = `${generation} ${trimmed}`;

  useEffect(() => {
    if (trimmed.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      apiGet<"search">(`/api/search?q=${encodeURIComponent(trimmed)}&limit=${limit}`, controller.signal)
        .then((response) =>
          setAnswer({ query: key, hits: response.hits, notes: response.notes, error: null }),
        )
        .catch((error: unknown) => {
          if (isAbort(error)) return;
          setAnswer({
            query: trimmed,
            hits: [],
            notes: [],
            error: error instanceof Error ? error.message : "Search failed.",
          });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, key, limit]);

  return trimmed.length > 0 && answer.query === key ? answer : { hits: [], notes: [], error: null };
}
