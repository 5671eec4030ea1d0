import type { AcademicYear, IsoDate } from "../types.ts";

const YEAR_LABEL = /^(\d{4})-(\d{4})$/;

/** The academic year (1 September – 31 August) containing an ISO date: 2025-09-01 → "2025-2026". */
export function academicYearOf(date: IsoDate): AcademicYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** True for a well-formed label whose second year follows the first ("2025-2026"). */
export function isAcademicYear(label: string): label is AcademicYear {
  const m = YEAR_LABEL.exec(label);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

/** First and last day of an academic year, inclusive. */
export function academicYearBounds(label: AcademicYear): { start: IsoDate; end: IsoDate } {
  const start = Number(label.slice(0, 4));
  return { start: `${start}-09-01`, end: `${start + 1}-08-31` };
}

/** True when the ISO date falls inside the academic year (ISO dates compare as strings). */
export function inAcademicYear(date: IsoDate, label: AcademicYear): boolean {
  const { start, end } = academicYearBounds(label);
  return date >= start && date <= end;
}

/** The academic years from `from` to `to` inclusive. */
export function academicYearsBetween(from: AcademicYear, to: AcademicYear): AcademicYear[] {
  const years: AcademicYear[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(`${y}-${y + 1}`);
  return years;
}
