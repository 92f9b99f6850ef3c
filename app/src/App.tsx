import { lazy, Suspense, useState } from "react";
import { decodeAnnotateUrl } from "./shell/annotateUrl.ts";
import { isDuplicatesUrl } from "./shell/duplicatesUrl.ts";
import { Explorer } from "./explorer/Explorer.tsx";
import { explorerExtras } from "./explorerExtras.tsx";

// The Annotate and Duplicates pages load when opened, so that the explorer's first load does not parse them.
const AnnotatePage = lazy(() =>
  import("./annotate/AnnotatePage.tsx").then((m) => ({ default: m.AnnotatePage })),
);
const DuplicatesPage = lazy(() =>
  import("./duplicates/DuplicatesPage.tsx").then((m) => ({ default: m.DuplicatesPage })),
);

/** The explorer; the Annotate view when the address names an article; the Duplicates view on `?duplicates`. */
export function App() {
  const [annotate] = useState(() => decodeAnnotateUrl(window.location.search));
  const [duplicates] = useState(() => isDuplicatesUrl(window.location.search));
  if (annotate || duplicates)
    return (
      <Suspense fallback={<p className="muted page-loading">Loading…</p>}>
        {annotate ? <AnnotatePage view={annotate} /> : <DuplicatesPage />}
      </Suspense>
    );
  return <Explorer extras={explorerExtras} />;
}
