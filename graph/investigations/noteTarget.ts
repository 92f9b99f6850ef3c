import type { Investigation, Note } from "../contract/investigations.ts";

/** What a note is on, as a reader knows it: the investigation's name, a node's caption, a relationship by its ends. */
export function noteTargetCaption(investigation: Investigation, note: Note): string {
  const { view, name } = investigation;
  if (note.on.kind === "investigation") return `“${name}”`;
  const id = note.on.elementId;
  const node = view.nodes.find((n) => n.elementId === id);
  if (node) return node.caption;
  const rel = view.relationships.find((r) => r.elementId === id);
  if (!rel) return "an element";
  const caption = (key: string) => view.nodes.find((n) => (n.key ?? n.elementId) === key)?.caption ?? key;
  return `${caption(rel.start)} — ${rel.type} → ${caption(rel.end)}`;
}
