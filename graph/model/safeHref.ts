/** Only links a reader can follow safely, in a note or a brief: web pages and e-mail addresses; null for any other. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
