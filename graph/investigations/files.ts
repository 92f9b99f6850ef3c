import { createHash } from "node:crypto";
import { mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { INVESTIGATION_LIMITS, type Investigation, investigationSchema } from "../contract/investigations.ts";
import { NotPlainFile, readPlainFile } from "../corpus/plainFile.ts";
import { isSlug } from "../corpus/slugPattern.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { parseJsonText } from "../files/readJsonFile.ts";
import { InvestigationRefusal } from "./refusal.ts";

/** data/investigations: beside the folder of article folders (data/articles), like data/decisions. */
export function investigationsDir(articlesDir: string): string {
  return join(dirname(articlesDir), "investigations");
}

/** How a file is named in every sentence: never an absolute path. */
export const shownAs = (slug: string) => `data/investigations/${slug}.json`;

/** The revision of a file's bytes: the first 16 hex digits of their SHA-256. */
export function revisionOf(bytes: string | Buffer): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

export interface StoredInvestigation {
  investigation: Investigation;
  revision: string;
}

/** A file's investigation, checked against the contract; every fault is one sentence naming the file. */
export function parseInvestigation(bytes: Buffer, shown: string): Investigation {
  if (bytes.length > INVESTIGATION_LIMITS.bytes) {
    throw new InvestigationRefusal(
      `${shown} is larger than the ${INVESTIGATION_LIMITS.bytes} bytes an investigation may take.`,
    );
  }
  return parseJsonText(
    bytes.toString("utf8"),
    investigationSchema,
    shown,
    (m) => new InvestigationRefusal(m),
  );
}

/** The investigation `slug` and its revision, or undefined when there is no such file. */
export function readInvestigation(dir: string, slug: string): StoredInvestigation | undefined {
  if (!isSlug(slug)) {
    throw new InvestigationRefusal(
      `"${slug}" is not an investigation name (lower-case words joined by hyphens).`,
    );
  }
  let bytes: Buffer | undefined;
  try {
    bytes = readPlainFile(join(dir, `${slug}.json`), shownAs(slug));
  } catch (error) {
    if (error instanceof NotPlainFile) {
      throw new InvestigationRefusal(
        `${shownAs(slug)} is a ${error.kind}, not a plain file; it is not read.`,
      );
    }
    throw error;
  }
  if (!bytes) return undefined;
  return { investigation: parseInvestigation(bytes, shownAs(slug)), revision: revisionOf(bytes) };
}

/** Writes the investigation whole or not at all; returns its revision. */
export function writeInvestigation(dir: string, investigation: Investigation): string {
  mkdirSync(dir, { recursive: true });
  const bytes = `${JSON.stringify(investigation, null, 2)}\n`;
  writeFileWhole(join(dir, `${investigation.slug}.json`), bytes, { shownAs: shownAs(investigation.slug) });
  return revisionOf(bytes);
}

/** Every investigation in the folder, newest first, and a sentence for each file that could not be read. */
export function listInvestigations(dir: string): { found: Investigation[]; unreadable: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json") && isSlug(n.slice(0, -5)));
  } catch {
    return { found: [], unreadable: [] };
  }
  const found: Investigation[] = [];
  const unreadable: string[] = [];
  for (const name of names) {
    try {
      const stored = readInvestigation(dir, name.slice(0, -5));
      if (stored) found.push(stored.investigation);
    } catch (error) {
      if (!(error instanceof InvestigationRefusal)) throw error;
      unreadable.push(error.message);
    }
  }
  found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { found, unreadable };
}
