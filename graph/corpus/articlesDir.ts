import { join, resolve } from "node:path";
import type { Env } from "../config/env.ts";
import { projectRoot } from "../config/projectRoot.ts";

/** The folder of article folders unless DOSSIER_ARTICLES says otherwise. */
export const defaultArticlesDir = join(projectRoot, "data", "articles");

/** The folder of article folders: DOSSIER_ARTICLES when set (relative to the working directory), else data/articles. */
export function articlesDirFromEnv(env: Pick<Env, "DOSSIER_ARTICLES">): string {
  return env.DOSSIER_ARTICLES ? resolve(env.DOSSIER_ARTICLES) : defaultArticlesDir;
}
