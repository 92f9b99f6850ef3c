import type { ReactNode } from "react";
import { ArticlesPanel } from "./corpus/ArticlesPanel.tsx";
import { DetailsPanel } from "./details/DetailsPanel.tsx";
import { InvestigationPanel } from "./investigations/InvestigationPanel.tsx";
import { PathPanel } from "./path/PathPanel.tsx";
import type { ToolbarItem } from "./toolbarItems.tsx";

/**
 * A tab of the side panel. Add one of the explorer's own by adding an entry here; the other
 * pages' (the Cypher workbench) come from app/src/explorerExtras.tsx.
 */
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
  { id: "notes", title: "Notes", render: () => <InvestigationPanel /> },
];

/** What the other pages put into the explorer, after its own: toolbar controls and side-panel tabs. */
export interface ExplorerExtras {
  toolbarItems: ToolbarItem[];
  sidePanels: SidePanel[];
}
