import { DISTRICT_TABLE_VIEWS, districtTable, tableCsv, type Lang, type ReportFigures } from "@sapa/shared";

/**
 * The report's per-district table as CSV: one row per district that has submitted (in the region's order)
 * and the region total, headings in `lang`.
 */
export function reportCsv(report: ReportFigures, lang: Lang): string {
  return tableCsv(districtTable(report, "csv"), lang);
}

/** The number of columns of reportCsv (for tests and clients). */
export const REPORT_CSV_COLUMNS = 1 + DISTRICT_TABLE_VIEWS.csv.length;
