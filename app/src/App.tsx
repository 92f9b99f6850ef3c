import { useState } from "react";
import { AnnotatePage } from "./annotate/AnnotatePage.tsx";
import { DuplicatesPage } from "./duplicates/DuplicatesPage.tsx";
import { decodeAnnotateUrl } from "./shell/annotateUrl.ts";
import { isDuplicatesUrl } from "./shell/duplicatesUrl.ts";
import { Explorer } from "./explorer/Explorer.tsx";
import { explorerExtras } from "./explorerExtras.tsx";

/** The explorer; the Annotate view when the address names an article; the Duplicates view on `?duplicates`. */
export function App() {
  const [annotate] = useState(() => decodeAnnotateUrl(window.location.search));
  const [duplicates] = useState(() => isDuplicatesUrl(window.location.search));
  if (annotate) return <AnnotatePage view={annotate} />;
  if (duplicates) return <DuplicatesPage />;
  return <Explorer extras={explorerExtras} />;
}
