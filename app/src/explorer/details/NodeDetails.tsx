import { useApiGet } from "../../shell/connection/useApiGet.ts";
import { useExplorer } from "../../shell/explorerContext.ts";
import { useControls } from "../controls.ts";
import { LabelChips } from "../../shell/LabelChips.tsx";
import { nodeCaption } from "../../shell/palette.ts";
import { NotesSection } from "../investigations/NotesSection.tsx";
import { NodeActions } from "./NodeActions.tsx";
import { WatchButton } from "../watches/WatchButton.tsx";
import { PropertyList } from "./PropertyList.tsx";
import { aliasCaptions } from "./aliasCaptions.ts";
import { SentencesByArticle } from "./SentencesByArticle.tsx";

const articles = (n: number) => (n === 1 ? "1 article" : `${n} articles`);

/** Everything about one node: labels, properties, aliases, degree, relationships on screen, mentions. */
export function NodeDetails({ id }: { id: string }) {
  const resource = useApiGet<"node">(`/api/nodes/${encodeURIComponent(id)}`);
  if (resource.state === "loading") return <p className="muted">Loading…</p>;
  if (resource.state === "failed") return <p role="alert">{resource.message}</p>;
  const { node, degree, totalDegree, mentions } = resource.data;
  const aliases = aliasCaptions(node.properties);
  return (
    <article className="details" aria-label="Node details">
      <h2>{nodeCaption(node)}</h2>
      <LabelChips labels={node.labels} />
      <NodeActions id={id} />
      {typeof node.properties.id === "string" && node.labels.includes("Entity") && (
        <WatchButton target={{ kind: "entity", entity: node.properties.id }} />
      )}
      <NotesSection on={{ kind: "node", elementId: id }} />
      <h3>Properties</h3>
      <PropertyList properties={node.properties} omit={["aliases", "aliasLanguages", "demonyms"]} />
      {aliases.length > 0 && (
        <>
          <h3>Also called</h3>
          <p>{aliases.join(", ")}</p>
        </>
      )}
      <h3>Degree ({totalDegree})</h3>
      <table className="degree" aria-label="Degree by relationship type">
        <tbody>
          {degree.map((d) => (
            <tr key={`${d.type} ${d.direction}`}>
              <th scope="row">{d.type}</th>
              <td>{d.direction === "out" ? "outgoing" : "incoming"}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <OnScreenRelationships id={id} />
      <h3>Mentions ({mentions.length})</h3>
      {mentions.length === 0 && <p className="muted">No sentence names it.</p>}
      {typeof node.properties.articleCount === "number" && (
        <p className="muted">Named by {articles(node.properties.articleCount)}, newest first.</p>
      )}
      <SentencesByArticle sentences={mentions} label="Mentions" />
    </article>
  );
}

/** The node's relationships drawn on the canvas, each one a way to its evidence. */
function OnScreenRelationships({ id }: { id: string }) {
  const { graph, select } = useExplorer();
  const { view } = useControls();
  const rels = Object.values(view.relationships).filter((r) => r.start === id || r.end === id);
  if (rels.length === 0 || !graph.hasNode(id)) return null;
  const caption = (nodeId: string) => (view.nodes[nodeId] ? nodeCaption(view.nodes[nodeId]) : nodeId);
  return (
    <>
      <h3>Relationships on screen ({rels.length})</h3>
      <ul className="relationships" aria-label="Relationships">
        {rels.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" onClick={() => select(r.id)}>
              {r.start === id ? `${r.type} → ${caption(r.end)}` : `${caption(r.start)} → ${r.type}`}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
