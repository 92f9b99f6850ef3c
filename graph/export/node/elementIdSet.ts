/**
 * A set of Neo4j element ids that keeps ids of the usual form
 * "<kind>:<database id>:<number>" as numbers under their prefix, so a set of
 * millions of ids costs a few bytes each instead of a string each. Ids of any
 * other form are kept as they are; the set behaves the same either way.
 */
export class ElementIdSet implements Iterable<string> {
  private readonly byPrefix = new Map<string, Set<number>>();
  private readonly others = new Set<string>();

  private static split(id: string): [string, number] | undefined {
    const cut = id.lastIndexOf(":") + 1;
    if (cut === 0 || cut === id.length || id.length - cut > 15) return undefined;
    const tail = id.slice(cut);
    if (!/^(0|[1-9]\d*)$/.test(tail)) return undefined;
    return [id.slice(0, cut), Number(tail)];
  }

  get size(): number {
    let n = this.others.size;
    for (const numbers of this.byPrefix.values()) n += numbers.size;
    return n;
  }

  has(id: string): boolean {
    const parts = ElementIdSet.split(id);
    return parts ? (this.byPrefix.get(parts[0])?.has(parts[1]) ?? false) : this.others.has(id);
  }

  add(id: string): this {
    const parts = ElementIdSet.split(id);
    if (!parts) {
      this.others.add(id);
      return this;
    }
    let numbers = this.byPrefix.get(parts[0]);
    if (!numbers) {
      numbers = new Set();
      this.byPrefix.set(parts[0], numbers);
    }
    numbers.add(parts[1]);
    return this;
  }

  delete(id: string): boolean {
    const parts = ElementIdSet.split(id);
    return parts ? (this.byPrefix.get(parts[0])?.delete(parts[1]) ?? false) : this.others.delete(id);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const [prefix, numbers] of this.byPrefix) for (const n of numbers) yield `${prefix}${n}`;
    yield* this.others;
  }
}
