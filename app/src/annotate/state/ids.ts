import slugify from "@sindresorhus/slugify";

/** An id made from a name: lower-case words joined by hyphens, not in `taken` (a number is added if it is). */
export function uniqueId(name: string, taken: ReadonlySet<string>, fallback = "item"): string {
  const base = slugify(name) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
