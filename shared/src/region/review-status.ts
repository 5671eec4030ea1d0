/**
 * The review's statuses and actions and the statuses' names: no schema here, so a program that only names
 * a status (the CLI's first screen, its catalogue) does not load zod. The wire schemas are in review.ts.
 */
import type { Localized } from "../types.ts";
import { LABELS } from "../i18n/labels.ts";

export const REVIEW_STATUSES = ["not-submitted", "submitted", "accepted", "returned"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What the region does to a district-year. */
export const REVIEW_ACTIONS = ["accept", "return", "reopen"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Status names for panes, sheets and the CLI. */
export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, Localized>> = {
  // The same words as a table of units' status column (one unit: singular).
  "not-submitted": LABELS.unitMissing,
  submitted: LABELS.unitSubmitted,
  accepted: { kk: "Қабылданды", ru: "Принято", en: "Accepted" },
  returned: { kk: "Қайтарылды", ru: "Возвращено", en: "Returned" },
};
