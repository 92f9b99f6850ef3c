import { createHash } from "node:crypto";

/** The SHA-256 of an article's text: what a draft was suggested from, and how a second copy is known. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
