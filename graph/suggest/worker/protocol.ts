import type { MessagePort } from "node:worker_threads";
import type { Draft } from "../../model/draft.ts";

/** What the main thread asks a suggestion worker to do: suggest a draft for one text. */
export interface SuggestTask {
  text: string;
  nlpUrl: string | null;
  referenceDate: string | undefined;
  /** The article's language tag (SuggestContext.language). */
  language: string | undefined;
  /** Merged ids and the ids they were merged into (SuggestContext.sameAs). */
  sameAs: Record<string, string> | undefined;
  /** Where the worker sends its graph reads; absent: no graph to link to. */
  graph: MessagePort | undefined;
}

export type SuggestAnswer =
  { ok: true; draft: Draft; lines: string[] } | { ok: false; name: string; message: string };

/** A graph read asked by the worker, and the main thread's answer (rows as keys and fields). */
export interface ReadAsk {
  id: number;
  name: string;
  params: Record<string, unknown> | undefined;
}
export type ReadAnswer =
  | { id: number; ok: true; rows: { keys: string[]; fields: unknown[] }[] }
  | { id: number; ok: false; message: string };
