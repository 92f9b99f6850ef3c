import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserFacingError } from "../config/userError.ts";
import { readJsonFile } from "../files/readJsonFile.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import {
  type VocabularyAddition,
  type VocabularyFile,
  vocabularyFileSchema,
} from "../model/vocabulary/vocabulary.ts";
import { defaultArticlesDir } from "./articlesDir.ts";

/** How the file is named in messages. */
const SHOWN = "data/vocabulary.json";

/** The reviewers' additions to the vocabulary: vocabulary.json beside the folder of article folders. */
export function vocabularyPath(articlesDir: string = defaultArticlesDir): string {
  return join(dirname(articlesDir), "vocabulary.json");
}

export class VocabularyFileError extends UserFacingError {
  override name = "VocabularyFileError";
}

/** The additions the file declares; none when it does not exist. A file that does not parse is refused in one sentence. */
export function readVocabularyAdditions(path: string = vocabularyPath()): VocabularyAddition[] {
  if (!existsSync(path)) return [];
  return readJsonFile(path, vocabularyFileSchema, SHOWN, (m) => new VocabularyFileError(m)).additions;
}

/** Adds one type to the file, whole or not at all; a name already there is refused. */
export function addVocabularyType(addition: VocabularyAddition, path: string = vocabularyPath()): void {
  const additions = readVocabularyAdditions(path);
  if (additions.some((a) => a.name === addition.name)) {
    throw new VocabularyFileError(`${addition.name} is already among the added types of ${SHOWN}.`);
  }
  const file: VocabularyFile = { additions: [...additions, addition] };
  writeFileWhole(path, `${JSON.stringify(file, null, 2)}\n`, { shownAs: SHOWN });
}
