import { DATE1904_OFFSET, displayDate, isDateFormat, isoFromSerial, type CellValue } from "@sapa/shared";

/** "A", "Z", "AA" for a 1-based column. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "C12" → row 12, column 3; null for anything else. */
export function parseAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return null;
  const column = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}

/**
 * A cell as the preview shows it: a number under a date format as the date the core reads there (the shared
 * core's isDateFormat and serial rules: Russian format codes, 1904 workbooks, Excel's 1900 leap day), as
 * dd.mm.yyyy; other numbers and text as they are, booleans as TRUE/FALSE.
 */
export function displayCell(value: CellValue, format: string, date1904: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && isDateFormat(format)) {
    const date = isoFromSerial(date1904 ? value + DATE1904_OFFSET : value);
    if (date !== null) return displayDate(date);
  }
  return String(value);
}
