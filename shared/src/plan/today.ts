import { academicYearOf } from "./academic-year.ts";
import type { AcademicYear, IsoDate } from "../types.ts";

/**
 * The region's clock. Aktobe keeps UTC+5 all year (Asia/Aqtobe, no daylight saving), so "today" is the
 * UTC instant shifted by five hours: the pane, the CLI and the worker agree whatever their own time zone.
 */
export const REGION_TIME_ZONE = "Asia/Aqtobe";
const REGION_UTC_OFFSET_MS = 5 * 60 * 60 * 1000;

/** Today's date in Aktobe as ISO `YYYY-MM-DD`. */
export function todayInRegion(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + REGION_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The academic year containing today in Aktobe (from 1 September 00:00 Aktobe time, the new year). */
export function academicYearToday(now: Date = new Date()): AcademicYear {
  return academicYearOf(todayInRegion(now));
}

/** A date as people in the region write it, "31.05.2026", in every language (ISO only on the wire). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A timestamp as the region reads it: "22.11.2026 08:57", Aktobe time (UTC+5) whoever's clock wrote it. */
export function formatRegionTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = new Date(ms + REGION_UTC_OFFSET_MS).toISOString();
  return `${formatDate(local)} ${local.slice(11, 16)}`;
}
