import type { Note } from "../../../../graph/contract/investigations.ts";

/**
 * The notes of a view, each on an element of it: a note whose node or
 * relationship is no longer there (gone from the graph, or hidden since) is
 * kept on the investigation itself, saying what it was written on, so that
 * no note is ever dropped.
 */
export function notesOn(
  notes: readonly Note[],
  /** Today's element id of a note's target, or undefined when it is gone. */
  target: (elementId: string) => string | undefined,
  /** How to name a gone target in the note. */
  describe: (elementId: string) => string,
): Note[] {
  return notes.map((note) => {
    if (note.on.kind === "investigation") return note;
    const id = target(note.on.elementId);
    if (id !== undefined) return { ...note, on: { ...note.on, elementId: id } };
    return {
      ...note,
      on: { kind: "investigation" },
      text: `*Written on ${describe(note.on.elementId)}, no longer in the view:*\n\n${note.text}`,
    };
  });
}
