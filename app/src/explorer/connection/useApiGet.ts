import { useEffect, useState } from "react";
import { apiGet } from "../../api.ts";
import { isAbort, useConnection } from "./connection.ts";

export type Resource<T> =
  { state: "loading" } | { state: "ready"; data: T } | { state: "failed"; message: string };

/** GETs a path (null: nothing to fetch), again after each recovery of the connection. */
export function useApiGet<T>(path: string | null): Resource<T> {
  const { report, generation } = useConnection();
  const [result, setResult] = useState<{ key: string; resource: Resource<T> } | null>(null);
  const key = `${generation} ${path}`;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    apiGet<T>(path, controller.signal)
      .then((data) => setResult({ key, resource: { state: "ready", data } }))
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        report(error);
        setResult({
          key,
          resource: {
            state: "failed",
            message: error instanceof Error ? error.message : "The request failed.",
          },
        });
      });
    return () => controller.abort();
  }, [path, key, report]);

  return result && result.key === key ? result.resource : { state: "loading" };
}
