import type { ItemProblem } from "../../../../graph/contract/errorCodes.ts";
import type { ItemKind } from "../../shell/annotateUrl.ts";

/** Publish problems by the item they name ("entity mali"), and those that name no item. */
export interface PlacedProblems {
  byItem: Map<string, string[]>;
  general: string[];
}

export const itemKey = (kind: ItemKind, id: string) => `${kind} ${id}`;

/** Reads the item a problem names: `entities "mali"`, `relations "mali-signed-x"`. */
export function problemItem(item: string): { kind: ItemKind; id: string } | null {
  const match = /^(entities|relations)\s*(?:\[\d+\]\s*)?"([^"]+)"/.exec(item.trim());
  if (!match) return null;
  return { kind: match[1] === "entities" ? "entity" : "relation", id: match[2]! };
}

export function placeProblems(problems: readonly ItemProblem[]): PlacedProblems {
  const byItem = new Map<string, string[]>();
  const general: string[] = [];
  for (const problem of problems) {
    const item = problemItem(problem.item);
    if (!item) {
      general.push(`${problem.item}: ${problem.message}`);
      continue;
    }
    const key = itemKey(item.kind, item.id);
    byItem.set(key, [...(byItem.get(key) ?? []), problem.message]);
  }
  return { byItem, general };
}
