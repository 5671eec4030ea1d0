import {
  DATE1904_OFFSET,
  EXCEL_BOOLEANS,
  displayDate,
  isDateFormat,
  isoFromSerial,
  type CellValue,
  type Lang,
} from "@sapa/shared";

/** A number format of zeros only ("000000000000"). */
const ZERO_PADDED = /^0+$/;

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
 * A cell as the preview shows it, as Excel in the user's language would: a number under a date format as the
 * date the core reads there (the shared core's isDateFormat and serial rules: Russian format codes, 1904
 * workbooks, Excel's 1900 leap day), as dd.mm.yyyy; a fraction with a decimal comma in Kazakh and Russian
 * ("2,5"); a whole number under a format of zeros padded to its width; booleans as that language's Excel
 * writes them (АҚИҚАТ, ЛОЖЬ, TRUE); text as it is.
 */
export function displayCell(value: CellValue, format: string, date1904: boolean, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? EXCEL_BOOLEANS[lang].true : EXCEL_BOOLEANS[lang].false;
  if (typeof value === "number") {
    if (isDateFormat(format)) {
      const date = isoFromSerial(date1904 ? value + DATE1904_OFFSET : value);
      if (date !== null) return displayDate(date);
    }
    // A format of zeros pads a whole number, as Excel shows an ИИН kept as a number (061211600012).
    if (ZERO_PADDED.test(format) && Number.isInteger(value) && value >= 0)
      return String(value).padStart(format.length, "0");
    return lang === "en" || Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
  }
  return value;
}
