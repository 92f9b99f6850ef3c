import { useControls } from "../controls.ts";
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
      {minSourcesProblem && <p role="alert">{minSourcesProblem}</p>}
    </div>
  );
}
