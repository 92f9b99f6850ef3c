import slugify from "@sindresorhus/slugify";

/**
 * Ids made from names, one way for the server and the browser: the
 * suggestion engine names its entities and relations with them, the Annotate
 * view its new items, the review's merge the suggestions it takes in, and
 * the add its article folders (through the next free slug).
 */

/**
 * A lower-case hyphenated id from a name ("Assimi Goïta" → "assimi-goita", "Goïta's Café" →
 * "goitas-cafe", "Ålesund & Co" → "alesund-and-co"), at most 60 characters: the same slugifier
 * as article folder names (letters of other scripts transliterated where it can).
 */
export function slugId(name: string, fallback = "entity"): string {
  return slugify(name, { decamelize: false }).slice(0, 60).replace(/-+$/, "") || fallback;
}

/** `base` when free, else the first of `base-2`, `base-3`, ... that is. */
export function firstFreeId(base: string, taken: ReadonlySet<string> | ((id: string) => boolean)): string {
  const isTaken = typeof taken === "function" ? taken : (id: string) => taken.has(id);
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!isTaken(id)) return id;
  }
}
