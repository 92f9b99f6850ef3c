/**
 * News agencies by short name, with the names and credits that point to them
 * in English and French copy. The short name is what the graph stores
 * ("wire:AP") and what the panel shows.
 */
export const AGENCIES: readonly { short: string; names: readonly string[] }[] = [
  { short: "AP", names: ["AP", "Associated Press", "The Associated Press", "AP News"] },
  { short: "AFP", names: ["AFP", "Agence France-Presse", "Agence France Presse", "Agence France‑Presse"] },
  { short: "Reuters", names: ["Reuters", "Thomson Reuters"] },
  { short: "Xinhua", names: ["Xinhua", "Xinhua News Agency"] },
  { short: "ANP", names: ["ANP"] },
  { short: "dpa", names: ["dpa", "DPA", "Deutsche Presse-Agentur"] },
  { short: "EFE", names: ["EFE"] },
  { short: "ANSA", names: ["ANSA"] },
  { short: "APA", names: ["APA", "APA news agency", "Agence de Presse Africaine"] },
  { short: "Anadolu", names: ["Anadolu", "Anadolu Agency", "AA"] },
  { short: "PTI", names: ["PTI", "Press Trust of India"] },
  { short: "IANS", names: ["IANS"] },
  { short: "UPI", names: ["UPI", "United Press International"] },
  { short: "Kyodo", names: ["Kyodo", "Kyodo News"] },
  { short: "Yonhap", names: ["Yonhap"] },
  { short: "TASS", names: ["TASS"] },
  { short: "Belga", names: ["Belga"] },
  { short: "MAP", names: ["MAP", "Maghreb Arabe Presse"] },
  { short: "Lusa", names: ["Lusa", "Agência Lusa"] },
  { short: "KUNA", names: ["KUNA", "Kuwait News Agency"] },
];

const BY_NAME = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const name of agency.names) BY_NAME.set(name.toLowerCase(), agency.short);
}

/** The agency's short name for one of its names (case-insensitive), or null. */
export function agencyShortName(name: string): string | null {
  return BY_NAME.get(name.trim().replace(/\s+/g, " ").toLowerCase()) ?? null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

/** Every agency name, longest first, as one regular-expression alternation. */
export const AGENCY_ALTERNATION = AGENCIES.flatMap((a) => a.names)
  .sort((a, b) => b.length - a.length)
  .map((name) => escape(name).replace(/ /g, "\\s+"))
  .join("|");

/** Short names only (no long forms) for the credits that use them: "(AP) —", "/AFP/". */
export const SHORT_ALTERNATION = AGENCIES.map((a) => escape(a.short)).join("|");
