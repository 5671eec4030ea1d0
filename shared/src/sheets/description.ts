/**
 * A sheet Sapa writes, described once for every host: its name, every cell (value and number format, top
 * to bottom), what is emphasised (titles, headers, totals, units without data, gaps), frozen rows, column
 * widths and an optional chart. A writer per host (Office.js in the pane, a file writer for the CLI and
 * the browser) only moves it into a workbook, so the same figures look the same everywhere.
 */
import type { Lang, Localized } from "../types.ts";

/** A cell as a workbook holds it: a number (dates and times as Excel serials), text, a boolean, or empty. */
export type SheetValue = string | number | boolean | null;

/** The number formats Sapa writes (Excel's codes; both writers and every host take them as they are). */
export const SHEET_FORMAT = {
  general: "General",
  /** Thousands grouped by the user's own Excel (3 677 in Kazakh and Russian Windows), as the pane groups them. */
  count: "#,##0",
  share: "0.00%",
  pp: "+0.00;-0.00;0.00",
  date: "dd.mm.yyyy",
  /** A moment in Aktobe time (UTC+5): the serial of the wall clock there. */
  timestamp: "dd.mm.yyyy hh:mm",
  /** Literal text: names, years and ids Excel would otherwise turn into dates or numbers. */
  text: "@",
} as const;

/** The colours of Sapa's sheets ("#RRGGBB"), defined once for every host. */
export const SHEET_COLORS = {
  headerFill: "#D9E1F2",
  /** Text of a unit that has not submitted, so the hole in a table is seen at a glance. */
  missingFont: "#808080",
  /** Excel's own "bad" and "good" styles: behind the target, on or above it. */
  behind: { fill: "#FFC7CE", font: "#9C0006" },
  onTarget: { fill: "#C6EFCE", font: "#006100" },
} as const;

/**
 * What a row is: a title line (bold first cell), a table's header (bold, filled, wrapped), a total (bold),
 * a unit without data (grey).
 */
export type RowStyle = "title" | "header" | "total" | "missing";

export interface SheetRow {
  /** The row's cells from column A; a short row leaves the rest empty. */
  readonly values: readonly SheetValue[];
  /** One number format per value. */
  readonly formats: readonly string[];
  readonly style?: RowStyle;
}

/** A cell coloured for what it says (a gap behind or on the target); 1-based row and column. */
export interface CellColor {
  readonly row: number;
  readonly column: number;
  readonly fill: string;
  readonly font: string;
}

/** A rectangle of the sheet, 1-based. */
export interface SheetArea {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A native chart of a block of the sheet (its first row names the series, its first column the categories),
 * drawn over `at`. A host that cannot draw it writes `note` in the top-left cell of `at` instead: the
 * numbers stay in the table.
 */
export interface SheetChart {
  readonly type: "line" | "column";
  readonly title: string;
  readonly source: SheetArea;
  readonly at: SheetArea;
  readonly note: string;
}

/** The kinds of sheet Sapa writes. */
export type SheetKey =
  | "summary"
  | "candidates"
  | "receipts"
  | "regionSummary"
  | "districts"
  | "organizations"
  | "trend"
  | "groups"
  | "candidateCounts"
  | "attestation";

export interface SheetDescription {
  readonly key: SheetKey;
  /** The sheet's name in the language (≤ 31 characters, none of : \ / ? * [ ]). */
  readonly name: string;
  /** Columns the rows span (the widest row). */
  readonly width: number;
  readonly rows: readonly SheetRow[];
  readonly colors: readonly CellColor[];
  /** Rows kept in view while scrolling (0: none). */
  readonly freezeRows: number;
  /** Width of each column from A, in characters (Excel's unit). */
  readonly columnWidths: readonly number[];
  readonly chart: SheetChart | null;
  /**
   * A log the pane adds to rather than rewrites (the submissions sheet): rows whose cell in `keyColumn`
   * is already on the sheet are not added again; the first `headerRows` rows are written only to a new sheet.
   */
  readonly append?: { readonly keyColumn: number; readonly headerRows: number };
}

/** The sheet's names (each ≤ 31 characters, none of : \ / ? * [ ]), the same in every host. */
export const SHEET_NAMES: Record<SheetKey, Localized> = {
  summary: { kk: "Sapa — қорытынды", ru: "Sapa — итоги", en: "Sapa — summary" },
  candidates: { kk: "Sapa — үміткерлер", ru: "Sapa — кандидаты", en: "Sapa — candidates" },
  receipts: { kk: "Sapa — жіберілген", ru: "Sapa — отправки", en: "Sapa — submissions" },
  // The region's workbook holds no district summary: its own summary keeps the summary's name.
  regionSummary: { kk: "Sapa — қорытынды", ru: "Sapa — итоги", en: "Sapa — summary" },
  districts: { kk: "Sapa — облыс", ru: "Sapa — область", en: "Sapa — region" },
  organizations: { kk: "Sapa — ұйымдар", ru: "Sapa — организации", en: "Sapa — organisations" },
  trend: { kk: "Sapa — кезеңдер", ru: "Sapa — этапы", en: "Sapa — stages" },
  groups: { kk: "Sapa — топтар", ru: "Sapa — группы", en: "Sapa — groups" },
  candidateCounts: {
    kk: "Sapa — үміткерлер саны",
    ru: "Sapa — кандидаты, свод",
    en: "Sapa — candidate counts",
  },
  attestation: { kk: "Sapa — аттестаттау", ru: "Sapa — аттестация", en: "Sapa — attestation" },
};

/** The name of a kind of sheet in a language. */
export function sheetName(key: SheetKey, lang: Lang): string {
  return SHEET_NAMES[key][lang];
}

/**
 * Said in place of a chart where the file writer wrote the sheet: in the file itself, and by the web app and
 * the CLI when they hand over such a file (one text on every surface).
 */
export const NO_CHART_NOTE: Localized = {
  kk: "Бұл файлда диаграмма жоқ: Sapa диаграмманы тек Excel-дің ішінде, өз тақтасы арқылы салады. Сандар кестеде.",
  ru: "В этом файле нет диаграммы: Sapa рисует диаграммы только в самом Excel, через свою панель. Числа — в таблице.",
  en: "This file has no chart: Sapa draws charts only inside Excel, through its pane. The numbers are in the table.",
};

/** "B7" for a 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/**
 * Every non-empty cell of a description by address, with its number format: what any writer must leave in
 * the workbook (the writers' tests compare a host's cells with it).
 */
export function describedCells(d: SheetDescription): Map<string, { value: SheetValue; format: string }> {
  const cells = new Map<string, { value: SheetValue; format: string }>();
  d.rows.forEach((row, r) =>
    row.values.forEach((value, c) => {
      if (value === null || value === "") return;
      cells.set(cellAddress(r + 1, c + 1), { value, format: row.formats[c] ?? SHEET_FORMAT.general });
    }),
  );
  return cells;
}

function columnNumberOf(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * The values (empty as null) and number formats of a rectangle of a description ("A6:E9", "B3"), as a
 * host would show them: for tests that read a description the way they read a written sheet.
 */
export function describedRange(
  d: SheetDescription,
  address: string,
): { values: SheetValue[][]; formats: string[][] } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(address);
  if (!m) throw new Error(`not an address: ${address}`);
  const [c0, r0] = [columnNumberOf(m[1]!), Number(m[2])];
  const [c1, r1] = m[3] ? [columnNumberOf(m[3]), Number(m[4])] : [c0, r0];
  const values: SheetValue[][] = [];
  const formats: string[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row = d.rows[r - 1];
    const vs: SheetValue[] = [];
    const fs: string[] = [];
    for (let c = c0; c <= c1; c++) {
      const v = row?.values[c - 1] ?? null;
      vs.push(v === "" ? null : v);
      fs.push(row?.formats[c - 1] ?? SHEET_FORMAT.general);
    }
    values.push(vs);
    formats.push(fs);
  }
  return { values, formats };
}

/** The 1-based row whose first cell is `text`, or 0. */
export function describedRow(d: SheetDescription, text: string): number {
  return d.rows.findIndex((r) => r.values[0] === text) + 1;
}
