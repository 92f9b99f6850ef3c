import { Suspense } from "react";
import { AddArticleDialog } from "./add/AddArticleDialog.tsx";
import { ArticlePicker } from "./annotate/ArticlePicker.tsx";
import type { ExplorerExtras } from "./explorer/panels.tsx";
import { LazyWorkbench } from "./workbench/index.ts";

/**
 * What the other pages put into the explorer: the Add article and Annotate controls in its toolbar,
 * the Cypher workbench as a side-panel tab. Kept here, above the pages, so that none imports another.
 */
export const explorerExtras: ExplorerExtras = {
  toolbarItems: [
    { id: "add-article", render: () => <AddArticleDialog /> },
    { id: "annotate", render: () => <ArticlePicker /> },
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
