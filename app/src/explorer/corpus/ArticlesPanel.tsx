import { useMemo, useState } from "react";
import { apiGet } from "../../api.ts";
import { useApiGet } from "../../shell/connection/useApiGet.ts";
import { useExplorer } from "../../shell/explorerContext.ts";
import { VirtualList } from "../../shell/VirtualList.tsx";
import { DATE_UNKNOWN } from "../../../../graph/model/publishedDate.ts";
import { readableDate } from "../details/formatProperty.ts";
import { languageName } from "../../shell/languageName.ts";
import { useSetHighlight } from "../highlight.ts";
import { useReader } from "../reader/readerState.ts";
import { foldTitle } from "./foldTitle.ts";
import { groupReprints } from "./groupReprints.ts";
import { ProvenanceNote } from "./ProvenanceNote.tsx";
import "./corpus.css";

const NUMBER = new Intl.NumberFormat("en");
const plural = (n: number, one: string, many: string) => `${NUMBER.format(n)} ${n === 1 ? one : many}`;

/** Every loaded article (reprints under their original): read it, show its graph, or see what it added to what earlier articles said. */
export function ArticlesPanel() {
  const list = useApiGet<"articles">("/api/articles");
  const { showGraph } = useExplorer();
  const { setPath } = useSetHighlight();
  const reader = useReader();
  const [query, setQuery] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const articles = useMemo(() => (list.state === "ready" ? list.data.articles : []), [list]);
  const shown = useMemo(() => {
    const words = foldTitle(query).split(/\s+/).filter(Boolean);
    return articles.filter((a) => words.every((w) => foldTitle(a.title).includes(w)));
  }, [articles, query]);
  const grouped = useMemo(() => groupReprints(shown), [shown]);

  const articleGraph = async (slug: string, whatItAdds: boolean) => {
    try {
      const answer = await apiGet<"articleGraph">(`/api/articles/${encodeURIComponent(slug)}/graph`);
      showGraph(answer.graph, "replace");
      if (!whatItAdds) {
        setPath(null);
        setMessage(
          `Showing ${plural(answer.graph.nodes.length, "entity", "entities")} and ${plural(answer.graph.relationships.length, "relationship", "relationships")}${answer.truncated ? " (the first ones)" : ""}.`,
        );
        return;
      }
      setPath({
        nodes: new Set(answer.added.nodes),
        relationships: new Set(answer.added.relationships),
      });
      setMessage(
        `New in this article: ${plural(answer.added.nodes.length, "entity", "entities")} of ${NUMBER.format(answer.graph.nodes.length)} and ${plural(answer.added.relationships.length, "relationship", "relationships")} of ${NUMBER.format(answer.graph.relationships.length)} (highlighted).`,
      );
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "The article's graph could not be fetched.");
    }
  };

  return (
    <section className="articles-panel" aria-label="Articles">
      <input
        type="search"
        aria-label="Search article titles"
        placeholder="Search titles…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {list.state === "loading" && <p className="muted">Loading the articles…</p>}
      {list.state === "failed" && <p role="alert">{list.message}</p>}
      {message && <p role="status">{message}</p>}
      {list.state === "ready" && (
        <p className="muted">
          {shown.length === articles.length
            ? plural(articles.length, "article", "articles")
            : `${NUMBER.format(shown.length)} of ${plural(articles.length, "article", "articles")}`}
        </p>
      )}
      <VirtualList
        items={grouped}
        keyOf={({ article }) => article.slug}
        labelOf={({ article }) => article.title}
        estimate={120}
        ordered
        label="Article list"
        className="article-list"
      >
        {({ article: a, underOriginal }) => (
          <div className={underOriginal ? "reprint" : undefined}>
            <button type="button" className="link article-title" onClick={() => reader.show(a.slug)}>
              {a.title}
            </button>
            <p className="muted">
              {a.publisher}
              {`, ${a.published ? (readableDate(a.published) ?? a.published) : DATE_UNKNOWN}, `}
              <span className="article-language" lang="en" title={`Language: ${a.language || "unknown"}`}>
                {languageName(a.language)}
              </span>
            </p>
            <ProvenanceNote article={a} />
            <p className="muted">
              {plural(a.entityCount, "entity", "entities")},{" "}
              {plural(a.relationshipCount, "relationship", "relationships")}
            </p>
            <div className="actions">
              <button type="button" onClick={() => void articleGraph(a.slug, false)}>
                Show this article’s graph
              </button>
              <button type="button" onClick={() => void articleGraph(a.slug, true)}>
                What does this add?
              </button>
            </div>
          </div>
        )}
      </VirtualList>
    </section>
  );
}
