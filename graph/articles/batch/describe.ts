import { displayPath } from "../../corpus/displayPath.ts";
import type { ItemOutcome } from "./items.ts";
import { DATE_UNKNOWN_NOTE } from "../metadata.ts";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** An outcome as the table's right column says it. */
export function describeOutcome(outcome: ItemOutcome): string {
  switch (outcome.kind) {
    case "added":
      return (
        `added with ${plural(outcome.entities, "entity", "entities")} and ${plural(outcome.relations, "relation", "relations")}: ${displayPath(outcome.dir)}` +
        (outcome.withoutNlp ? ` (without CoreNLP: ${outcome.withoutNlp})` : "") +
        (outcome.dateUnknown ? ` ${DATE_UNKNOWN_NOTE}` : "") +
        (outcome.provenance ? ` ${outcome.provenance}` : "")
      );
    case "duplicate":
      return `duplicate of ${displayPath(outcome.existing)}`;
    case "refused":
      return `refused: ${outcome.reason}`;
    case "skipped":
      return `skipped: ${outcome.reason}`;
    case "failed":
      return `failed: ${outcome.reason}`;
  }
}

/** "3 added, 1 duplicate, 2 refused" in a fixed order, kinds with none left out. */
export function countOutcomes(outcomes: ItemOutcome[]): string {
  const order = ["added", "duplicate", "skipped", "refused", "failed"] as const;
  return order
    .map((kind) => [kind, outcomes.filter((o) => o.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind === "duplicate" && n > 1 ? "duplicates" : kind}`)
    .join(", ");
}
