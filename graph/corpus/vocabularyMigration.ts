import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { UserFacingError } from "../config/userError.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { type TypeChange, migrateRelations } from "../model/vocabulary/migration.ts";
import type { Properties } from "../model/values.ts";
import { ARTICLE_FILES } from "./articleFiles.ts";

/** What migrating one file of one article folder changes, and the file it would write. */
export interface FileMigration {
  article: string;
  file: typeof ARTICLE_FILES.annotation | typeof ARTICLE_FILES.draft;
  path: string;
  changes: TypeChange[];
  content: string;
}

interface RelationsFile {
  relations?: { type: string; properties?: Properties; trigger?: string }[];
}

/**
 * The migration of every article folder's annotation.json and draft.json
 * onto the vocabulary; only files with a change are listed. Reads, never
 * writes: writeMigration does that. A draft relation keeps its trigger
 * field, and gets the old type as one when it had none.
 */
export function planMigration(articlesDir: string, additions: readonly string[] = []): FileMigration[] {
  const plans: FileMigration[] = [];
  const folders = existsSync(articlesDir) ? readdirSync(articlesDir, { withFileTypes: true }) : [];
  for (const entry of folders.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    for (const file of [ARTICLE_FILES.annotation, ARTICLE_FILES.draft] as const) {
      const path = join(articlesDir, entry.name, file);
      if (!existsSync(path)) continue;
      let data: RelationsFile;
      try {
        data = JSON.parse(readFileSync(path, "utf8")) as RelationsFile;
      } catch (error) {
        throw new UserFacingError(`${entry.name}/${file} is not valid JSON (${(error as Error).message}).`);
      }
      if (!Array.isArray(data.relations)) continue;
      const { relations, changes } = migrateRelations(data.relations, additions);
      if (changes.length === 0) continue;
      const migrated = relations.map((r, i) =>
        file === ARTICLE_FILES.draft && r !== data.relations![i] && r.trigger === undefined
          ? { ...r, trigger: String(r.properties?.trigger ?? "") }
          : r,
      );
      plans.push({
        article: entry.name,
        file,
        path,
        changes,
        content: `${JSON.stringify({ ...data, relations: migrated }, null, 2)}\n`,
      });
    }
  }
  return plans;
}

/** Writes each planned file whole or not at all. */
export function writeMigration(plans: readonly FileMigration[]): void {
  for (const p of plans) writeFileWhole(p.path, p.content, { shownAs: `${p.article}/${p.file}` });
}
