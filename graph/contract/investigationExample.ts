import type { Investigation } from "./investigations.ts";
import { exampleIds } from "./examples.ts";

/** An investigation as data/investigations/<slug>.json holds it, for the OpenAPI document. */
export const exampleInvestigation: Investigation = {
  version: 1,
  slug: "goita-and-mali",
  name: "Goïta and Mali",
  description: "Who leads Mali, as the June 2025 articles say.",
  savedAt: "2026-12-07T10:00:00.000Z",
  view: {
    nodes: [
      { elementId: exampleIds.goita, key: "assimi-goita", caption: "Assimi Goïta", x: 0, y: 0 },
      { elementId: exampleIds.mali, key: "mali", caption: "Mali", x: 1.5, y: 0.5 },
    ],
    relationships: [
      {
        elementId: exampleIds.leads,
        start: "assimi-goita",
        type: "LEADS",
        end: "mali",
        article: "2025-06-23-goita-moscow",
      },
    ],
    expanded: [],
    pinned: [exampleIds.mali],
    hiddenLabels: [],
    hiddenTypes: [],
    minSources: 1,
    timeFilter: { from: "2025-06-01", to: null, undated: true, asOf: null },
    selection: exampleIds.goita,
    camera: { x: 0.5, y: 0.5, ratio: 1, angle: 0, extent: { x: [0, 1.5], y: [0, 0.5] } },
    path: null,
  },
  notes: [
    {
      id: "n1",
      on: { kind: "node", elementId: exampleIds.goita },
      text: "Check the **Moscow** visit against the Kremlin's readout.",
      author: "analyst",
      written: "2026-12-07T09:58:00.000Z",
    },
  ],
  known: [{ start: "assimi-goita", type: "LEADS", end: "mali", article: "2025-06-23-goita-moscow" }],
};
