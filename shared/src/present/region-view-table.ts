/**
 * The region's season at a glance (the pane's region view): the 13 units with their review status and the
 * figures the region reviews them by, worst first, the region's total on top.
 */
import type { DistrictReview } from "../region/review.ts";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "../region/review-status.ts";
import type { ReportFigures } from "../types.ts";
import { districtTable } from "./report-tables.ts";
import { cell, column, columnIndex, type Row, type Table } from "./table.ts";

/** Which units come first among equals: those the region still has to act on. */
const STATUS_ORDER: Readonly<Record<ReviewStatus, number>> = {
  "not-submitted": 0,
  returned: 1,
  submitted: 2,
  accepted: 3,
};

function neededOf(row: Row, index: number): number {
  const c = row.cells[index];
  return c && c.kind === "count" && c.value !== null ? c.value : -1;
}

/**
 * The region view: the region total first, then every unit sorted worst first — most teachers still needed
 * for the stage target, then the widest gap (points still to gain), then by status (returned, submitted, accepted);
 * the units that have not submitted come last, marked "not submitted" (nothing is known of what they still
 * need: issue 19, item 6). Each row carries its status as the first cell.
 */
export function regionViewTable(report: ReportFigures, reviews: readonly DistrictReview[]): Table {
  const base = districtTable(report, "pane");
  const status = new Map(reviews.map((r) => [r.district, r.status]));
  const needed = columnIndex(base, "stage.teachersNeeded");
  const gap = columnIndex(base, "stage.gapPp");
  const withStatus = (row: Row): Row => {
    const s = row.region ? null : (status.get(row.key as DistrictReview["district"]) ?? "not-submitted");
    const cells = row.role === "missing" ? base.columns.map(() => cell.empty()) : [...row.cells];
    return { ...row, cells: [cell.text(s ? { names: REVIEW_STATUS_LABELS[s] } : null), ...cells] };
  };
  const statusRank = (row: Row) =>
    STATUS_ORDER[status.get(row.key as DistrictReview["district"]) ?? "not-submitted"];
  const gapOf = (row: Row) => {
    const c = row.cells[gap];
    return c && c.kind === "pp" && c.value !== null ? c.value : Number.NEGATIVE_INFINITY;
  };
  const units = base.rows
    .filter((r) => !r.region)
    .sort((a, b) => {
      const missing = Number(a.role === "missing") - Number(b.role === "missing");
      if (missing !== 0) return missing;
      const need = neededOf(b, needed) - neededOf(a, needed);
      if (need !== 0) return need;
      const g = gapOf(b) - gapOf(a);
      if (g !== 0 && Number.isFinite(g)) return g;
      return statusRank(a) - statusRank(b);
    });
  const total = base.rows.filter((r) => r.region);
  return {
    ...base,
    key: "regionView",
    columns: [column("status", "text", "reviewStatus"), ...base.columns],
    rows: [...total, ...units].map(withStatus),
  };
}
