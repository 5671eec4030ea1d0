/**
 * Tables of the presentation model as CSV for Excel. Shared because the worker serves figures as CSV and the
 * CLI writes lists with names (which never pass through the server) the same way.
 */
import { regionTimeText } from "../plan/today.ts";
import type { Lang } from "../types.ts";
import { textIn, type Cell, type Table } from "./table.ts";

/**
 * Excel in Kazakh and Russian locales splits CSV on ";" and reads "," as the decimal mark; in English on ","
 * and ".". The CSV follows the language so a double-click opens it in columns with numbers as numbers.
 */
function separatorsFor(lang: Lang) {
  return lang === "en" ? { field: ",", decimal: "." } : { field: ";", decimal: "," };
}

function cell(value: string | number | null, sep: { field: string; decimal: string }): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value).replace(".", sep.decimal) : value;
  // Every text here is ours (names, ids, dates): quoting is for separators, not formulas. A decimal comma
  // under ";" stays unquoted, so every Excel reads it as a number.
  return text.includes(sep.field) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV for Excel: UTF-8 with a byte-order mark, CRLF lines, separators by language; null is empty. */
export function csvText(rows: readonly (readonly (string | number | null)[])[], lang: Lang): string {
  const sep = separatorsFor(lang);
  return "\uFEFF" + rows.map((r) => r.map((v) => cell(v, sep)).join(sep.field)).join("\r\n") + "\r\n";
}

/** Text from rosters (names, organisations): one that Excel would read as a formula is kept as text. */
function noFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const hundredths = (n: number) => Math.round(n * 100) / 100;

/**
 * A cell's CSV value: shares as percent numbers (18,09), gaps in pp to two decimals, dates as ISO text,
 * timestamps on Aktobe's clock ("2026-11-23 00:30", as the sheets show them, not the server's UTC).
 */
function csvValue(cell: Cell, lang: Lang): string | number | null {
  if (cell.value === null) return null;
  if (cell.kind === "text") return noFormula(textIn(cell.value, lang));
  if (cell.kind === "timestamp") return regionTimeText(cell.value);
  if (typeof cell.value === "string") return cell.value;
  if (cell.kind === "share") return hundredths(cell.value * 100);
  if (cell.kind === "pp") return hundredths(cell.value);
  return cell.value;
}

/**
 * A presentation table as CSV (written by csvText: BOM, CRLF, separators by language): the label column
 * first, rows marked missing left out, a share column's heading ending ", %" (its numbers are percent).
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
