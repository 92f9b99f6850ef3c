import { useApiGet } from "../../shell/connection/useApiGet.ts";
import { useControls } from "../controls.ts";
import { nodeCaption } from "../../shell/palette.ts";
import { NotesSection } from "../investigations/NotesSection.tsx";
import { PropertyList } from "./PropertyList.tsx";
import { FactSources, statedBy } from "./FactSources.tsx";
import { SentencesByArticle } from "./SentencesByArticle.tsx";

/**
 * One relationship: its type, both ends, properties and the sentences that
 * support it, in every article that states the same start, type and end,
 * with how many independent sources those articles come from.
 */
export function RelationshipDetails({ id }: { id: string }) {
  const resource = useApiGet<"relationship">(`/api/relationships/${encodeURIComponent(id)}`);
  const { focusNode } = useControls();
  if (resource.state === "loading") return <p className="muted">Loading…</p>;
  if (resource.state === "failed") return <p role="alert">{resource.message}</p>;
  const { relationship, start, end, evidence, corroboration, sources } = resource.data;
  return (
    <article className="details" aria-label="Relationship details">
      <h2>{relationship.type}</h2>
      <p className="ends">
        <button type="button" className="link" onClick={() => void focusNode(start)}>
          {nodeCaption(start)}
        </button>
        <span aria-hidden="true"> → </span>
        <button type="button" className="link" onClick={() => void focusNode(end)}>
          {nodeCaption(end)}
        </button>
      </p>
      <NotesSection on={{ kind: "relationship", elementId: id }} />
      <h3>Evidence ({evidence.length})</h3>
      {evidence.length === 0 && <p className="muted">No sentence is recorded for it.</p>}
      {corroboration.articles > 0 && <p className="muted">{statedBy(corroboration)}</p>}
      {corroboration.articles > 1 && <FactSources sources={sources} />}
      <SentencesByArticle sentences={evidence} label="Evidence" />
      <h3>Properties</h3>
      <PropertyList properties={relationship.properties} omit={["evidence", "sentenceIndices"]} />
    </article>
  );
}
