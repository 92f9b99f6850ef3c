/** An article of the list as far as its provenance goes. */
interface Provenance {
  wire?: string | null;
  reprintOf?: string | null;
  shared?: number | null;
}

/**
 * The line beside an article in the Articles panel that says where its
 * wording comes from: "reprint, 83% shared" and the agency it is credited to
 * ("AP"). Nothing for an article of its own.
 */
export function ProvenanceNote({ article }: { article: Provenance }) {
  const reprint = article.reprintOf
    ? `reprint${article.shared !== null && article.shared !== undefined ? `, ${article.shared}% shared` : ""}`
    : null;
  if (!reprint && !article.wire) return null;
  return (
    <p className="muted provenance-note">
      {reprint}
      {reprint && article.wire && " · "}
      {article.wire && (
        <abbr className="wire-credit" title={`Credited to ${article.wire}`}>
          {article.wire}
        </abbr>
      )}
    </p>
  );
}
