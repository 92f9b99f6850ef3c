import { createHash } from "node:crypto";
import type { Record as Neo4jRecord } from "neo4j-driver";
import type { Draft } from "../model/draft.ts";

/** Named read statements from cypher/, as GraphDb.read runs them. */
export interface GraphReader {
  read(name: string, params?: Record<string, unknown>): Promise<Neo4jRecord[]>;
}

export interface SuggestContext {
  /** The graph to link entities to and take relationship types from; absent: no linking. */
  db?: GraphReader;
  /** One line per thing the user should know (an engine unreachable, a fallback taken). */
  log?: (line: string) => void;
}

export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Suggests a draft annotation for an article text. Never fails because an
 * engine is unavailable: it falls back and says so in `notes` and `log`.
 * (Engine work in progress: this first version returns an empty draft.)
 */
export async function suggestDraft(text: string, context: SuggestContext = {}): Promise<Draft> {
  void context;
  return { textHash: textHash(text), engines: [], notes: [], entities: [], relations: [] };
}
