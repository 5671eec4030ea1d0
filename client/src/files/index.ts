/**
 * Reading a roster file, shared by the CLI (after its file system read) and the browser (a picked or
 * dropped file): bytes and a file name in, the grids and the checked roster the shared core reads out.
 * A sub-path export (`@sapa/client/files`) so that the pane never loads the spreadsheet library up front.
 */
export { FileReadError, type FileReadErrorCode } from "./read-errors.ts";
export { readCsvBytes, readCsvText } from "./read-csv.ts";
export { cellToValue, dateToSerial, readWorkbook, worksheetToGrid, type SheetGrid } from "./read-workbook.ts";
export {
  checkRosterBytes,
  findSheet,
  type CheckedRoster,
  type RosterFileOptions,
  type SheetRead,
} from "./read-roster-file.ts";
export { sniffFile } from "./sniff-file.ts";
// The file writer of Sapa's sheet descriptions (the CLI's --out, the web's downloads).
export { workbookOf, writeWorkbook } from "./write-workbook.ts";
