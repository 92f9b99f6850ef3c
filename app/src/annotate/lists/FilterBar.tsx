import type { ReviewFilter } from "../state/reviewItems.ts";

/** Only suggested, only rejected, or all; and one label or all. */
export function FilterBar({
  filter,
  labels,
  onChange,
}: {
  filter: ReviewFilter;
  labels: readonly string[];
  onChange(filter: ReviewFilter): void;
}) {
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <label>
        Show
        <select
          value={filter.status}
          onChange={(e) => onChange({ ...filter, status: e.target.value as ReviewFilter["status"] })}
        >
          <option value="all">all items</option>
          <option value="suggested">only suggested</option>
          <option value="rejected">only rejected</option>
        </select>
      </label>
      <label>
        Label
        <select
          value={filter.label ?? ""}
          onChange={(e) => onChange({ ...filter, label: e.target.value || null })}
        >
          <option value="">any label</option>
          {labels.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
