import type { ReactNode } from "react";
import { DetailsPanel } from "./details/DetailsPanel.tsx";
import { PathPanel } from "./path/PathPanel.tsx";

/** A tab of the side panel. Add a panel by adding an entry here. */
export interface SidePanel {
  id: string;
  title: string;
  render(): ReactNode;
}

export const sidePanels: SidePanel[] = [
  { id: "details", title: "Details", render: () => <DetailsPanel /> },
  { id: "path", title: "Path", render: () => <PathPanel /> },
];
