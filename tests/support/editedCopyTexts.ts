/**
 * Invented texts for the reprint tests on edited copies: the provenance
 * dispatch as a site edits it (a new first sentence, a word changed in most
 * sentences, American spelling and figures, a paragraph dropped and one
 * added), the same facts told in another order, and two reports that print
 * one agency photo with its caption.
 */
import { STATEMENT } from "./provenanceTexts.ts";

export const EDITED_PARAGRAPHS = [
  "Freedonia has opened the floodgates of its biggest dam to relieve a reservoir swollen by days of rain.",
  "Engineers opened all four spillway gates of the Tarvel dam on Tuesday after three days of torrential rain pushed the reservoir within a meter of its top, the water ministry said.",
  STATEMENT,
  "The dam, finished in 1978 with loans from a regional development bank, holds drinking water for almost half a million people in the capital and feeds a hydroelectric station that supplies a fifth of the country's grid.",
  "Local officials in the riverside towns of Mirel and Sarrow moved their school buses to high ground during the night and opened two sports halls as shelters, though only a few dozen people had used them by the afternoon.",
  "Freedonia's weather service forecast another 40 millimeters of rain for the hills north of the reservoir before the weekend and warned that smaller tributaries might still burst their banks in the days ahead.",
  "Our reporter in Mirel saw the river lapping at the steps of the town hall by nightfall, where volunteers were filling sandbags.",
  "The last major flood on the river, in 2009, destroyed more than 300 homes and forced the evacuation of the old town of Sarrow for nearly a month, according to figures from the national red cross.",
];

/** The dispatch edited by a site, under its own headline. */
export const EDITED_COPY = ["Tarvel dam gates opened as rain swells reservoir", ...EDITED_PARAGRAPHS].join(
  "\n\n",
);

/** The edited copy's paragraphs told the other way round: the same facts, not the agency's order. */
export const SAME_FACTS_REORDERED = [...EDITED_PARAGRAPHS].reverse().join("\n\n");

const CAPTION =
  "Residents of Mirel watch the swollen river from the old stone bridge in Freedonia on Tuesday, Oct. 14, as engineers open the spillway gates of the Tarvel dam upstream. (AP Photo/Lena Brask)";

/** A paper's own report under the agency's photo and caption. */
export const REPORT_WITH_CAPTION = [
  "Mirel braces for high water",
  CAPTION,
  "The Mirel Gazette — Shops on the riverside closed early and firemen asked people to move their cars.",
].join("\n\n");

/** Another paper's own report under the same photo and caption. */
export const OTHER_REPORT_WITH_CAPTION = [
  "Farmers count the cost as Tarvel releases water",
  CAPTION,
  "Valley Farmer — Growers said their fields had been under water since Sunday.",
].join("\n\n");
