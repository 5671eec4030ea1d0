import type { CellValue } from "@sapa/shared";

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

/** A number format that shows a date (a d or y outside quotes and brackets, as Excel reads it). */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) && !/^general$/i.test(bare);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A cell as the preview shows it: dates (serials under a date format) as dd.mm.yyyy the way the sheet
 * shows them, other numbers and text as they are, booleans as TRUE/FALSE.
 */
export function displayCell(value: CellValue, format: string, date1904: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (format && isDateFormat(format) && value > 0 && value < 2_958_466) {
      const days = Math.floor(value) + (date1904 ? 1462 : 0);
      const d = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
      return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
    }
    return String(value);
  }
  return String(value);
}
