import type { AcademicYear, DistrictId, DistrictReview } from "@sapa/shared";
import { useEffect, useState } from "react";
import type { ApiClient, Receipt } from "../api/client.ts";

/**
 * A district's own review status for the year (GET /api/review with its token), read each time the Submit
 * tab is opened (the region may have returned or accepted the data while the pane stayed open) and again
 * after each receipt (a resubmission makes it "submitted").
 * A failed read leaves the last known status: the submit flow reports connection problems itself.
 */
export function useReviewStatus(options: {
  client: ApiClient;
  district: DistrictId | null;
  ready: boolean;
  year: AcademicYear;
  receipt: Receipt | null;
  /** True while the Submit tab, which shows the status, is open. */
  shown: boolean;
}): DistrictReview | null {
  const { client, district, ready, year, receipt, shown } = options;
  const [status, setStatus] = useState<DistrictReview | null>(null);
  useEffect(() => {
    if (!ready || !district) {
      setStatus(null);
      return;
    }
    if (!shown) return;
    let current = true;
    client.reviewList(year).then(
      (list) => {
        const own = list.districts.find((d) => d.district === district) ?? null;
        if (current) setStatus(own);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client, district, ready, year, receipt, shown]);
  return status;
}
