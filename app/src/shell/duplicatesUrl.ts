/** The address of the Duplicates view: the explorer's own, with `?duplicates`. */
export const DUPLICATES_HREF = "/?duplicates";

/** Whether the address names the Duplicates view. */
export function isDuplicatesUrl(search: string): boolean {
  return new URLSearchParams(search).has("duplicates");
}
