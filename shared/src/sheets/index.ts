// Every sheet Sapa writes, described once (a writer per host renders them).
export * from "./description.ts";
export { regionTimeSerial, sheetCell } from "./layout.ts";
export { summarySheet, regionSummarySheet, SUMMARY_WIDTH } from "./summary-sheets.ts";
export { districtsSheet, attestationSheet } from "./region-sheets.ts";
export {
  organizationsSheet,
  groupsSheet,
  trendSheet,
  candidatesSheet,
  candidateCountsSheet,
  receiptsSheet,
} from "./list-sheets.ts";
export { reportWorkbook, type ReportWorkbookData } from "./report-workbook.ts";
