// The rules of an article folder's name, apart from how one is made (slug.ts):
// the API's schemas, the review routes and the browser check names with them.

/** The longest article folder name the API takes. */
export const SLUG_MAX = 200;

/** An article folder's name: lower-case words joined by hyphens, so it can never leave data/articles. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(name: string): boolean {
  return name.length <= SLUG_MAX && SLUG_PATTERN.test(name);
}
