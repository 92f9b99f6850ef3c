/**
 * One key per outlet, so that "The Arab News", "Arab News" and a page of
 * www.arabnews.com count as one: accents and case folded, a leading "The"
 * dropped, punctuation and spaces removed ("arabnews"). A host is cut to the
 * name it registers ("edition.cnn.com" -> "cnn", "www.bbc.co.uk" -> "bbc").
 */

/** Second-level labels under a country code that are not the site's name ("co" in bbc.co.uk). */
const GENERIC_SECOND_LEVEL = new Set([
  "co",
  "com",
  "org",
  "net",
  "gov",
  "ac",
  "edu",
  "news",
  "gouv",
  "or",
  "ne",
]);

/** Publishers that stand for "not known": the article then counts as itself. */
const UNKNOWN = /^(?:unknown(?: publisher)?|n\/?a|none|anonymous|inconnu)$/i;

function compact(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/^\s*the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function looksLikeHost(value: string): boolean {
  return /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/:?#].*)?$/i.test(value.trim());
}

/** The name a host registers, without "www", subdomains and public suffixes. */
function hostName(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".").filter(Boolean);
  if (labels.length < 2) return labels[0] ?? null;
  labels.pop();
  const last = labels[labels.length - 1]!;
  if (labels.length >= 2 && GENERIC_SECOND_LEVEL.has(last)) labels.pop();
  const name = labels[labels.length - 1]!;
  return name.startsWith("the") && name.length > 6 ? name.slice(3) : name;
}

function hostOf(url: string): string | null {
  try {
    return new URL(/^https?:\/\//i.test(url) ? url : `http://${url}`).hostname;
  } catch {
    return null;
  }
}

/** The outlet's key from its publisher name, else from the page's address; null when neither says. */
export function outletKey(publisher?: string, url?: string): string | null {
  const name = publisher?.trim();
  if (name && !UNKNOWN.test(name)) {
    if (looksLikeHost(name)) {
      const host = hostOf(name);
      const fromHost = host ? hostName(host) : null;
      if (fromHost) return compact(fromHost) || null;
    }
    const key = compact(name);
    if (key) return key;
  }
  const host = url ? hostOf(url.trim()) : null;
  const fromHost = host ? hostName(host) : null;
  return fromHost ? compact(fromHost) || null : null;
}
