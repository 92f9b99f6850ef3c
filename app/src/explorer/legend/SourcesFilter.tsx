import { useControls } from "../controls.ts";
import { EDGE_WIDTH_SOURCES_MAX, edgeWidth } from "../canvas/edgeWidth.ts";
import { MIN_SOURCES_MAX } from "./minSources.ts";

const CHOICES = Array.from({ length: MIN_SOURCES_MAX }, (_, i) => i + 1);

/** The legend's "only facts stated by at least N independent sources" control, and what it does. */
export function SourcesFilter() {
  const { minSources, setMinSources, minSourcesProblem } = useControls();
  return (
    <div className="sources-filter">
      <label>
        Only facts stated by at least{" "}
        <select
          aria-label="Minimum independent sources"
          value={minSources}
          onChange={(e) => setMinSources(Number(e.target.value))}
        >
          {CHOICES.map((n) => (
            <option key={n} value={n}>
              {n === 1 ? "1 (every fact)" : n}
            </option>
          ))}
        </select>{" "}
        independent {minSources === 1 ? "source" : "sources"}
      </label>
      <span className="muted">
        {" "}
        · a reprint or a wire copy counts as its agency, an outlet&apos;s own reports as the outlet;
        relationships that state no fact stay shown
      </span>
      <WidthKey />
      {minSourcesProblem && <p role="alert">{minSourcesProblem}</p>}
    </div>
  );
}

/** What an edge's width says: one edge per fact, wider the more independent sources state it. */
function WidthKey() {
  const samples = [1, 3, EDGE_WIDTH_SOURCES_MAX];
  return (
    <p className="width-key" aria-label="Edge width">
      One edge per fact; its width is the number of independent sources:{" "}
      {samples.map((n) => (
        <span key={n} className="width-sample">
          <svg width="28" height="8" aria-hidden="true">
            <line x1="2" x2="26" y1="4" y2="4" strokeWidth={edgeWidth(n)} />
          </svg>
          {n === EDGE_WIDTH_SOURCES_MAX ? `${n} or more` : n}
        </span>
      ))}
    </p>
  );
}
