import { foldText, memoise } from "./cells.ts";
import type { CellValue, IsoDate } from "../types.ts";

/**
 * What a date cell held. A bare year is stored as 1 January of that year with `yearOnly: true`.
 * Results are shared between equal cells (dates repeat thousands of times in a roster): read, never mutate.
 */
export type DateCell =
  | { readonly kind: "empty" }
  | { readonly kind: "date"; readonly date: IsoDate; readonly yearOnly: boolean }
  | { readonly kind: "invalid"; readonly reason: "unparseable" | "impossible" };

/** Years a roster date may carry; anything outside is a typo ("01.01.0202") rather than a real date. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Excel's largest serial (9999-12-31). */
const MAX_SERIAL = 2958465;
/** Days from 1970-01-01 to 1899-12-30, the day before serial 1 once Excel's fictitious 1900-02-29 is skipped. */
const SERIAL_EPOCH_DAYS = -25569;

// Day counts from the proleptic Gregorian calendar (Howard Hinnant's algorithms): integer only, no Date objects.
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` for a year, month and day (not checked). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** An ISO date as people in Kazakhstan write it: "2024-03-15" → "15.03.2024"; other text unchanged. */
export function displayDate(date: IsoDate): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`
    : date;
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * The date of an Excel serial in the 1900 date system (serial 1 = 1900-01-01; the time of day, the
 * fraction, is dropped). Null for serials before 1, after 9999-12-31, and for 60, the 1900-02-29 that Excel
 * invents for Lotus compatibility.
 */
export function isoFromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return null;
  // Serials 1..59 lie before the fictitious leap day, so they are one day later than the formula gives.
  const days = SERIAL_EPOCH_DAYS + whole + (whole < 60 ? 1 : 0);
  const [y, m, d] = civilFromDays(days);
  return isoDate(y, m, d);
}

/** The Excel serial (1900 date system) of an ISO date, or null when the text is not a real date in 1900..9999. */
export function serialFromIso(date: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || !isRealDate(y, mo, d)) return null;
  const serial = daysFromCivil(y, mo, d) - SERIAL_EPOCH_DAYS;
  return serial < 61 ? serial - 1 : serial;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return isoDate(y, m, d);
}

/** Whole years from `from` to `to` (an age on a date). */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

const dateFormatCache = new Map<string, boolean>();

/**
 * True when an Excel number format shows a date: it has a day, month or year token outside quoted text and
 * [brackets] (locale tags, colours). Understands Russian local codes (ДД.ММ.ГГГГ) too.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let known = dateFormatCache.get(format);
  if (known === undefined) {
    const bare = format.replace(/"[^"]*"|\[[^\]]*]|\\./g, "");
    known = /general|основной|standard/i.test(bare) ? false : /[dmyдмг]/i.test(bare);
    if (dateFormatCache.size > 256) dateFormatCache.clear();
    dateFormatCache.set(format, known);
  }
  return known;
}

const INVALID_UNPARSEABLE: DateCell = { kind: "invalid", reason: "unparseable" };
const INVALID_IMPOSSIBLE: DateCell = { kind: "invalid", reason: "impossible" };
const EMPTY: DateCell = { kind: "empty" };

// dd.mm.yyyy, d.m.yy, dd/mm/yyyy, dd-mm-yyyy, optionally followed by a time or "ж."/"г."
const DAY_FIRST =
  /^(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?:\s*(?:ж|жыл|жылы|г|год|года)\.?)?(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?$/i;
// yyyy-mm-dd or yyyy.mm.dd, optionally followed by a time (ISO "T", or a space)
const YEAR_FIRST =
  /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const BARE_YEAR = /^(\d{4})\s*(?:ж|жыл|жылы|г|год|года|y)?\.?$/i;

function fromParts(year: number, month: number, day: number): DateCell {
  if (year < MIN_YEAR || year > MAX_YEAR || !isRealDate(year, month, day)) return INVALID_IMPOSSIBLE;
  return { kind: "date", date: isoDate(year, month, day), yearOnly: false };
}

const bareYears = new Map<number, DateCell>();

function bareYear(year: number): DateCell {
  if (year < MIN_YEAR || year > MAX_YEAR) return INVALID_IMPOSSIBLE;
  let cell = bareYears.get(year);
  if (cell === undefined)
    bareYears.set(year, (cell = { kind: "date", date: `${year}-01-01`, yearOnly: true }));
  return cell;
}

/**
 * Reads a date cell as Excel and people write it:
 * - an integer 1900..2100 is a bare year (even in a date-formatted cell: as a serial it would be a day in
 *   1905); another number with a date format is an Excel serial, and so is one above 2100 without a format
 *   (a date cell whose format was lost);
 * - text `dd.mm.yyyy`, `d.m.yy` (00-69 → 20yy, 70-99 → 19yy), `dd/mm/yyyy` (or `m/d/yyyy` when only that
 *   reading is a date; with `monthFirst`, a sheet's slash dates are `m/d/yyyy`, or `dd/mm/yyyy` when only
 *   that reading is one: slashDateOrder), `dd-mm-yyyy`, ISO `yyyy-mm-dd` with or without a time, a bare year ("2021",
 *   "2021 ж.", "2021 г.");
 * - a bare year becomes 1 January of that year with `yearOnly: true` (its academic year is ambiguous);
 * - dates outside 1900..2100 and non-existent days (31.02.2024, month 13) are `impossible`;
 * - in a 1904 workbook (`date1904`) serials count from 1904-01-01.
 */
export function readDateCell(
  value: CellValue | undefined,
  numberFormat?: string | null,
  date1904 = false,
  monthFirst = false,
): DateCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return readDateNumber(value, numberFormat, date1904);
  if (typeof value === "boolean") return INVALID_UNPARSEABLE;
  if (value.length > 60) return isBlankText(value) ? EMPTY : INVALID_UNPARSEABLE;
  return monthFirst ? readDateTextMonthFirst(value) : readDateText(value);
}

/**
 * Which way round a text date written with slashes reads: "5/14/2021" only month first (as Excel with US
 * settings writes dates into a CSV), "14/5/2021" only day first, "5/6/2021" either way and to different days;
 * null for any other text (and "5/5/2021"). A sheet whose slash dates include the first kind and none of the
 * second writes them month first (readDateCell's `monthFirst`).
 */
export function slashDateOrder(text: string): "day-first" | "month-first" | "either" | null {
  const m = DAY_FIRST.exec(text.trim());
  if (m === null || m[2] !== "/") return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  if (first <= 12 && second > 12 && second <= 31) return "month-first";
  if (second <= 12 && first > 12 && first <= 31) return "day-first";
  return first <= 12 && second <= 12 && first !== second ? "either" : null;
}

function isBlankText(text: string): boolean {
  return text.trim().length === 0;
}

const readDateText = memoise((raw: string): DateCell => parseDateText(raw, false), 8192);
const readDateTextMonthFirst = memoise((raw: string): DateCell => parseDateText(raw, true), 8192);

function parseDateText(raw: string, monthFirst: boolean): DateCell {
  const text = raw.trim();
  if (text.length === 0) return EMPTY;
  if (text.length > 40) return INVALID_UNPARSEABLE;
  let m = DAY_FIRST.exec(text);
  if (m !== null) {
    let day = Number(m[1]);
    let month = Number(m[3]);
    let year = Number(m[4]);
    if (m[4]!.length === 2) year += year < 70 ? 2000 : 1900;
    if (m[2] === "/") {
      // Slashes: day first unless the sheet writes them month first; either way a date that reads only the
      // other way round ("3/25/2024" day first, "25/3/2024" month first) is read that way.
      if (monthFirst) [day, month] = [month, day];
      if (month > 12 && day <= 12) [day, month] = [month, day];
    }
    return fromParts(year, month, day);
  }
  m = YEAR_FIRST.exec(text);
  if (m !== null) return fromParts(Number(m[1]), Number(m[3]), Number(m[4]));
  m = BARE_YEAR.exec(text);
  if (m !== null) return bareYear(Number(m[1]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m !== null) return fromNamedMonth(Number(m[3]), m[2]!, Number(m[1]));
  m = YEAR_DAY_MONTH.exec(text);
  if (m !== null) return fromNamedMonth(Number(m[1]), m[3]!, Number(m[2]));
  return INVALID_UNPARSEABLE;
}

// "15 наурыз 2024 ж.", "15 марта 2024 г.", and the Kazakh order "2024 жылғы 15 наурыз".
const DAY_MONTH_YEAR = /^(\d{1,2})\s*([^\d\s.,]{3,})\.?,?\s*(\d{4})\s*(?:ж|жыл|жылы|г|год|года)?\.?$/i;
const YEAR_DAY_MONTH = /^(\d{4})\s*(?:ж\.?|жылғы|жылы|г\.?)?\s*(\d{1,2})\s*-?\s*([^\d\s.,]{3,})\.?$/i;

// Month stems, folded (Kazakh letters as Russian ones): Kazakh names first, then Russian in any case ending.
const MONTH_STEMS: [string, number][] = [
  ["кантар", 1],
  ["акпан", 2],
  ["наурыз", 3],
  ["сауир", 4],
  ["мамыр", 5],
  ["маусым", 6],
  ["шилде", 7],
  ["тамыз", 8],
  ["кыркуйек", 9],
  ["казан", 10],
  ["караша", 11],
  ["желтоксан", 12],
  ["январ", 1],
  ["феврал", 2],
  ["март", 3],
  ["апрел", 4],
  ["мая", 5],
  ["май", 5],
  ["июн", 6],
  ["июл", 7],
  ["август", 8],
  ["сентябр", 9],
  ["октябр", 10],
  ["ноябр", 11],
  ["декабр", 12],
];

/** The month a name stands for ("наурыз", "наурызда", "марта", "Мая"), or null. */
export function monthFromName(word: string): number | null {
  const folded = foldText(word);
  for (const [stem, month] of MONTH_STEMS) if (folded.startsWith(stem)) return month;
  return null;
}

function fromNamedMonth(year: number, monthName: string, day: number): DateCell {
  const month = monthFromName(monthName);
  return month === null ? INVALID_UNPARSEABLE : fromParts(year, month, day);
}

/** Serial → date cell, shared: a roster's award and course dates fall on a few thousand distinct days. */
const serialCells = new Map<number, DateCell>();

function serialCell(serial: number): DateCell {
  const whole = Math.floor(serial);
  let cell = serialCells.get(whole);
  if (cell === undefined) {
    const iso = isoFromSerial(whole);
    const year = iso === null ? 0 : Number(iso.slice(0, 4));
    cell =
      iso === null || year < MIN_YEAR || year > MAX_YEAR
        ? INVALID_IMPOSSIBLE
        : { kind: "date", date: iso, yearOnly: false };
    if (serialCells.size >= 100_000) serialCells.clear();
    serialCells.set(whole, cell);
  }
  return cell;
}

/** Days between the 1904 date system's day 0 (1904-01-01) and the 1900 system's serial for that day. */
export const DATE1904_OFFSET = 1462;

function readDateNumber(value: number, numberFormat: string | null | undefined, date1904: boolean): DateCell {
  if (!Number.isFinite(value)) return INVALID_UNPARSEABLE;
  const dateFormatted = isDateFormat(numberFormat);
  // Serials 1900..2100 are days in 1905: no roster date lies there, so even in a date-formatted cell (where Excel
  // shows 13.07.1905) such a number is a year someone typed.
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return bareYear(value);
  if (dateFormatted || value > MAX_YEAR) return serialCell(date1904 ? value + DATE1904_OFFSET : value);
  return INVALID_UNPARSEABLE;
}
