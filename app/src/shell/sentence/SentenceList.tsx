import type { EvidenceSentence } from "../../../../graph/contract/explorer.ts";
import { Sentence } from "./Sentence.tsx";

/** Sentences in the order given, each with its marks and its article's title. */
export function SentenceList({
  sentences,
  label,
  className,
}: {
  sentences: readonly EvidenceSentence[];
  label: string;
  className: string;
}) {
  return (
    <ol className={className} aria-label={label}>
      {sentences.map((s) => (
        <li key={`${s.article} ${s.index}`}>
          <Sentence sentence={s} />
        </li>
      ))}
    </ol>
  );
}
