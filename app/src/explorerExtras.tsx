import { Suspense } from "react";
import { AddArticleDialog } from "./add/AddArticleDialog.tsx";
import { ArticlePicker } from "./annotate/ArticlePicker.tsx";
import type { ExplorerExtras } from "./explorer/panels.tsx";
import { DUPLICATES_HREF } from "./shell/duplicatesUrl.ts";
import { LazyWorkbench } from "./workbench/index.ts";

/**
 * What the other pages put into the explorer: the Add article and Annotate controls and the way to the
 * Duplicates view in its toolbar, the Cypher workbench as a side-panel tab. Kept here, above the pages, so that none imports another.
 */
export const explorerExtras: ExplorerExtras = {
  toolbarItems: [
    { id: "add-article", render: () => <AddArticleDialog /> },
    { id: "annotate", render: () => <ArticlePicker /> },
    {
      id: "duplicates",
      render: () => (
        <a className="button-link" href={DUPLICATES_HREF}>
          Duplicates
        </a>
      ),
    },
  ],
  sidePanels: [
    {
      id: "cypher",
      title: "Cypher",
      keepMounted: true,
      render: () => (
        <Suspense fallback={<p className="muted">Loading the Cypher workbench…</p>}>
          <LazyWorkbench />
        </Suspense>
      ),
    },
  ],
};
