import { basename } from "node:path";
import { existsSync, statSync } from "node:fs";
import { NotPlainFile, checkPlainFile, readPlainFile } from "../corpus/plainFile.ts";
import { displayPath } from "../corpus/displayPath.ts";
import type { z } from "zod";
import { type Annotation, type Metadata, annotationSchema, metadataSchema } from "../model/annotation.ts";
import { TextInputError, decodeUtf8Text } from "../text/decode.ts";
import { type Problem, ValidationError } from "./problems.ts";
import { articlePaths } from "../corpus/articleFiles.ts";
import type { Provenance } from "../provenance/provenance.ts";

export interface ArticleInput {
  dir: string;
  /** File names as shown to the user (relative to the working directory). */
  files: { meta: string; annotation: string; text: string };
  meta: Metadata;
  annotation: Annotation;
  text: string;
  /** Where its wording comes from and the independent source it counts as (see attachProvenance). */
  provenance?: Provenance;
}

function pathLabel(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** Names the entry a schema issue is about: `relations[3] "goita-met-putin"`, then the field. */
function locate(data: unknown, path: readonly PropertyKey[]): { entry: string; field: string } {
  const [collection, index, ...rest] = path;
  if (typeof collection === "string" && typeof index === "number") {
    const item = (data as Record<string, unknown[]> | undefined)?.[collection]?.[index];
    const id = (item as { id?: unknown } | undefined)?.id;
    const entry = `${collection}[${index}]${typeof id === "string" ? ` "${id}"` : ""}`;
    return { entry, field: pathLabel(rest) };
  }
  return { entry: "", field: pathLabel(path) };
}

/** The largest article.txt the loader accepts: 2 MiB (a long report is about 100 KB). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * A plain file's bytes; a missing file, one over `maxBytes`, or an entry that
 * is not a plain file (a link, a folder, a pipe: never followed nor opened) is
 * a problem instead.
 */
function readBytes(file: string, problems: Problem[], maxBytes?: number): Buffer | undefined {
  const shown = displayPath(file);
  const problem = (message: string) => {
    problems.push({ file: shown, entry: "", message });
    return undefined;
  };
  try {
    if (!checkPlainFile(file, shown)) return problem("the file is missing.");
    const size = statSync(file).size;
    if (maxBytes !== undefined && size > maxBytes) {
      return problem(
        `the article is ${size.toLocaleString("en")} bytes, over the loader's limit of ${maxBytes.toLocaleString("en")} bytes (2 MiB): split it into several articles.`,
      );
    }
    return readPlainFile(file, shown) ?? problem("the file is missing.");
  } catch (error) {
    if (!(error instanceof NotPlainFile)) throw error;
    return problem(
      `is a ${error.kind}, not a plain file; Dossier reads only plain files in article folders.`,
    );
  }
}

/** A file's text, strictly UTF-8 (a BOM is dropped); undefined with a problem when it is not. */
function readText(file: string, problems: Problem[], maxBytes?: number): string | undefined {
  const bytes = readBytes(file, problems, maxBytes);
  if (bytes === undefined) return undefined;
  try {
    return decodeUtf8Text(bytes, displayPath(file));
  } catch (error) {
    if (!(error instanceof TextInputError)) throw error;
    problems.push({ file: displayPath(file), entry: "", message: afterFile(error.message, file) });
    return undefined;
  }
}

/** decodeUtf8Text's sentence without the leading file name, which the problem line shows already. */
function afterFile(message: string, file: string): string {
  const shown = displayPath(file);
  return message.startsWith(`${shown} `) ? message.slice(shown.length + 1) : message;
}

function readArticleText(file: string, problems: Problem[]): string {
  const text = readText(file, problems, MAX_ARTICLE_BYTES);
  if (text !== undefined && text.trim() === "") {
    problems.push({
      file: displayPath(file),
      entry: "",
      message: "the article is empty: it holds no text to load.",
    });
    return "";
  }
  return text ?? "";
}

/** A JSON file parsed with `schema`; every problem (missing, not JSON, each schema issue at its entry) goes to `problems`. */
export function parseJsonFile<T>(file: string, schema: z.ZodType<T>, problems: Problem[]): T | undefined {
  const shown = displayPath(file);
  const text = readText(file, problems);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ file: shown, entry: "", message: `is not valid JSON (${(error as Error).message}).` });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { entry, field } = locate(data, issue.path);
    const message = field ? `${field} ${issue.message}` : issue.message;
    problems.push({ file: shown, entry, message: `${message.replace(/\.$/, "")}.` });
  }
  return undefined;
}

/** Reads one article folder; schema problems are collected, not thrown one by one. */
export function readArticle(dir: string): ArticleInput {
  const paths = articlePaths(dir);
  const files = {
    meta: displayPath(paths.meta),
    annotation: displayPath(paths.annotation),
    text: displayPath(paths.text),
  };
  const problems: Problem[] = [];
  if (!existsSync(dir)) {
    throw new ValidationError([{ file: displayPath(dir), entry: "", message: "no such article folder." }]);
  }
  const meta = parseJsonFile(paths.meta, metadataSchema, problems);
  const annotation = parseJsonFile(paths.annotation, annotationSchema, problems);
  const text = readArticleText(paths.text, problems);
  if (meta && meta.slug !== basename(dir)) {
    problems.push({
      file: files.meta,
      entry: "slug",
      message: `"${meta.slug}" must equal the folder name "${basename(dir)}".`,
    });
  }
  if (problems.length > 0 || !meta || !annotation) throw new ValidationError(problems);
  return { dir, files, meta, annotation, text };
}
