import {
  DISTRICT_TABLE_VIEWS,
  districtTable,
  textIn,
  type Cell,
  type Lang,
  type ReportFigures,
  type Table,
} from "@sapa/shared";

/**
 * Excel in Kazakh and Russian locales splits CSV on ";" and reads "," as the decimal mark; in English on ","
 * and ".". The CSV follows the language so a double-click opens it in columns with numbers as numbers.
 */
function separatorsFor(lang: Lang) {
  return lang === "en" ? { field: ",", decimal: "." } : { field: ";", decimal: "," };
}

type Separators = ReturnType<typeof separatorsFor>;

function field(text: string): string {
  // Every text here is ours (district names, ids, timestamps): quoting is for separators, not formulas.
  return /[";,\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Organisation names come from the districts' rosters: one that Excel would read as a formula is kept as text. */
function noFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const hundredths = (n: number) => Math.round(n * 100) / 100;

/** A cell as CSV: shares as percent numbers (18,09), gaps in pp to two decimals, dates as ISO text. */
function csvCell(cell: Cell, lang: Lang, sep: Separators): string {
  if (cell.value === null) return "";
  if (cell.kind === "text") return field(noFormula(textIn(cell.value, lang)));
  if (typeof cell.value === "string") return field(cell.value);
  const n =
    cell.kind === "share"
      ? hundredths(cell.value * 100)
      : cell.kind === "pp"
        ? hundredths(cell.value)
        : cell.value;
  return String(n).replace(".", sep.decimal);
}

/**
 * The report's per-district table as CSV: UTF-8 with a byte-order mark (so Excel reads Kazakh letters),
 * CRLF lines, one row per district that has submitted (in the region's order) and the region total,
 * headings in `lang` (a share column says ", %": its numbers are percent).
 */
export function reportCsv(report: ReportFigures, lang: Lang): string {
  return tableCsv(districtTable(report, "csv"), lang);
}

/**
 * A shared presentation table as CSV (the label column first; rows marked missing left out): UTF-8 with a
 * byte-order mark, CRLF lines, separators and headings by `lang`, a share column's heading ending ", %".
 */
export function tableCsv(table: Table, lang: Lang): string {
  const sep = separatorsFor(lang);
  const header = [
    textIn(table.stub, lang),
    ...table.columns.map((c) => `${textIn(c.heading, lang)}${c.kind === "share" ? ", %" : ""}`),
  ].map(field);
  const rows = table.rows
    .filter((row) => row.role !== "missing")
    .map((row) => [field(textIn(row.label, lang)), ...row.cells.map((c) => csvCell(c, lang, sep))]);
  return "\uFEFF" + [header, ...rows].map((r) => r.join(sep.field)).join("\r\n") + "\r\n";
}

/** The number of columns of reportCsv (for tests and clients). */
export const REPORT_CSV_COLUMNS = 1 + DISTRICT_TABLE_VIEWS.csv.length;
