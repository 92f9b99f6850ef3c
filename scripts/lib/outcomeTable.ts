import { describeOutcome } from "../../graph/articles/batch/describe.ts";
import type { ItemOutcome } from "../../graph/articles/batch/items.ts";

const MAX_LABEL = 60;

function cut(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** The batch's table: each item as the input named it, and what became of it. */
export function outcomeTable(outcomes: ItemOutcome[]): string {
  const labels = outcomes.map((o) => cut(o.label));
  const width = Math.max("item".length, ...labels.map((l) => l.length));
  const rows = outcomes.map((o, i) => `${labels[i]!.padEnd(width)}  ${describeOutcome(o)}`);
  return [`${"item".padEnd(width)}  outcome`, `${"-".repeat(width)}  -------`, ...rows].join("\n");
}
