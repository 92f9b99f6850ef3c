import { lazy } from "react";

/** The workbench, loaded on first use: CodeMirror is kept out of the explorer's first load. */
export const LazyWorkbench = lazy(() => import("./Workbench.tsx"));
