import {
  DISTRICT_IDS,
  type AcademicYear,
  type DistrictId,
  type PageRevision,
  type ReportPage,
} from "@sapa/shared";
import { newestListHeads, readListRange, type ListKind } from "./db/report-lists.ts";
import { encodeCursor, type ReportCursor } from "./report-cursor.ts";

/** Entries a page gives when the client names no limit. */
export const DEFAULT_PAGE_LIMIT = 500;

export interface PageRequest {
  year: AcademicYear;
  /** The one district listed, or null for all. */
  scope: DistrictId | null;
  /** Where to start (a decoded cursor of the same year and scope), or null for the first page. */
  start: ReportCursor | null;
  limit: number;
}

/**
 * One page of a report list over the newest revisions of the districts in scope: districts in the region's
 * order, each district's entries in the shared core's order (as summarise stored them). `revisions` names
 * the revisions read, so a client sees a resubmission between two pages. A start past the end gives an
 * empty page without a next cursor.
 */
export async function readReportPage<T>(
  db: D1Database,
  kind: ListKind,
  req: PageRequest,
): Promise<ReportPage<T>> {
  const inScope = DISTRICT_IDS.filter((d) => req.scope === null || d === req.scope);
  const first = req.start ?? { district: inScope[0]!, position: 0 };
  const { heads, firstEntries } = await newestListHeads<T>(db, kind, req.year, {
    ...first,
    count: req.limit,
  });
  const byDistrict = new Map(heads.map((n) => [n.district, n]));
  const listed = inScope.flatMap((d) => {
    const n = byDistrict.get(d);
    return n === undefined
      ? []
      : [{ district: d, id: n.id, revision: n.revision, count: n.counts[kind], listFormat: n.listFormat }];
  });
  const revisions: PageRevision[] = listed.map(({ district, revision }) => ({ district, revision }));
  const startRank = req.start === null ? 0 : DISTRICT_IDS.indexOf(req.start.district);
  const items: T[] = [];
  let nextCursor: string | null = null;
  for (const entry of listed) {
    if (DISTRICT_IDS.indexOf(entry.district) < startRank) continue;
    const from = req.start !== null && req.start.district === entry.district ? req.start.position : 0;
    if (from >= entry.count) continue;
    if (items.length === req.limit) {
      nextCursor = encodeCursor({
        year: req.year,
        scope: req.scope,
        district: entry.district,
        position: from,
      });
      break;
    }
    const take = Math.min(req.limit - items.length, entry.count - from);
    const prefetched = entry.district === first.district && from === first.position ? firstEntries : null;
    items.push(...(prefetched?.slice(0, take) ?? (await readListRange<T>(db, kind, entry, from, take))));
    if (from + take < entry.count) {
      nextCursor = encodeCursor({
        year: req.year,
        scope: req.scope,
        district: entry.district,
        position: from + take,
      });
      break;
    }
  }
  return { year: req.year, revisions, items, nextCursor };
}
