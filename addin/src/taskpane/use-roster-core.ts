import { useEffect, useSyncExternalStore } from "react";

/** The roster core (roster-core.ts): reading, checking, the figures and the candidates. */
export type RosterCore = typeof import("./roster-core.ts");

let loading: Promise<RosterCore> | null = null;
let loaded: RosterCore | null = null;
const listeners = new Set<() => void>();

/**
 * Fetches the roster core once (issue 19, item 7: it is not part of the pane's start-up); every hook using
 * it re-renders when it arrives. A failed fetch is tried again by the next call (the next read reports it).
 */
export function loadRosterCore(): Promise<RosterCore> {
  return (loading ??= import("./roster-core.ts").then(
    (core) => {
      loaded = core;
      for (const listener of listeners) listener();
      return core;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The roster core once fetched (asked for as soon as the pane is on screen), null until then. */
export function useRosterCore(): RosterCore | null {
  const core = useSyncExternalStore(subscribe, () => loaded);
  useEffect(() => void loadRosterCore().catch(() => undefined), []);
  return core;
}
