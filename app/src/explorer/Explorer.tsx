import { GraphCanvas } from "./canvas/GraphCanvas.tsx";
import { ConnectionProvider } from "./connection/ConnectionProvider.tsx";
import { OutageBanner } from "./connection/OutageBanner.tsx";
import { ExplorerProvider } from "./ExplorerProvider.tsx";
import { Legend } from "./legend/Legend.tsx";
import { ArticleReader } from "./reader/ArticleReader.tsx";
import { ReaderProvider } from "./reader/ReaderProvider.tsx";
import { useReader } from "./reader/readerState.ts";
import { TimelinePanel } from "./time/TimelinePanel.tsx";
import { TimeProvider } from "./time/TimeProvider.tsx";
import { SidePanel } from "./SidePanel.tsx";
import { StatusBar } from "./StatusBar.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { UrlSync } from "./UrlSync.tsx";
import { useOpeningView } from "./useOpeningView.ts";
import { useShortcuts } from "./useShortcuts.ts";

/** The explorer page: toolbar, article, graph with legend, side panel, status bar. */
export function Explorer() {
  return (
    <ConnectionProvider>
      <ExplorerProvider>
        <TimeProvider>
          <ReaderProvider>
            <ExplorerLayout />
          </ReaderProvider>
        </TimeProvider>
      </ExplorerProvider>
    </ConnectionProvider>
  );
}

function ExplorerLayout() {
  const opening = useOpeningView();
  const { open: readerOpen, toggle: toggleReader } = useReader();
  useShortcuts();
  return (
    <div className={readerOpen ? "explorer with-reader" : "explorer"}>
      <Toolbar readerOpen={readerOpen} toggleReader={toggleReader} />
      <OutageBanner />
      <main className="stage">
        {readerOpen && <ArticleReader />}
        <section className="graph" aria-label="Graph">
          <div className="canvas-area">
            <GraphCanvas />
          </div>
          <Legend />
          <TimelinePanel />
          {opening.state === "loading" && <p className="overlay muted">Opening the graph…</p>}
        </section>
        <SidePanel />
      </main>
      <StatusBar opening={opening} />
      <UrlSync ready={opening.state === "ready"} />
    </div>
  );
}
