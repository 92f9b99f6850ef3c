import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { NoteHit } from "../contract/investigations.ts";
import { isSlug } from "../corpus/slugPattern.ts";
import { foldedWords, searchWords } from "../lexical/searchWords.ts";
import { readInvestigation } from "./files.ts";
import { noteTargetCaption } from "./noteTarget.ts";
import { InvestigationRefusal } from "./refusal.ts";

interface IndexedNote {
  hit: NoteHit;
  written: string;
  words: string[];
}

interface FileNotes {
  mtimeMs: number;
  size: number;
  notes: IndexedNote[];
}

const EXCERPT = 160;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/**
 * The notes of the saved investigations, for search. Notes live in the
 * investigation files (data/investigations), not in Neo4j, so they are read
 * from there; a file is read again only when its modification time or size
 * changed. A note matches when each word typed is the start of a word of its
 * text (case and accents folded, as the entity search folds them).
 */
export class NoteIndex {
  private readonly files = new Map<string, FileNotes>();

  constructor(private readonly dir: string) {}

  private notesOf(name: string): IndexedNote[] {
    const path = join(this.dir, name);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return [];
    }
    const cached = this.files.get(name);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.notes;
    let notes: IndexedNote[] = [];
    try {
      const stored = readInvestigation(this.dir, name.slice(0, -".json".length));
      const investigation = stored?.investigation;
      notes = (investigation?.notes ?? []).map((note) => ({
        written: note.written,
        words: foldedWords(note.text),
        hit: {
          investigation: investigation!.slug,
          investigationName: investigation!.name,
          note: note.id,
          on: note.on,
          caption: noteTargetCaption(investigation!, note),
          excerpt: excerpt(note.text),
        },
      }));
    } catch (error) {
      // An unreadable file is named by the Investigations list; search just finds nothing in it.
      if (!(error instanceof InvestigationRefusal)) throw error;
    }
    this.files.set(name, { mtimeMs: stats.mtimeMs, size: stats.size, notes });
    return notes;
  }

  /** The notes whose text holds every word of `query` (as word starts), newest first, at most `limit`. */
  search(query: string, limit: number): NoteHit[] {
    const wanted = searchWords(query);
    if (wanted.length === 0) return [];
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith(".json") && isSlug(n.slice(0, -5)));
    } catch {
      return [];
    }
    for (const name of this.files.keys()) if (!names.includes(name)) this.files.delete(name);
    const matches = names
      .flatMap((name) => this.notesOf(name))
      .filter((n) => wanted.every((w) => n.words.some((word) => word.startsWith(w))));
    matches.sort((a, b) => b.written.localeCompare(a.written));
    return matches.slice(0, limit).map((n) => n.hit);
  }
}
