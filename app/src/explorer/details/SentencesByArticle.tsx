import type { EvidenceSentence } from "../../../../graph/contract/explorer.ts";
import { readableDate } from "./formatProperty.ts";
import { DATE_UNKNOWN } from "../../../../graph/model/publishedDate.ts";
import { SentenceList } from "../../shell/sentence/SentenceList.tsx";
import "../corpus/corpus.css";

/** Sentences in groups, one per article, in the order they come (the API sends the newest article first). */
export function groupByArticle(sentences: readonly EvidenceSentence[]) {
  const groups = new Map<
    string,
    { article: string; title: string; published: string | null; sentences: EvidenceSentence[] }
  >();
  for (const s of sentences) {
    let group = groups.get(s.article);
    if (!group) {
      group = { article: s.article, title: s.articleTitle, published: s.published ?? null, sentences: [] };
      groups.set(s.article, group);
    }
    group.sentences.push(s);
  }
  return [...groups.values()];
}

/** The sentences of each article under the article's title and date. */
export function SentencesByArticle({
  sentences,
  label,
}: {
  sentences: readonly EvidenceSentence[];
  label: string;
}) {
  return (
    <ol className="source-groups" aria-label={label}>
      {groupByArticle(sentences).map((group) => (
        <li
          key={group.article}
          id={`evidence-${group.article}`}
          className="source-group"
          aria-label={group.title}
        >
          <h4>
            {group.title}
            {` (${group.published ? (readableDate(group.published) ?? group.published) : DATE_UNKNOWN})`}
          </h4>
          <SentenceList className="mentions" label={`From ${group.title}`} sentences={group.sentences} />
        </li>
      ))}
    </ol>
  );
}
