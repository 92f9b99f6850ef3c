import { type AddOptions, addArticle } from "../add.ts";
import type { GivenMetadata } from "../metadata.ts";
import { AddRefusal } from "../refusal.ts";
import type { BatchItem, ItemOutcome } from "./items.ts";

export interface BatchOptions {
  add: AddOptions;
  /** What applies to every item unless the item says otherwise (publisher, language). */
  given?: GivenMetadata;
  /**
   * Items in flight at once: one can be fetched or read while another is with
   * the suggestion engine. Fetches to one host are limited apart (fetchPage).
   */
  jobs?: number;
  /** Called as each item ends, in the order they end. */
  onOutcome?: (outcome: ItemOutcome) => void;
}

function defined(given: GivenMetadata): GivenMetadata {
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined && v !== ""));
}

async function addOne(item: BatchItem, options: BatchOptions): Promise<ItemOutcome> {
  const { label } = item;
  if ("skipped" in item) return { label, kind: "skipped", reason: item.skipped };
  if ("refused" in item) return { label, kind: "refused", reason: item.refused };
  try {
    const result = await addArticle(item.source, { ...options.given, ...defined(item.given) }, options.add);
    const withoutNlp = result.draft.engines.includes("corenlp")
      ? undefined
      : (result.notes.find((n) => n.includes("CoreNLP")) ?? "CoreNLP was not used.");
    return {
      label,
      kind: "added",
      slug: result.slug,
      dir: result.dir,
      entities: result.draft.entities.length,
      relations: result.draft.relations.length,
      ...(withoutNlp ? { withoutNlp } : {}),
      ...(result.meta.published ? {} : { dateUnknown: true }),
      ...(result.provenance.reprintOf || result.provenance.wire ? { provenance: result.provenanceNote } : {}),
    };
  } catch (error) {
    if (error instanceof AddRefusal) {
      return error.reason === "duplicate" && error.existing
        ? { label, kind: "duplicate", existing: error.existing }
        : { label, kind: "refused", reason: error.message };
    }
    // Anything else (a disk error, an engine crash) is this item's failure, not the batch's.
    const message = (error as Error | undefined)?.message ?? String(error);
    return { label, kind: "failed", reason: message.split("\n")[0]!.trim() };
  }
}

/**
 * Adds every item with the single-article add, a few at a time. One item's
 * refusal or failure never stops the others; an item whose text is already
 * in an article folder is reported as a duplicate of it, so running the same
 * list again picks up where a stopped run left off. Outcomes in item order.
 */
export async function runBatch(items: BatchItem[], options: BatchOptions): Promise<ItemOutcome[]> {
  const outcomes: ItemOutcome[] = new Array<ItemOutcome>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const outcome = await addOne(items[index]!, options);
      outcomes[index] = outcome;
      options.onOutcome?.(outcome);
    }
  };
  const jobs = Math.max(1, Math.min(options.jobs ?? 2, items.length));
  await Promise.all(Array.from({ length: jobs }, worker));
  return outcomes;
}
