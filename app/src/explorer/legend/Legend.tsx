import { useContext, useMemo } from "react";
import { useControls } from "../controls.ts";
import { labelColor, primaryLabel } from "../../shell/palette.ts";
import { useTypeGroups } from "../../shell/vocabulary/useVocabulary.ts";
import { SourcesFilter } from "./SourcesFilter.tsx";
import { OpeningDoneContext } from "../openingGate.ts";

function counts(values: string[]): [string, number][] {
  const map = new Map<string, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Colours per label and the relationship types on screen, grouped by the
 * vocabulary's families (each entry toggles them on and off), and the
 * independent-sources filter.
 */
export function Legend() {
  const { view, hiddenLabels, hiddenTypes, toggleLabel, toggleType } = useControls();
  // Counted again when the elements change, not when only the filters do.
  const labels = useMemo(
    () => counts(Object.values(view.nodes).map((n) => primaryLabel(n.labels))),
    [view.nodes],
  );
  const types = useMemo(
    () => counts(Object.values(view.relationships).map((r) => r.type)),
    [view.relationships],
  );
  const countOf = useMemo(() => new Map(types), [types]);
  const typeNames = useMemo(() => types.map(([type]) => type), [types]);
  const groups = useTypeGroups(typeNames);
  const openingDone = useContext(OpeningDoneContext);
  // While the view opens the legend is drawn empty, so that the canvas keeps the size the view is asked for.
  if (labels.length === 0 && openingDone) return null;
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul aria-label="Labels" className="legend-labels">
        {labels.length === 0 && (
          // While the view opens: an invisible entry, so that the row has its height already.
          <li aria-hidden="true" className="legend-placeholder">
            <button type="button" tabIndex={-1}>
              <span className="swatch" /> Label <span className="count">0</span>
            </button>
          </li>
        )}
        {labels.map(([label, count]) => (
          <li key={label}>
            <button
              type="button"
              aria-pressed={!hiddenLabels.has(label)}
              aria-label={`${label} (${count})`}
              onClick={() => toggleLabel(label)}
            >
              <span className="swatch" style={{ background: labelColor(label) }} />
              {label} <span className="count">{count}</span>
            </button>
          </li>
        ))}
      </ul>
      <SourcesFilter />
      <details>
        <summary>
          Relationship types ({types.length}){" "}
          <span className="muted">
            · colour by label, size by links on screen; click an entry to hide or show it
          </span>
        </summary>
        <div aria-label="Relationship types" role="group">
          {groups.map((group) => (
            <section key={group.family} className="legend-family" aria-label={group.label}>
              <h4>{group.label}</h4>
              <ul>
                {group.types.map((type) => (
                  <li key={type}>
                    <button
                      type="button"
                      aria-pressed={!hiddenTypes.has(type)}
                      aria-label={`${type} (${countOf.get(type) ?? 0})`}
                      onClick={() => toggleType(type)}
                    >
                      {type} <span className="count">{countOf.get(type) ?? 0}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </details>
    </div>
  );
}
