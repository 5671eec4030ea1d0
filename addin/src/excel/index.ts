/**
 * The Excel adapter: the only code in Sapa that calls Excel.* / Office.* workbook APIs. Thin by design:
 * it moves cells between the workbook and plain data; every domain decision is made in @sapa/shared.
 */
export { MIN_EXCEL_API, detectRequirementSets, type HostCapabilities } from "./requirements.ts";
export { listSheets, selectCell, readCellValue, type CellShown, type SheetInfo } from "./sheets.ts";
export { readRoster, FIRST_READ_ROWS, type RosterRead } from "./read-roster.ts";
export { readRosterSheets, type RosterSheetsRead } from "./read-roster-sheets.ts";
export { CHUNK_BYTES } from "./payload.ts";
export {
  highlightProblems,
  clearHighlights,
  HIGHLIGHT_COLORS,
  HIGHLIGHT_SETTING,
  type HighlightCell,
} from "./highlights.ts";
export { officeErrorMessage, officeErrorCode } from "./office-errors.ts";
export { openInBrowser } from "./open-browser.ts";
export { columnLetter, columnNumber } from "./address.ts";
export { createRosterSheet, TEMPLATE_DATE_FORMAT, type RosterTemplateOptions } from "./roster-template.ts";
export { sheetTitle, type SheetKind } from "./sheet-titles.ts";
export { safeSheetName, uniqueSheetName } from "./sheet-names.ts";
export { writeSheet, type SheetWriteResult } from "./write-sheet.ts";
