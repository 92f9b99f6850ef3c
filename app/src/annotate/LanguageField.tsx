import { useId } from "react";
import { reviewedLanguage } from "../../../graph/model/reviewedLanguage.ts";
import type { ReviewFieldProps } from "./PublishedDateField.tsx";

/** The languages the suggestions read with their own models; another tag gets the rules and the graph's names. */
const LANGUAGES: Record<string, string> = { en: "English", fr: "French" };

/**
 * The article's language under review, and the reviewer's way to correct it:
 * an edit of the draft like the date (saved, undone with undo), read by
 * "Suggest again" and written to meta.json on publish.
 */
export function LanguageField({ document, draft, dispatch }: ReviewFieldProps) {
  const language = reviewedLanguage(document.meta, draft);
  const id = useId();
  const options = language in LANGUAGES ? LANGUAGES : { ...LANGUAGES, [language]: language };
  return (
    <div className="article-language" role="group" aria-label="Language">
      <label htmlFor={id}>Language</label>{" "}
      <select
        id={id}
        value={language}
        onChange={(e) => dispatch({ type: "language", language: e.target.value })}
      >
        {Object.entries(options).map(([tag, name]) => (
          <option key={tag} value={tag}>
            {name}
          </option>
        ))}
      </select>{" "}
      {language !== document.meta.language && (
        <span className="muted">&ldquo;Suggest again&rdquo; reads the text in this language.</span>
      )}
    </div>
  );
}
