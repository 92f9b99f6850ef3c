import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import {
  INVESTIGATION_EXPORT_LIMITS,
  type ImportInvestigationResponse,
  type InvestigationExport,
  investigationExportSchema,
} from "../contract/investigationExport.ts";
import { articlePaths } from "../corpus/articleFiles.ts";
import { withFolderLock } from "../corpus/folderLock.ts";
import { NotPlainFile, readPlainFile } from "../corpus/plainFile.ts";
import { freeSlug } from "../corpus/slug.ts";
import { parseJsonText } from "../files/readJsonFile.ts";
import { syncFolder, writeFileWhole } from "../files/writeWhole.ts";
import { readArticles } from "../loader/load.ts";
import { ValidationError } from "../loader/problems.ts";
import { readInvestigation, writeInvestigation } from "./files.ts";
import { InvestigationRefusal } from "./refusal.ts";

const NOTHING = "nothing was imported";

/** An export file's bytes checked against the format; every fault is one sentence naming the place. */
export function parseInvestigationExport(bytes: Buffer, shown: string): InvestigationExport {
  const max = INVESTIGATION_EXPORT_LIMITS.bytes;
  if (bytes.length > max) {
    throw new InvestigationRefusal(
      `${shown} is larger than the ${max} bytes an investigation export may take.`,
    );
  }
  return parseJsonText(
    bytes.toString("utf8"),
    investigationExportSchema,
    shown,
    (m) => new InvestigationRefusal(m),
  );
}

/** An article folder's text, or undefined when the folder has none (or is not there). */
function textIn(dir: string, slug: string): string | undefined {
  try {
    return readPlainFile(articlePaths(dir).text, slug)?.toString("utf8");
  } catch (error) {
    if (error instanceof NotPlainFile) return undefined;
    throw error;
  }
}

export interface ImportPlaces {
  articlesDir: string;
  investigationsDir: string;
  /** Loads article folders into Neo4j in one transaction (the loader): all of them or none. */
  load(dirs: readonly string[]): Promise<void>;
}

/**
 * Imports an export: checks every article against data/articles first (one
 * already there with the same text is kept; with another text the whole
 * import is refused), validates the new ones as the loader would, then writes
 * their folders, the investigation file, and loads the new articles. Any
 * failure removes what it wrote, so a refused import leaves data/ and Neo4j
 * as they were. An investigation slug taken by a different investigation is
 * imported under the next free slug (name-2, ...).
 */
export function importInvestigation(
  exported: InvestigationExport,
  places: ImportPlaces,
): Promise<ImportInvestigationResponse> {
  const { articlesDir, investigationsDir } = places;
  return withFolderLock(articlesDir, async () => {
    const written: string[] = [];
    const kept: string[] = [];
    for (const article of exported.articles) {
      const dir = join(articlesDir, article.slug);
      if (!existsSync(dir)) written.push(article.slug);
      else if (textIn(dir, article.slug) === article.text) kept.push(article.slug);
      else {
        throw new InvestigationRefusal(
          `The article "${article.slug}" is already in data/articles with a different text; ${NOTHING}.`,
          "conflict",
        );
      }
    }
    const { investigation } = exported;
    const same = sameInvestigation(investigationsDir, investigation);
    const slug = same
      ? investigation.slug
      : freeSlug(investigation.slug, (s) => existsSync(join(investigationsDir, `${s}.json`)));
    mkdirSync(articlesDir, { recursive: true });
    // Hidden, and named as an interrupted add's folder is, so that a killed import is swept the same way.
    const staging = mkdtempSync(join(articlesDir, ".adding-import-"));
    const moved: string[] = [];
    let wroteInvestigation = false;
    try {
      const bySlug = new Map(exported.articles.map((a) => [a.slug, a]));
      const staged = written.map((s) => {
        const article = bySlug.get(s)!;
        const dir = join(staging, s);
        mkdirSync(dir);
        const paths = articlePaths(dir);
        writeFileWhole(paths.text, article.text, { shownAs: `${s}/article.txt` });
        writeFileWhole(paths.annotation, article.annotation, { shownAs: `${s}/annotation.json` });
        writeFileWhole(paths.meta, article.meta, { shownAs: `${s}/meta.json` });
        return dir;
      });
      checkArticles(staged);
      for (const dir of staged) {
        const target = join(articlesDir, basename(dir));
        renameSync(dir, target);
        moved.push(target);
      }
      if (moved.length > 0) syncFolder(articlesDir);
      if (!same) {
        writeInvestigation(investigationsDir, { ...investigation, slug });
        wroteInvestigation = true;
      }
      if (moved.length > 0) await places.load(moved);
    } catch (error) {
      for (const dir of moved) rmSync(dir, { recursive: true, force: true });
      if (wroteInvestigation) rmSync(join(investigationsDir, `${slug}.json`), { force: true });
      throw error;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return { slug, renamedFrom: slug === investigation.slug ? null : investigation.slug, written, kept };
  });
}

/** True when the investigation's slug already holds this very investigation (an export imported again). */
function sameInvestigation(dir: string, investigation: InvestigationExport["investigation"]): boolean {
  try {
    const current = readInvestigation(dir, investigation.slug);
    return current !== undefined && JSON.stringify(current.investigation) === JSON.stringify(investigation);
  } catch (error) {
    if (error instanceof InvestigationRefusal) return false;
    throw error;
  }
}

/** The new articles read and validated as the loader reads them; the first problem refuses the import. */
function checkArticles(dirs: readonly string[]): void {
  if (dirs.length === 0) return;
  try {
    readArticles(dirs, { storeProvenance: false });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const problem = error.problems[0]!;
    // The loader names the staging folder; the user knows the article by its slug and file.
    const file = problem.file.split(/[\\/]/).slice(-2).join("/");
    const where = problem.entry ? `${file}, ${problem.entry}` : file;
    throw new InvestigationRefusal(
      `The exported article ${where} is not valid: ${problem.message} (${NOTHING}).`,
    );
  }
}
