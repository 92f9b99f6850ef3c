import type { ReactNode } from "react";

/** A control in the toolbar after the built-in ones (e.g. an Export button). Add one by adding an entry here. */
export interface ToolbarItem {
  id: string;
  render(): ReactNode;
}

export const toolbarItems: ToolbarItem[] = [];
