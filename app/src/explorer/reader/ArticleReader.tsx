import { useEffect, useMemo, useRef } from "react";
import { annotateHref } from "../../shell/annotateUrl.ts";
import { useApiGet } from "../../shell/connection/useApiGet.ts";
import { useControls } from "../controls.ts";
import { DATE_UNKNOWN } from "../../../../graph/model/publishedDate.ts";
import { readableDate } from "../details/formatProperty.ts";
import { readerSegments } from "./readerSegments.ts";
import { useReader } from "./readerState.ts";
import { useAfterOpening } from "../openingGate.ts";

/** The article beside the graph: mentions are marked, clicking one focuses its node. */
export function ArticleReader() {
  const list = useApiGet<"articles">(useAfterOpening("/api/articles"));
  const { slug: chosen, show: setChosen } = useReader();
  const articles = list.state === "ready" ? list.data.articles : [];
  const slug = chosen ?? articles[0]?.slug ?? null;

  return (
    <section className="reader" aria-label="Article">
      {articles.length > 1 && (
        <select aria-label="Article to read" value={slug ?? ""} onChange={(e) => setChosen(e.target.value)}>
          {articles.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.title}
            </option>
          ))}
        </select>
      )}
      {list.state === "failed" && <p role="alert">{list.message}</p>}
      {slug && <ArticleBody slug={slug} />}
    </section>
  );
}

/** Line breaks inside a sentence read as spaces; paragraph breaks stay (same length, so offsets hold). */
function flowed(text: string): string {
  return text.replace(/([^\n])\n(?=[^\n\sA-Z“"‘'])/g, "$1 ");
}

function ArticleBody({ slug }: { slug: string }) {
  const resource = useApiGet<"article">(useAfterOpening(`/api/articles/${encodeURIComponent(slug)}`));
  const { selected, focusNode } = useControls();
  const body = useRef<HTMLDivElement>(null);
  const article = resource.state === "ready" ? resource.data : null;
  const pieces = useMemo(
    () => (article ? readerSegments(flowed(article.article.text), article.mentions, selected) : []),
    [article, selected],
  );

  useEffect(() => {
    body.current?.querySelector(".mention.active")?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [pieces]);

  if (resource.state === "loading") return <p className="muted">Loading the article…</p>;
  if (resource.state === "failed") return <p role="alert">{resource.message}</p>;
  const { title, publisher, published } = resource.data.article;
  return (
    <>
      <header>
        <h2>{title}</h2>
        <p className="muted">
          {publisher}
          {`, ${published ? (readableDate(published) ?? published) : DATE_UNKNOWN}`}
          {" · "}
          <a href={annotateHref(slug)}>Annotate</a>
        </p>
      </header>
      <div className="article-text" ref={body}>
        {pieces.map((piece, i) =>
          piece.mention ? (
            <button
              key={i}
              type="button"
              tabIndex={-1}
              className={piece.mention.entityNodeId === selected ? "mention active" : "mention"}
              onClick={() => piece.mention && void focusNode(piece.mention.entityNodeId)}
            >
              {piece.text}
            </button>
          ) : (
            <span key={i}>{piece.text}</span>
          ),
        )}
      </div>
    </>
  );
}
