const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((x) => (typeof x === "string" ? x : "")) : [];

/**
 * The names an entity is also called: each alias with its language tag when
 * that is not English ("Russian Federation, Russie (fr)"), the graph's names
 * being English ones; demonyms follow, untagged. `aliasLanguages` is parallel
 * to `aliases` ("" or absent for an alias stored without a tag).
 */
export function aliasCaptions(properties: Record<string, unknown>): string[] {
  const languages = strings(properties.aliasLanguages);
  const aliases = strings(properties.aliases).map((a, i) => {
    const language = languages[i] ?? "";
    return a && language && !/^en\b/i.test(language) ? `${a} (${language})` : a;
  });
  return [...aliases, ...strings(properties.demonyms)].filter(Boolean);
}
