import type { ReactNode } from "react";
import { ExportMenu } from "./export/ExportMenu.tsx";
import { InvestigationsMenu } from "./investigations/InvestigationsMenu.tsx";
import { MapButton } from "./map/MapButton.tsx";
import { AlertsInbox } from "./watches/AlertsInbox.tsx";

/**
 * A control in the toolbar after the built-in ones (e.g. an Export button). Add one of the explorer's
 * own by adding an entry here; the other pages' (Add, Annotate) come from app/src/explorerExtras.tsx.
 */
export interface ToolbarItem {
  id: string;
  render(): ReactNode;
}

export const toolbarItems: ToolbarItem[] = [
  { id: "map", render: () => <MapButton /> },
  { id: "investigations", render: () => <InvestigationsMenu /> },
  { id: "export", render: () => <ExportMenu /> },
  { id: "alerts", render: () => <AlertsInbox /> },
];
