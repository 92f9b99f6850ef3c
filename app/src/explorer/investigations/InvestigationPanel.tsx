import { useInvestigation } from "./investigationState.ts";
import { NotesSection } from "./NotesSection.tsx";

/** The open investigation: its name, description and the notes written on it as a whole. */
export function InvestigationPanel() {
  const { current } = useInvestigation();
  if (!current) {
    return (
      <p className="muted">
        No investigation is open. “Save investigation” keeps this view with a name; “Investigations” opens
        one.
      </p>
    );
  }
  return (
    <article className="details" aria-label="Investigation">
      <h2>{current.name}</h2>
      {current.description && <p>{current.description}</p>}
      <p className="muted">Stored as data/investigations/{current.slug}.json.</p>
      <NotesSection on={{ kind: "investigation" }} />
    </article>
  );
}
