/**
 * The season's review list (GET /api/review) as a table: the 13 units in region order with their status,
 * newest revision, when it came, when the region last acted on it and the comment it left.
 */
import type { ReviewList } from "../region/review.ts";
import { REVIEW_STATUS_LABELS } from "../region/review-status.ts";
import { findDistrict } from "../plan/districts.ts";
import { cell, column, verbatim, type Table } from "./table.ts";

export function reviewListTable(list: ReviewList): Table {
  return {
    key: "reviewList",
    title: null,
    stub: "district",
    columns: [
      column("status", "text", "reviewStatus"),
      column("revision", "count"),
      column("submittedAt", "timestamp"),
      column("reviewedAt", "timestamp"),
      column("comment", "text"),
    ],
    rows: list.districts.map((r) => {
      const d = findDistrict(r.district);
      return {
        key: r.district,
        label: d ? { names: d.name } : verbatim(r.district),
        cells: [
          cell.text({ names: REVIEW_STATUS_LABELS[r.status] }),
          cell.count(r.revision),
          cell.timestamp(r.submittedAt),
          cell.timestamp(r.reviewedAt),
          cell.text(r.comment === null ? null : verbatim(r.comment)),
        ],
      };
    }),
  };
}
