import { useState } from "react";
import { type LatLon } from "../../../../graph/places/locate.ts";
import { locationSchema } from "../../../../graph/model/annotation.ts";

/** Latitude and longitude typed by the reviewer, checked with the annotation's own schema. */
export function CoordinatesForm({ onSet }: { onSet(location: LatLon): void }) {
  const [lat, setLat] = useState("");
  const [lon, setLon] = useState("");
  const [error, setError] = useState<string | null>(null);
  const set = () => {
    const parsed = locationSchema.safeParse({ lat: Number.parseFloat(lat), lon: Number.parseFloat(lon) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0] === "lon" ? "Longitude" : "Latitude";
      setError(
        issue?.code === "invalid_type"
          ? `${field}: type a number of degrees (such as 12.65).`
          : `${field}: ${issue?.message ?? "is not a number of degrees"}.`,
      );
      return;
    }
    setError(null);
    onSet(parsed.data);
    setLat("");
    setLon("");
  };
  return (
    <div className="coordinates-form">
      <label>
        Latitude
        <input inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value)} placeholder="12.65" />
      </label>
      <label>
        Longitude
        <input inputMode="decimal" value={lon} onChange={(e) => setLon(e.target.value)} placeholder="-8.00" />
      </label>
      <button type="button" onClick={set}>
        Set coordinates
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
