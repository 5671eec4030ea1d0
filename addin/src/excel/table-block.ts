import { serialFromIso, textIn, type Cell, type CellKind, type Lang, type Table } from "@sapa/shared";

export type SheetCell = string | number | boolean;

export const FORMAT = {
  share: "0.00%",
  pp: "+0.00;-0.00;0.00",
  count: "0",
  date: "dd.mm.yyyy",
  general: "General",
  /** Literal text: names, years and timestamps Excel would otherwise turn into dates or formulas. */
  text: "@",
} as const;

/** The number format of each kind of value (timestamps stay the server's ISO text). */
const KIND_FORMAT: Record<CellKind, string> = {
  count: FORMAT.count,
  share: FORMAT.share,
  pp: FORMAT.pp,
  date: FORMAT.date,
  timestamp: FORMAT.text,
  text: FORMAT.text,
};

/** One row of a sheet being laid out, with its formats and what it is. */
export interface LaidRow {
  cells: SheetCell[];
  formats?: string[];
  kind?: "title" | "header" | "total" | "missing";
}

/** A cell as Excel takes it: a number, a date serial, or text in the language; empty as "". */
export function sheetCell(cell: Cell, lang: Lang): { value: SheetCell; format: string } {
  if (cell.value === null) return { value: "", format: FORMAT.general };
  switch (cell.kind) {
    case "text":
      return { value: textIn(cell.value, lang), format: FORMAT.text };
    case "date":
      return { value: serialFromIso(cell.value) ?? cell.value, format: FORMAT.date };
    default:
      return { value: cell.value, format: KIND_FORMAT[cell.kind] };
  }
}

/**
 * A shared table as sheet rows: a header row (the title, or the stub, then the column headings) unless
 * `header` is false, then one row per table row (label, cells) marked total or missing as the table says.
 */
export function tableRows(table: Table, lang: Lang, header = true): LaidRow[] {
  const rows: LaidRow[] = [];
  if (header) {
    rows.push({
      cells: [textIn(table.title ?? table.stub, lang), ...table.columns.map((c) => textIn(c.heading, lang))],
      kind: "header",
    });
  }
  for (const row of table.rows) {
    const cells = row.cells.map((c) => sheetCell(c, lang));
    rows.push({
      cells: [textIn(row.label, lang), ...cells.map((c) => c.value)],
      // A name or a year as written stays text ("2025-2026" and "12.05" are not dates).
      formats: [
        typeof row.label === "object" && "text" in row.label ? FORMAT.text : FORMAT.general,
        ...cells.map((c) => c.format),
      ],
      ...(row.role ? { kind: row.role } : {}),
    });
  }
  return rows;
}

/** The rows of a sheet being laid out, top to bottom. */
export class SheetRows {
  readonly rows: LaidRow[] = [];

  /** Appends rows; returns the 1-based sheet row of the last one. */
  push(...more: LaidRow[]): number {
    this.rows.push(...more);
    return this.rows.length;
  }

  blank(): number {
    return this.push({ cells: [] });
  }

  /** The 1-based sheet rows of a kind. */
  of(kind: LaidRow["kind"]): number[] {
    return this.rows.flatMap((r, i) => (r.kind === kind ? [i + 1] : []));
  }
}

/** The rows as the full-width matrices writeBlocks takes (short rows padded with "" and General). */
export function toMatrices(
  rows: readonly LaidRow[],
  width: number,
): { values: SheetCell[][]; formats: string[][] } {
  const pad = <V>(xs: readonly V[] | undefined, fill: V) =>
    Array.from({ length: width }, (_, i) => xs?.[i] ?? fill);
  return {
    values: rows.map((r) => pad(r.cells, "" as SheetCell)),
    formats: rows.map((r) => pad(r.formats, FORMAT.general as string)),
  };
}
