/**
 * Invented news texts for the provenance tests: a wire dispatch, copies of it
 * as sites reprint them, and independent reports of the same invented event.
 */

export const STATEMENT =
  "“The reservoir at Tarvel is under control, the spillway gates were opened in time and no village downstream is at risk tonight, but we ask every family along the river to stay ready to leave,” the ministry spokesman Oren Valdez said.";

export const DISPATCH_PARAGRAPHS = [
  "TARVEL, Freedonia (AP) — Engineers opened all four spillway gates of the Tarvel dam on Tuesday after three days of heavy rain pushed the reservoir within a metre of its crest, the country's water ministry said.",
  STATEMENT,
  "The dam, completed in 1978 with loans from a regional development bank, holds drinking water for nearly half a million people in the capital and feeds a hydroelectric plant that supplies a fifth of the national grid.",
  "Local officials in the riverside towns of Mirel and Sarrow moved school buses to higher ground overnight and opened two sports halls as shelters, although only a few dozen residents had used them by the afternoon.",
  "Freedonia's weather service forecast another forty millimetres of rain for the hills north of the reservoir before the weekend and warned that small tributaries could still burst their banks in the coming days.",
  "Critics of the government have long argued that the dam's sluices and monitoring sensors were neglected during a decade of budget cuts, a charge the ministry rejected in a report to parliament last spring.",
  "The last serious flood on the river, in 2009, destroyed more than three hundred homes and forced the evacuation of the old town of Sarrow for almost a month, according to figures from the national red cross.",
];

export const DISPATCH = DISPATCH_PARAGRAPHS.join("\n\n");

/** The same dispatch on a site: its own headline, "Read more" links, a subscription appeal, the last paragraph dropped. */
export const REPRINT_WITH_FURNITURE = [
  "Freedonia opens Tarvel dam gates as rain swells reservoir",
  "Advertisement",
  ...DISPATCH_PARAGRAPHS.slice(0, 3),
  "Read more: Storms batter the northern coast for a second week",
  ...DISPATCH_PARAGRAPHS.slice(3, 6),
  "Subscribe to our newsletter for the day's top stories in your inbox every morning.",
  "Share this article",
].join("\n\n");

/** The dispatch under a new headline with a paragraph of the site's own added. */
export const REPRINT_WITH_EXTRA = [
  "Dam gates opened in Freedonia: what it means for the region",
  ...DISPATCH_PARAGRAPHS.slice(0, 4),
  "In the neighbouring province of Kessa, where our correspondent spent the day, farmers said the fields were already waterlogged and that the harvest of winter wheat would be late for the second year running.",
  ...DISPATCH_PARAGRAPHS.slice(4),
].join("\n\n");

/** A newspaper's own report of the same event, quoting the same statement. */
export const INDEPENDENT_WITH_STATEMENT = [
  "Spillway opened as Tarvel reservoir nears its crest",
  "By Mara Lind, Northern Herald",
  "Water poured through the spillway of the Tarvel dam on Tuesday afternoon as the authorities released pressure from a lake swollen by a long weekend of storms.",
  STATEMENT,
  "In Mirel, shopkeepers stacked sandbags in front of their doors while the mayor, Ilse Koren, toured the embankment with a group of volunteers and promised that the town's pumps were working.",
  "Residents we spoke to were calmer than during the flood of 2009, which many of them remember as the week the old bridge was swept away, but several said they had packed a bag just in case.",
  "Opposition deputies said they would ask the minister to explain why an inspection of the dam planned for the summer had been postponed twice.",
].join("\n\n");

/** Another newspaper's own report, without the statement. */
export const INDEPENDENT_PLAIN = [
  "Rain forces Freedonia to release water from its largest dam",
  "The Courier, Sarrow — Freedonia's water authority let water out of the Tarvel reservoir on Tuesday, hours after the lake reached a level not seen in fifteen years.",
  "Families living along the lower valley watched the river rise through the evening; the emergency service said no one had been hurt and no road had been cut so far.",
  "A hydrologist at the university in the capital told this newspaper that releasing water early was the right decision, because the ground in the catchment could not absorb any more rain.",
  "Town halls in the valley kept their crisis rooms open for the night and asked drivers to avoid the riverside road near the old mill.",
].join("\n\n");

/** A second, unrelated dispatch of the same agency on the same day. */
export const OTHER_DISPATCH = [
  "KESSA, Freedonia (AP) — Freedonia's parliament approved on Tuesday a law that lowers the voting age in local elections to sixteen, after a debate that lasted through the night and split the governing coalition.",
  "The measure passed by 112 votes to 97, with two members of the junior coalition party voting against it and several others staying away from the chamber.",
  "Supporters said that teenagers who pay taxes on summer jobs deserved a say in how their towns spend the money, while opponents warned that schools would become political battlegrounds.",
  "The law takes effect before the municipal elections planned for next autumn, the first in which about ninety thousand young people will be able to vote.",
  "Critics of the government have long argued that the dam's sluices and monitoring sensors were neglected during a decade of budget cuts, a charge the ministry rejected in a report to parliament last spring.",
].join("\n\n");

export const FRENCH_WITH_AFP = [
  "Freedonia : les vannes du barrage de Tarvel ouvertes après des pluies torrentielles",
  "Le Quotidien avec AFP",
  "Les ingénieurs ont ouvert mardi les quatre vannes de l'évacuateur de crues du barrage de Tarvel, après trois jours de pluies qui ont porté le réservoir à un mètre de sa crête, a indiqué le ministère de l'eau.",
  "Les autorités locales ont déplacé les bus scolaires sur les hauteurs et ouvert deux gymnases pour accueillir les habitants.",
].join("\n\n");

export const REUTERS_DISPATCH = [
  "TARVEL, Freedonia, Oct 14 (Reuters) - Freedonia released water from its largest reservoir on Tuesday after heavy rain, the water ministry said, as towns downstream prepared shelters.",
  "The ministry said all four gates had been opened and that the dam was not at risk.",
  "(Reporting by Ana Petrov; Editing by Tom Wells)",
].join("\n\n");
