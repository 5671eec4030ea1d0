import type { AcademicYear, DistrictId } from "@sapa/shared";
import type { ListKind } from "./db/report-lists.ts";
import { decodeCursor } from "./report-cursor.ts";
import { readReportPage } from "./report-pages.ts";

/** Pages of the largest size while reading a whole list inside one request. */
const WHOLE_LIST_PAGE = 1000;

/**
 * A report list of `year` read whole, page after page (the region's 635 organisations are one page; its
 * attestation list a few), for the renderings that need every entry at once (the organisations CSV).
 */
export async function readWholeList<T>(
  db: D1Database,
  kind: ListKind,
  year: AcademicYear,
  scope: DistrictId | null,
): Promise<T[]> {
  const items: T[] = [];
  let start = null;
  for (;;) {
    const page = await readReportPage<T>(db, kind, { year, scope, start, limit: WHOLE_LIST_PAGE });
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    start = decodeCursor(page.nextCursor);
    if (start === null) throw new Error("the listing gave a cursor it cannot read");
  }
}
