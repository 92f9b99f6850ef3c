import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { displayPath } from "../corpus/displayPath.ts";
import { fetchPage } from "./fetchPage.ts";
import { MAX_SOURCE_BYTES, limitBytes, megabytes } from "./limits.ts";
import { AddRefusal } from "./refusal.ts";
import { SOURCE_EXTENSIONS, type SourceKind, kindOfName } from "./sourceKind.ts";

/** Where an article comes from: a file, a page, an upload from the app, or pasted text. */
export type AddSource =
  | { from: "path"; path: string }
  | { from: "url"; url: string }
  | { from: "upload"; name: string; bytes: Uint8Array }
  | { from: "text"; text: string }
  /** Read elsewhere already, such as the text a feed item carries. */
  | { from: "read"; input: ReadInput };

/** The input's bytes as received, what they are, and how to name them in messages and meta.json. */
export interface ReadInput {
  bytes: Uint8Array;
  kind: SourceKind;
  /** Names the input at the start of a sentence ("notes.txt", "https://…", "The pasted article"). */
  where: string;
  /** Starts meta.json's attribution: how the text came in. */
  origin: string;
  /** Host name of the page, for a publisher fallback. */
  host?: string;
}

const EXTENSIONS = SOURCE_EXTENSIONS.join(", ");

function kindOf(name: string, where: string): SourceKind {
  const kind = kindOfName(name);
  if (!kind) throw new AddRefusal(`${where} is not a text, HTML or Markdown file (expected ${EXTENSIONS}).`);
  return kind;
}

function checkSize(size: number, where: string): void {
  if (size > MAX_SOURCE_BYTES) {
    throw new AddRefusal(
      `${where} is ${megabytes(size)}; a file or page may have at most ${limitBytes(MAX_SOURCE_BYTES)}.`,
    );
  }
}

/** The size of a file to read, refusing what is not a readable file in one sentence. */
export function fileSize(path: string): number {
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new AddRefusal(`${displayPath(path)} is not a file.`);
    return stats.size;
  } catch (error) {
    if (error instanceof AddRefusal) throw error;
    throw new AddRefusal(`${displayPath(path)} does not exist or cannot be read.`);
  }
}

function readPath(path: string): ReadInput {
  const size = fileSize(path);
  const kind = kindOf(path, path);
  checkSize(size, path);
  return {
    bytes: readFileSync(path),
    kind,
    where: displayPath(path),
    origin: `From the file ${basename(path)}`,
  };
}

async function readUrl(url: string): Promise<ReadInput> {
  const page = await fetchPage(url);
  const host = new URL(page.finalUrl).hostname.replace(/^www\./, "");
  return { bytes: page.bytes, kind: page.kind, where: url, origin: `Fetched from ${page.finalUrl}`, host };
}

/** Reads the input, refusing what is not a file or page of a known kind, or too large to read. */
export async function readInput(source: AddSource): Promise<ReadInput> {
  switch (source.from) {
    case "path":
      return readPath(source.path);
    case "url":
      return readUrl(source.url);
    case "upload": {
      const where = source.name;
      const kind = kindOf(source.name, where);
      checkSize(source.bytes.byteLength, where);
      return {
        bytes: source.bytes,
        kind,
        where,
        origin: `Uploaded in the app as the file ${basename(source.name)}`,
      };
    }
    case "read":
      checkSize(source.input.bytes.byteLength, source.input.where);
      return source.input;
    case "text": {
      const bytes = Buffer.from(source.text, "utf8");
      checkSize(bytes.byteLength, "The pasted article");
      return { bytes, kind: "txt", where: "The pasted article", origin: "Pasted in the app" };
    }
  }
}

/** A command-line argument: an http(s) address, or a file path. Other schemes are refused. */
export function sourceFromArgument(argument: string): AddSource {
  if (/^https?:\/\//i.test(argument)) return { from: "url", url: argument };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(argument)) {
    throw new AddRefusal(`${argument} is not an http(s) address or a file path.`);
  }
  return { from: "path", path: argument };
}
