import { planArticles } from "../../graph/loader/load.ts";
import { ValidationError } from "../../graph/loader/problems.ts";

/** The lines the loader rejects an article folder with; throws when it is accepted. */
export function rejection(dir: string): string[] {
  try {
    planArticles([dir]);
  } catch (error) {
    if (error instanceof ValidationError) return error.message.split("\n");
    throw error;
  }
  throw new Error("expected the article to be rejected");
}
