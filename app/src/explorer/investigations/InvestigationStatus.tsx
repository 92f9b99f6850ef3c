import { useInvestigation } from "./investigationState.ts";

const relationships = (n: number) => (n === 1 ? "1 new relationship" : `${n} new relationships`);

/** What opening or saving found: what is gone, what is new (offered, not drawn), a conflict with both versions. */
export function InvestigationStatus() {
  const { offer, conflict, message, addFresh, dismiss } = useInvestigation();
  if (!offer && !conflict && !message) return null;
  return (
    <div role="status" className="popover-panel investigations-status">
      {message && <p>{message}</p>}
      {offer?.gone && <p className="investigations-gone">{offer.gone}</p>}
      {offer && offer.fresh.length > 0 && (
        <p>
          {relationships(offer.fresh.length)} since you saved.{" "}
          <button type="button" onClick={addFresh}>
            Add them
          </button>
        </p>
      )}
      {conflict && (
        <div className="investigations-conflict">
          <p>{conflict.message}</p>
          <dl>
            <dt>Saved</dt>
            <dd>
              {conflict.saved
                ? `“${conflict.saved.name}”, ${new Date(conflict.saved.savedAt).toLocaleString()}, ${conflict.saved.nodes} nodes, ${conflict.saved.notes} notes`
                : "deleted"}
            </dd>
            <dt>Yours</dt>
            <dd>{`“${conflict.sent.name}”, ${conflict.sent.nodes} nodes, ${conflict.sent.notes} notes`}</dd>
          </dl>
          <button type="button" onClick={() => void conflict.overwrite()}>
            Save mine over it
          </button>
        </div>
      )}
      <button type="button" className="link" onClick={dismiss}>
        Close
      </button>
    </div>
  );
}
