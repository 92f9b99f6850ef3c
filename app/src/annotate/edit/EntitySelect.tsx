import type { Draft } from "../../../../graph/model/draft.ts";

/** Chooses one of the draft's entities (rejected ones are left out unless already chosen). */
export function EntitySelect({
  label,
  draft,
  value,
  onChange,
}: {
  label: string;
  draft: Draft;
  value: string;
  onChange(id: string): void;
}) {
  const choices = draft.entities.filter((e) => e.status !== "rejected" || e.id === value);
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose an entity…</option>
        {choices.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name} ({e.id})
          </option>
        ))}
      </select>
    </label>
  );
}
