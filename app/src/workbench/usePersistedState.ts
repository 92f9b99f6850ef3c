import { useCallback, useState } from "react";

/** The stored value of a key, or the fallback when there is none or storage is off. */
export function stored(key: string, fallback: string): string {
  try {
    return localStorage.getItem(key) ?? fallback;
  } catch {
    return fallback;
  }
}

export function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the value lives until the page closes.
  }
}

/** A text state kept in localStorage under `key`, so it survives a reload. */
export function usePersistedState(key: string, fallback: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => stored(key, fallback));
  const set = useCallback(
    (next: string) => {
      setValue(next);
      store(key, next);
    },
    [key],
  );
  return [value, set];
}
