import { existsSync, readdirSync } from "node:fs";
import { basename } from "node:path";
import { articlePaths } from "../corpus/articleFiles.ts";
import { NotPlainFile, readPlainFile } from "../corpus/plainFile.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { metadataSchema } from "../model/annotation.ts";
import type { ProvenanceMeta } from "./provenance.ts";
import { type StoredProvenance, storedProvenanceSchema } from "./stored.ts";

/** What provenance needs of one article folder. */
export interface CorpusFolder {
  slug: string;
  dir: string;
  title: string;
  text: string;
  meta: ProvenanceMeta;
  /** provenance.json, when the folder has a valid one. */
  stored: StoredProvenance | null;
}

/** The names of the article folders under the root, in name order; hidden ones (being written) are left out. */
export function corpusFolderNames(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("."))
    .map((d) => d.name)
    .sort();
}

function plain(file: string): string | undefined {
  try {
    return readPlainFile(file, basename(file))?.toString("utf8");
  } catch (error) {
    if (error instanceof NotPlainFile) return undefined;
    throw error;
  }
}

function json(file: string): unknown {
  const text = plain(file);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The day the attribution says the article was added ("..., added on 2026-12-07."). */
function addedDay(attribution: string): string | undefined {
  return /\badded on (\d{4}-\d{2}-\d{2})\b/.exec(attribution)?.[1];
}

/** The address the attribution records ("..., published at https://...,"), if any. */
function urlOf(attribution: string): string | undefined {
  return /\bpublished at (https?:\/\/[^\s,]+)/.exec(attribution)?.[1];
}

/**
 * One article folder as provenance reads it; null when its text or meta.json
 * is missing or not valid (the loader reports those; here they are just not
 * part of the corpus). An invalid provenance.json counts as none.
 */
export function readCorpusFolder(dir: string): CorpusFolder | null {
  const paths = articlePaths(dir);
  const text = plain(paths.text);
  const meta = metadataSchema.safeParse(json(paths.meta));
  if (text === undefined || !meta.success) return null;
  const stored = storedProvenanceSchema.safeParse(json(paths.provenance));
  return {
    slug: basename(dir),
    dir,
    title: meta.data.title,
    text: text.replace(/^\uFEFF/, ""),
    meta: {
      publisher: meta.data.publisher,
      published: meta.data.published?.date,
      url: urlOf(meta.data.attribution),
      added: addedDay(meta.data.attribution),
    },
    stored: stored.success ? stored.data : null,
  };
}

/** provenance.json's text. */
export function provenanceJson(stored: StoredProvenance): string {
  return `${JSON.stringify(stored, null, 2)}\n`;
}

/** Writes provenance.json into an article folder, whole or not at all. */
export function writeProvenanceFile(dir: string, stored: StoredProvenance): void {
  writeFileWhole(articlePaths(dir).provenance, provenanceJson(stored));
}
