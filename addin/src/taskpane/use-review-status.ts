import {
  formatRegionTime,
  type AcademicYear,
  type DistrictId,
  type DistrictReview,
  type YearLock,
} from "@sapa/shared";
import { useEffect, useState } from "react";
import type { ApiClient, Receipt } from "../api/client.ts";
import type { Translate } from "../translate.ts";

/** What the Submit tab knows of the region's side: the district-year's review and the year's lock. */
export interface SubmitStatus {
  review: DistrictReview | null;
  /** The year's lock as last read; null when not read (a failed read blocks nothing: the server still refuses). */
  lock: YearLock | null;
}

/**
 * Why a district's Submit is off, or null: a locked year (nothing changes until the region unlocks it), then
 * accepted data (final until the region reopens it).
 */
export function submitBlockedReason(
  { review, lock }: SubmitStatus,
  year: AcademicYear,
  t: Translate,
): string | null {
  if (lock?.year === year && lock.locked)
    return t("submitBlockedLocked", { year, time: lock.lockedAt ? formatRegionTime(lock.lockedAt) : "" });
  return review?.status === "accepted" ? t("submitBlockedAccepted") : null;
}

/**
 * A district's own review status for the year (GET /api/review with its token) and the year's lock (GET
 * /api/years/:year), read each time the Submit tab is opened (the region may have returned, accepted or
 * locked while the pane stayed open), again after each receipt (a resubmission makes it "submitted") and
 * after each 409 refusal of a submission (the year locked or the data accepted meanwhile).
 * A failed read leaves the last known state: the submit flow reports connection problems itself.
 */
export function useReviewStatus(options: {
  client: ApiClient;
  district: DistrictId | null;
  ready: boolean;
  year: AcademicYear;
  receipt: Receipt | null;
  /** True while the Submit tab, which shows the status, is open. */
  shown: boolean;
  /** Counts the server's 409 refusals of a submission: each is a reason to read the status again. */
  conflicts: number;
}): SubmitStatus {
  const { client, district, ready, year, receipt, shown, conflicts } = options;
  const [review, setReview] = useState<DistrictReview | null>(null);
  const [lock, setLock] = useState<YearLock | null>(null);
  useEffect(() => {
    if (!ready || !district) {
      setReview(null);
      setLock(null);
      return;
    }
    if (!shown) return;
    let current = true;
    client.reviewList(year).then(
      (list) => {
        const own = list.districts.find((d) => d.district === district) ?? null;
        if (current) setReview(own);
      },
      () => undefined,
    );
    client.yearLock(year).then(
      (read) => current && setLock(read),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client, district, ready, year, receipt, shown, conflicts]);
  return { review, lock };
}
