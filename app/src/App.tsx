import { useState } from "react";
import { AnnotatePage } from "./annotate/AnnotatePage.tsx";
import { decodeAnnotateUrl } from "./shell/annotateUrl.ts";
import { Explorer } from "./explorer/Explorer.tsx";
import { explorerExtras } from "./explorerExtras.tsx";

/** The explorer, or the Annotate view when the address names an article to annotate. */
export function App() {
  const [annotate] = useState(() => decodeAnnotateUrl(window.location.search));
  return annotate ? <AnnotatePage view={annotate} /> : <Explorer extras={explorerExtras} />;
}
