import type { AcademicYear, CandidateCounts } from "@sapa/shared";
import { useEffect, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { ActionRunner } from "./use-action.ts";

export interface RegionCandidates {
  /** The server's counts for the view's year (no names), or null before the first load. */
  counts: CandidateCounts | null;
  loading: boolean;
}

/**
 * The region's candidate counts (GET /api/candidates, every district): read again each time the region
 * view has been refreshed (`loadedAt` changes), so they always match the table above them.
 */
export function useRegionCandidates(options: {
  client: ApiClient;
  year: AcademicYear;
  loadedAt: string | null;
  runner: ActionRunner;
}): RegionCandidates {
  const { client, year, loadedAt, runner } = options;
  const { report } = runner;
  const [loaded, setLoaded] = useState<{ key: string; counts: CandidateCounts } | null>(null);
  const [loading, setLoading] = useState(false);
  const key = `${loadedAt} ${year}`;

  useEffect(() => {
    if (loadedAt === null) return;
    let current = true;
    setLoading(true);
    client
      .candidates(year)
      .then(
        (counts) => current && setLoaded({ key, counts }),
        (error: unknown) => current && report("region", error),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, key, loadedAt, report, year]);

  return { counts: loaded?.key === key ? loaded.counts : null, loading };
}
