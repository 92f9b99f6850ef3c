import { useMemo } from "react";
import type { DraftEntity } from "../../../../graph/model/draft.ts";
import type { PlaceCandidate } from "../../../../graph/places/candidate.ts";
import { type LatLon, kindFor } from "../../../../graph/places/locate.ts";
import { useApiGet } from "../../shell/connection/useApiGet.ts";
import { CoordinatesForm } from "./CoordinatesForm.tsx";
import { LocationMap } from "./LocationMap.tsx";
import { candidateDetail, candidateName, formatLatLon } from "./placeText.ts";

const same = (a: LatLon, b: LatLon) => Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.lon - b.lon) < 1e-6;

/** The gazetteer's candidates for a name, asked of the server (its data stays there). */
function useCandidates(name: string, labels: readonly string[]) {
  const kind = kindFor(labels);
  const params = new URLSearchParams({ name, ...(kind ? { kind } : {}) });
  const resource = useApiGet<"placeCandidates">(`/api/places/candidates?${params.toString()}`);
  return resource;
}

/** What the part says the place's location is, and where that comes from. */
function statusLine(location: DraftEntity["location"], proposed: PlaceCandidate | undefined, name: string) {
  if (location === null)
    return "No location: you cleared it, so none is published even if the gazetteer knows the name.";
  if (location) return `Set by you: ${formatLatLon(location)}.`;
  if (proposed)
    return `Proposed by the gazetteer (${proposed.dataset}): ${candidateName(proposed)}, ${formatLatLon(proposed)}.`;
  return `The gazetteer does not know “${name}”: publishing places it where a place it lies in is (LOCATED_IN, PART_OF), if any.`;
}

/**
 * A place entity's location: a small map with its point, the gazetteer's
 * candidates for its name when there is a choice, and the reviewer's pick,
 * typed coordinates or "no location" (stored in the draft, published with
 * the article; the reviewer's wins over the gazetteer's).
 */
export function LocationPart({
  entity,
  onChange,
}: {
  entity: DraftEntity;
  onChange(location: LatLon | null): void;
}) {
  const resource = useCandidates(entity.name, entity.labels);
  const candidates = useMemo(() => (resource.state === "ready" ? resource.data.candidates : []), [resource]);
  const proposed = candidates[0];
  const location = entity.location;
  const point = location === null ? null : (location ?? proposed ?? null);
  const others = useMemo(
    () => (point ? candidates.filter((c) => !same(c, point)) : candidates),
    [candidates, point],
  );
  const showList = candidates.length > 1 || (candidates.length === 1 && location !== undefined);
  const status = statusLine(location, proposed, entity.name);

  return (
    <fieldset className="location-part" aria-label="Location">
      <legend>Location</legend>
      <LocationMap
        point={point}
        others={others}
        label={point ? `Map: ${formatLatLon(point)}` : "Map: no location"}
      />
      <p role="status" aria-label="Location status">
        {status}
      </p>
      {resource.state === "failed" && <p role="alert">Candidates: {resource.message}</p>}
      {showList && (
        <>
          <p className="muted">
            {resource.state === "ready" && resource.data.total > candidates.length
              ? `The ${candidates.length} largest of ${resource.data.total} places named “${entity.name}”:`
              : `Places named “${entity.name}”:`}
          </p>
          <ul className="place-candidates" aria-label="Candidates">
            {candidates.map((c) => {
              const chosen = location ? same(c, location) : false;
              const label = candidateName(c);
              return (
                <li
                  key={`${c.dataset} ${c.country} ${c.lat} ${c.lon}`}
                  aria-label={label}
                  aria-current={chosen || undefined}
                >
                  <span>
                    {label} <span className="muted">({candidateDetail(c)})</span>
                  </span>{" "}
                  <button
                    type="button"
                    disabled={chosen}
                    aria-label={`Use ${label}`}
                    onClick={() => onChange({ lat: c.lat, lon: c.lon })}
                  >
                    {chosen ? "Chosen" : "Use"}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <CoordinatesForm onSet={onChange} />
      {location !== null && (
        <button type="button" onClick={() => onChange(null)}>
          Clear location
        </button>
      )}
    </fieldset>
  );
}
