import { GraphCanvas } from "./canvas/GraphCanvas.tsx";
import { ConnectionProvider } from "../shell/connection/ConnectionProvider.tsx";
import { OutageBanner } from "../shell/connection/OutageBanner.tsx";
import { ExplorerProvider } from "./ExplorerProvider.tsx";
import { InvestigationLink } from "./investigations/InvestigationLink.tsx";
import { InvestigationProvider } from "./investigations/InvestigationProvider.tsx";
import { Legend } from "./legend/Legend.tsx";
import { ArticleReader } from "./reader/ArticleReader.tsx";
import { ReaderProvider } from "./reader/ReaderProvider.tsx";
import { useReader } from "./reader/readerState.ts";
import { TimelinePanel } from "./time/TimelinePanel.tsx";
import { TimeProvider } from "./time/TimeProvider.tsx";
import { MapModeProvider } from "./map/MapModeProvider.tsx";
import { type ExplorerExtras, sidePanels } from "./panels.tsx";
import { SidePanel } from "./SidePanel.tsx";
import { StatusBar } from "./StatusBar.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { toolbarItems } from "./toolbarItems.tsx";
import { UrlSync } from "./UrlSync.tsx";
import { useOpeningView } from "./useOpeningView.ts";
import { OpeningDoneContext } from "./openingGate.ts";
import { useShortcuts } from "./useShortcuts.ts";

/**
 * The explorer page: toolbar, article, graph with legend, side panel, status bar; `extras` are the
 * controls and tabs of the other pages (given by the app, so that no page imports another).
 */
export function Explorer({ extras }: { extras: ExplorerExtras }) {
  return (
    <ConnectionProvider>
      <ExplorerProvider>
        <InvestigationProvider>
          <TimeProvider>
            <ReaderProvider>
              <MapModeProvider>
                <ExplorerLayout extras={extras} />
              </MapModeProvider>
            </ReaderProvider>
          </TimeProvider>
        </InvestigationProvider>
      </ExplorerProvider>
    </ConnectionProvider>
  );
}

function ExplorerLayout({ extras }: { extras: ExplorerExtras }) {
  const opening = useOpeningView();
  const { open: readerOpen, toggle: toggleReader } = useReader();
  useShortcuts();
  return (
    <div className={readerOpen ? "explorer with-reader" : "explorer"}>
      <Toolbar
        readerOpen={readerOpen}
        toggleReader={toggleReader}
        items={[...toolbarItems, ...extras.toolbarItems]}
      />
      <OutageBanner />
      <OpeningDoneContext.Provider value={opening.state !== "loading"}>
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
          <SidePanel panels={[...sidePanels, ...extras.sidePanels]} />
        </main>
      </OpeningDoneContext.Provider>
      <StatusBar opening={opening} />
      <UrlSync ready={opening.state === "ready"} />
      <InvestigationLink ready={opening.state === "ready"} />
    </div>
  );
}
