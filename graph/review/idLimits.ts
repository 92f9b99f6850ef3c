import type { ItemProblem } from "../contract/errorCodes.ts";
import { MAX_ID_LENGTH } from "../model/annotation.ts";
import type { Draft } from "../model/draft.ts";

const shortened = (id: string) => (id.length > 40 ? `${id.slice(0, 39)}…` : id);

/** Items whose id is longer than an id may be, each named by the start of its id. */
export function idProblems(draft: Draft): ItemProblem[] {
  const items = [
    ...draft.entities.map((e) => ["entities", e.id] as const),
    ...draft.relations.map((r) => ["relations", r.id] as const),
  ];
  return items
    .filter(([, id]) => id.length > MAX_ID_LENGTH)
    .map(([kind, id]) => ({
      item: `${kind} "${shortened(id)}"`,
      message: `its id is ${id.length.toLocaleString("en")} characters long; an id has at most ${MAX_ID_LENGTH}.`,
    }));
}
