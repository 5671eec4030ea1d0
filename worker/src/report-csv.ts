import {
  DISTRICT_TABLE_VIEWS,
  districtTable,
  textIn,
  type Cell,
  type Lang,
  type ReportFigures,
  type Table,
} from "@sapa/shared";
import { csvText } from "./csv.ts";

/** Organisation names come from the districts' rosters: one that Excel would read as a formula is kept as text. */
function noFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const hundredths = (n: number) => Math.round(n * 100) / 100;

/** A cell's CSV value: shares as percent numbers (18,09), gaps in pp to two decimals, dates as ISO text. */
function csvValue(cell: Cell, lang: Lang): string | number | null {
  if (cell.value === null) return null;
  if (cell.kind === "text") return noFormula(textIn(cell.value, lang));
  if (typeof cell.value === "string") return cell.value;
  if (cell.kind === "share") return hundredths(cell.value * 100);
  if (cell.kind === "pp") return hundredths(cell.value);
  return cell.value;
}

/**
 * The report's per-district table as CSV: one row per district that has submitted (in the region's order)
 * and the region total, headings in `lang`.
 */
export function reportCsv(report: ReportFigures, lang: Lang): string {
  return tableCsv(districtTable(report, "csv"), lang);
}

/**
 * A shared presentation table as CSV (written by csvText: BOM, CRLF, separators by language): the label
 * column first, rows marked missing left out, a share column's heading ending ", %" (its numbers are percent).
 */
export function tableCsv(table: Table, lang: Lang): string {
  const header = [
    textIn(table.stub, lang),
    ...table.columns.map((c) => `${textIn(c.heading, lang)}${c.kind === "share" ? ", %" : ""}`),
  ];
  const rows = table.rows
    .filter((row) => row.role !== "missing")
    .map((row) => [noFormula(textIn(row.label, lang)), ...row.cells.map((c) => csvValue(c, lang))]);
  return csvText([header, ...rows], lang);
}

/** The number of columns of reportCsv (for tests and clients). */
export const REPORT_CSV_COLUMNS = 1 + DISTRICT_TABLE_VIEWS.csv.length;
