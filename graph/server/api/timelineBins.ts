export interface Bin {
  bin: string;
  count: number;
}

/**
 * The bins that overlap the days `from`..`to` (ISO days, either open). A bin
 * is compared at its own precision: "2025-06" is inside a range that starts
 * on 2025-06-20, and "2025" inside one that ends on 2025-01-05.
 */
export function binsWithin(bins: readonly Bin[], from?: string, to?: string): Bin[] {
  return bins.filter(
    ({ bin }) =>
      (from === undefined || bin >= from.slice(0, bin.length)) &&
      (to === undefined || bin <= to.slice(0, bin.length)),
  );
}
