import { type ReactNode, useMemo, useState } from "react";
import { ReaderContext, type ReaderState } from "./readerState.ts";

export function ReaderProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(true);
  const [slug, setSlug] = useState<string | null>(null);
  const reader = useMemo<ReaderState>(
    () => ({
      open,
      slug,
      toggle: () => setOpen((o) => !o),
      show: (next) => {
        setSlug(next);
        setOpen(true);
      },
    }),
    [open, slug],
  );
  return <ReaderContext.Provider value={reader}>{children}</ReaderContext.Provider>;
}
