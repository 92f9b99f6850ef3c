import type { Corroboration, FactSource } from "../../../../graph/contract/provenance.ts";
import "../corpus/corpus.css";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "Stated by 6 articles from 3 independent sources." When every article is
 * a source of its own, the plain count says it all: "Stated by 2 articles."
 */
export function statedBy(c: Corroboration): string {
  const articles = `Stated by ${plural(c.articles, "article", "articles")}`;
  if (c.sources === c.articles) return `${articles}.`;
  return `${articles} from ${plural(c.sources, "independent source", "independent sources")}.`;
}

/** Brings an article's evidence sentences into view (they are listed below, one group per article). */
function showEvidence(slug: string) {
  document.getElementById(`evidence-${slug}`)?.scrollIntoView({ block: "nearest" });
}

/** The independent sources of a fact, each with its articles: reprints under their original. */
export function FactSources({ sources }: { sources: readonly FactSource[] }) {
  return (
    <ol className="fact-sources" aria-label="Sources">
      {sources.map((source) => (
        <li key={source.origin} aria-label={source.label}>
          <strong>{source.label}</strong>{" "}
          <span className="muted">({plural(source.articles.length, "article", "articles")})</span>
          <ul>
            {source.articles.map((a) => (
              <li key={a.slug} className={a.reprintOf ? "reprint" : undefined}>
                <button type="button" className="link" onClick={() => showEvidence(a.slug)}>
                  {a.title}
                </button>{" "}
                <span className="muted">
                  {a.publisher}
                  {a.reprintOf ? ", reprint" : ""}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
