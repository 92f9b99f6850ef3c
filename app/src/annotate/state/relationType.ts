/** What a user typed as a relationship type, in the UPPER_SNAKE_CASE the annotation needs ("signed with" → SIGNED_WITH); null if nothing is left. */
export function relationType(typed: string): string | null {
  const type = typed
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^[_0-9]+|_+$/g, "");
  return type.length > 0 && type !== "HAS_SENTENCE" && type !== "MENTIONS" ? type : null;
}
