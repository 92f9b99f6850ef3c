import { type ReactNode, Suspense } from "react";
import { ArticlesPanel } from "./corpus/ArticlesPanel.tsx";
import { DetailsPanel } from "./details/DetailsPanel.tsx";
import { PathPanel } from "./path/PathPanel.tsx";
import { LazyWorkbench } from "../workbench/index.ts";

/** A tab of the side panel. Add a panel by adding an entry here. */
export interface SidePanel {
  id: string;
  title: string;
  render(): ReactNode;
  /**
   * Stay mounted (hidden) while another tab shows, so that work in progress
   * survives a switch: the workbench's result, for one, when a chip selects a node.
   */
  keepMounted?: boolean;
}

export const sidePanels: SidePanel[] = [
  { id: "details", title: "Details", render: () => <DetailsPanel /> },
  { id: "path", title: "Path", render: () => <PathPanel /> },
  { id: "articles", title: "Articles", render: () => <ArticlesPanel /> },
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
];
