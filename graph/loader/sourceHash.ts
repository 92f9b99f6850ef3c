import { createHash } from "node:crypto";
import type { ArticleInput } from "./read.ts";

/**
 * The SHA-256 of what an article was loaded from (its text, metadata and
 * annotation, as parsed), stored on its Article node. A start compares it with
 * the folder's files: a publish interrupted between writing annotation.json
 * and loading it, or a file edited by hand, shows as a different hash.
 */
export function sourceHashOf(input: Pick<ArticleInput, "text" | "meta" | "annotation">): string {
  return createHash("sha256")
    .update(JSON.stringify([input.text, input.meta, input.annotation]))
    .digest("hex");
}

/**
 * The SHA-256 of the provenance an article was loaded with: a reviewer's
 * decision, or a new original found for it, loads it again at the next start.
 */
export function provenanceHashOf(input: Pick<ArticleInput, "provenance">): string {
  return createHash("sha256")
    .update(JSON.stringify(input.provenance ?? null))
    .digest("hex");
}
