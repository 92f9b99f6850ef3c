import { useEffect, useRef, useState } from "react";
import { useInvestigation } from "./investigationState.ts";

/** The address's investigation name, or null. */
export function linkedInvestigation(search: string): string | null {
  const slug = new URLSearchParams(search).get("investigation")?.trim();
  return slug ? slug : null;
}

/** Opens the investigation the address names (`?investigation=<slug>`), once the opening view is in. */
export function InvestigationLink({ ready }: { ready: boolean }) {
  const { open } = useInvestigation();
  // Read once, as the page opens: the address is rewritten as the view changes.
  const [slug] = useState(() => linkedInvestigation(window.location.search));
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current || !slug) return;
    done.current = true;
    void open(slug);
  }, [ready, open, slug]);
  return null;
}
