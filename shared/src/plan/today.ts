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

/**
 * The minute an instant shows on Aktobe's wall clock, counted from 1970-01-01 00:00 of that clock; null when
 * the text is no instant. The minute a clock shows: 08:57:45 is 08:57. Every surface that shows a timestamp
 * (pane, CLI, sheets) goes through here, so none is a minute ahead of another.
 */
export function regionMinute(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.floor((ms + REGION_UTC_OFFSET_MS) / 60_000);
}

/**
 * A timestamp on Aktobe's wall clock written the ISO way, without the zone: "2026-11-23 00:30". For CSV: every
 * Excel, whatever its locale, reads it as a date and time, on the day and minute the sheets and the pane show.
 */
export function regionTimeText(iso: string): string {
  const minute = regionMinute(iso);
  if (minute === null) return iso;
  const local = new Date(minute * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** A timestamp as the region reads it: "22.11.2026 08:57", Aktobe time (UTC+5) whoever's clock wrote it. */
export function formatRegionTime(iso: string): string {
  const minute = regionMinute(iso);
  if (minute === null) return iso;
  const local = new Date(minute * 60_000).toISOString();
  return `${formatDate(local)} ${local.slice(11, 16)}`;
}
