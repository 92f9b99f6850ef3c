import { ConnectionProvider } from "../shell/connection/ConnectionProvider.tsx";
import { OutageBanner } from "../shell/connection/OutageBanner.tsx";
import "./annotate.css";
import { ReviewScreen } from "./ReviewScreen.tsx";
import type { AnnotateUrl } from "../shell/annotateUrl.ts";
import { useReviewDocument } from "./useReviewDocument.ts";

/** The Annotate view of the article the address names. */
export function AnnotatePage({ view }: { view: AnnotateUrl }) {
  return (
    <ConnectionProvider>
      <OutageBanner />
      <AnnotateDocument view={view} />
    </ConnectionProvider>
  );
}

function AnnotateDocument({ view }: { view: AnnotateUrl }) {
  const { resource, reload } = useReviewDocument(view.slug);
  if (resource.state === "loading") return <p className="muted annotate-message">Opening the draft…</p>;
  if (resource.state === "failed")
    return (
      <div className="annotate-message" role="alert">
        <p>{resource.message}</p>
        <button type="button" onClick={reload}>
          Try again
        </button>{" "}
        <a href="/">Back to the explorer</a>
      </div>
    );
  return (
    <ReviewScreen key={resource.document.version} document={resource.document} initialItem={view.item} />
  );
}
