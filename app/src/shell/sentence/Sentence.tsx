import type { EvidenceSentence } from "../../../../graph/contract/explorer.ts";
import { segments } from "./segments.ts";

/** An article sentence with the mentions in question marked (rendered as text, never as HTML). */
export function Sentence({ sentence }: { sentence: EvidenceSentence }) {
  return (
    <blockquote className="sentence">
      <p>
        {segments(sentence.text, sentence.highlights).map((piece, i) =>
          piece.mark ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
        )}
      </p>
      <footer>
        {sentence.articleTitle}, sentence {sentence.index + 1}
      </footer>
    </blockquote>
  );
}
