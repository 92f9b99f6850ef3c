/** The families the vocabulary's relationship types are grouped in, in the order lists show them. */
export const FAMILIES = [
  { id: "leadership", label: "Leadership" },
  { id: "membership", label: "Membership" },
  { id: "ownership", label: "Ownership and stakes" },
  { id: "agreements", label: "Agreements" },
  { id: "meetings", label: "Meetings and visits" },
  { id: "location", label: "Location and operation" },
  { id: "employment", label: "Employment and representation" },
  { id: "support", label: "Support and aid" },
  { id: "trade", label: "Trade" },
  { id: "conflict", label: "Conflict and pressure" },
  { id: "succession", label: "Founding and succession" },
  { id: "personal", label: "Family and personal" },
  { id: "communication", label: "Communication and statements" },
  { id: "general", label: "General" },
] as const;

export type FamilyId = (typeof FAMILIES)[number]["id"];
export const FAMILY_IDS = FAMILIES.map((f) => f.id) as [FamilyId, ...FamilyId[]];

export function familyLabel(id: string): string {
  return FAMILIES.find((f) => f.id === id)?.label ?? "Reviewers' additions";
}
