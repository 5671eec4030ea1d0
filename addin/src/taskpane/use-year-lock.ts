import { formatRegionTime, type AcademicYear, type YearLock } from "@sapa/shared";
import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Translate } from "../translate.ts";
import type { ActionRunner } from "./use-action.ts";

/** Locking or unlocking, as the dialog asks it. */
export type YearLockChange = "lock" | "unlock";

export interface YearLockControl {
  /** The shown year's lock as last read; null until read (or when the read failed): nothing is said then. */
  lock: YearLock | null;
  /** The change whose confirmation dialog is open, or null. */
  asking: YearLockChange | null;
  ask: (change: YearLockChange) => void;
  cancel: () => void;
  /** Makes the asked change; the dialog closes either way (a failure is said in a notice under it). */
  confirm: () => void;
}

/** The year's state as the Region tab says it: "2025-2026: open", or locked since when and what that stops. */
export function yearLockLine(lock: YearLock, t: Translate): string {
  return lock.locked
    ? t("yearLockedSince", { year: lock.year, time: lock.lockedAt ? formatRegionTime(lock.lockedAt) : "" })
    : t("yearOpen", { year: lock.year });
}

/** The change the button offers: unlock a locked year, lock an open one. */
export const yearLockChange = (lock: YearLock): YearLockChange => (lock.locked ? "unlock" : "lock");

/** Whether the region's review buttons are off: the lock read is of this year and it is locked. */
export const reviewLocked = (lock: YearLock | null, year: AcademicYear): boolean =>
  lock !== null && lock.year === year && lock.locked;

/**
 * The region's lock of the year it views: read when the Region tab opens and with each load of its table
 * (a review refused as "year locked" reloads it, so the buttons then say why), changed after a confirmation.
 */
export function useYearLock(options: {
  client: ApiClient;
  year: AcademicYear;
  /** When the region's table was last read: the lock is read again with it. */
  loadedAt: string | null;
  run: ActionRunner["run"];
}): YearLockControl {
  const { client, year, loadedAt, run } = options;
  const [lock, setLock] = useState<YearLock | null>(null);
  const [asking, setAsking] = useState<YearLockChange | null>(null);
  useEffect(() => {
    let current = true;
    client.yearLock(year).then(
      (read) => current && setLock(read),
      () => current && setLock(null),
    );
    return () => {
      current = false;
    };
  }, [client, year, loadedAt]);

  const confirm = useCallback(() => {
    const change = asking;
    if (!change) return;
    void run("year", async () => {
      try {
        setLock(await (change === "lock" ? client.lockYear(year) : client.unlockYear(year)));
      } finally {
        setAsking(null);
      }
    });
  }, [asking, client, run, year]);

  return {
    lock: lock?.year === year ? lock : null,
    asking,
    ask: setAsking,
    cancel: () => setAsking(null),
    confirm,
  };
}
