import type { IsoDate } from "../types.ts";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/** True for a real calendar day written as YYYY-MM-DD (2024-02-29 is one, 2025-02-29 and 2026-13-01 are not). */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC reads years 0-99 as 1900-1999: set the year itself.
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A report date as a person types it, in the pane's Settings or after `sapa … --as-of`: dd.mm.yyyy as Sapa
 * writes every date (d.m.yyyy, and slashes, too: day first), or YYYY-MM-DD. "" is no date (the caller's
 * today). Anything else, or a day that does not exist, is "invalid".
 */
export function parseReportDate(text: string): IsoDate | null | "invalid" {
  const typed = text.trim();
  if (typed === "") return null;
  if (isIsoDate(typed)) return typed;
  const m = DAY_FIRST.exec(typed);
  if (m === null) return "invalid";
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : "invalid";
}
