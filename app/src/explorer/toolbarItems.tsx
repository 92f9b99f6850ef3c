import type { ReactNode } from "react";
import { AddArticleDialog } from "../add/AddArticleDialog.tsx";
import { ArticlePicker } from "../annotate/ArticlePicker.tsx";
import { ExportMenu } from "../export/ExportMenu.tsx";

/** A control in the toolbar after the built-in ones (e.g. an Export button). Add one by adding an entry here. */
export interface ToolbarItem {
  id: string;
  render(): ReactNode;
}

export const toolbarItems: ToolbarItem[] = [
  { id: "export", render: () => <ExportMenu /> },
  { id: "add-article", render: () => <AddArticleDialog /> },
  { id: "annotate", render: () => <ArticlePicker /> },
];
