/** Text folded for a title search: lower case, accents and typographic apostrophes aside. */
export function foldTitle(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").toLowerCase();
}
