/**
 * The files "Open a file…" offers, by media type. Besides what Sapa reads (.xlsx, .xlsm, a UTF-8 .csv, the
 * UTF-16 .txt of Excel's "Unicode Text"), the old .xls and LibreOffice's .ods: the reader refuses them with
 * its own words (save it as .xlsx), and a picker that hid them would leave the user looking for a file it
 * never shows.
 */
export const ROSTER_FILE_TYPES: Readonly<Record<string, readonly string[]>> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
  "application/vnd.ms-excel.sheet.macroEnabled.12": [".xlsm"],
  "text/csv": [".csv"],
  "text/plain": [".txt"],
  "application/vnd.ms-excel": [".xls"],
  "application/vnd.oasis.opendocument.spreadsheet": [".ods"],
};

/** The same list for a plain file input's `accept`. */
export const ROSTER_FILE_ACCEPT = Object.values(ROSTER_FILE_TYPES).flat().join(",");
