import { extname } from "node:path";

/** What an added file or page is: plain text, an HTML page, or Markdown. */
export type SourceKind = "txt" | "html" | "md";

const BY_EXTENSION: Record<string, SourceKind> = {
  ".txt": "txt",
  ".text": "txt",
  ".html": "html",
  ".htm": "html",
  ".md": "md",
  ".markdown": "md",
};

export const SOURCE_EXTENSIONS = Object.keys(BY_EXTENSION);

/** The kind a file name's extension says, if it is one Dossier reads. */
export function kindOfName(name: string): SourceKind | undefined {
  return BY_EXTENSION[extname(name).toLowerCase()];
}

/** The kind a Content-Type header says; undefined when it says nothing usable. */
export function kindOfContentType(contentType: string | null): SourceKind | "other" | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  if (!type || type === "application/octet-stream") return undefined;
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/markdown" || type === "text/x-markdown") return "md";
  if (type === "text/plain") return "txt";
  return "other";
}

/** Name of the copy of the input kept beside article.txt. */
export function originalFileName(kind: SourceKind): string {
  return `original.${kind}`;
}
