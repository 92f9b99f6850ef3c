import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { VocabularyAnswer } from "../../contract/vocabulary.ts";
import {
  VocabularyFileError,
  addVocabularyType,
  readVocabularyAdditions,
  vocabularyPath,
} from "../../corpus/vocabularyFile.ts";
import { withFolderLock } from "../../corpus/folderLock.ts";
import { ENTRIES, FAMILIES, type VocabularyAddition } from "../../model/vocabulary/vocabulary.ts";
import { type ArticleWrites, writeGate } from "../articleWrites.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";

function answer(additions: readonly VocabularyAddition[]): VocabularyAnswer {
  return {
    families: FAMILIES.map(({ id, label }) => ({ id, label })),
    types: [
      ...ENTRIES.map(({ name, family, description, sources }) => ({
        name,
        family,
        description,
        sources: [...sources],
        added: false,
      })),
      ...additions.map((a) => ({ ...a, sources: [], added: true })),
    ],
  };
}

/** The vocabulary, and a reviewer's new type (written beside the articles' folder). */
export function vocabularyRoutes(app: FastifyInstance, writes: ArticleWrites | undefined): void {
  const additions = () => (writes ? readVocabularyAdditions(vocabularyPath(writes.dir)) : []);
  route(app, ROUTES.vocabulary, async () => answer(additions()));
  route(
    app,
    ROUTES.addVocabularyType,
    async ({ body }) => {
      if (!writes)
        throw new HttpError("not_found", "This server has no articles folder to keep new types beside.");
      const path = vocabularyPath(writes.dir);
      try {
        // Two reviewers adding at once each read the file before writing it: one at a time.
        await withFolderLock(path, () => addVocabularyType(body, path));
      } catch (error) {
        if (error instanceof VocabularyFileError) throw new HttpError("conflict", error.message);
        throw error;
      }
      return answer(additions());
    },
    { onRequest: writeGate(writes) },
  );
}
