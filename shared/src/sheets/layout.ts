/** Lays shared tables and lines out as a sheet description's rows (pure; used by every sheet's function). */
import { regionMinute } from "../plan/today.ts";
import { serialFromIso } from "../roster/dates.ts";
import { textIn, type Cell, type Column, type Table, type Text } from "../present/table.ts";
import type { Lang } from "../types.ts";
import {
  SHEET_COLORS,
  SHEET_FORMAT,
  type CellColor,
  type SheetChart,
  type SheetDescription,
  type SheetKey,
  type SheetRow,
  type SheetValue,
} from "./description.ts";
import { sheetName } from "./description.ts";

const MINUTES_PER_DAY = 1440;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The Excel date-time serial of an instant as Aktobe's wall clock shows it (UTC+5 all year), at the minute
 * the pane and the CLI show (regionMinute: 08:57:45 is 08:57); null when the text is no instant.
 */
export function regionTimeSerial(iso: string): number | null {
  const minutes = regionMinute(iso);
  if (minutes === null) return null;
  // Whole days plus the day's fraction, so 13:00 is exactly the serial of the date + 13/24.
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  return days + UNIX_EPOCH_SERIAL + (minutes - days * MINUTES_PER_DAY) / MINUTES_PER_DAY;
}

/** A table cell as a workbook holds it: counts and shares as numbers, dates and times as serials. */
export function sheetCell(c: Cell, lang: Lang): { value: SheetValue; format: string } {
  if (c.value === null) return { value: null, format: SHEET_FORMAT.general };
  switch (c.kind) {
    case "text":
      return { value: textIn(c.value, lang), format: SHEET_FORMAT.text };
    case "date": {
      const serial = serialFromIso(c.value);
      return serial === null
        ? { value: c.value, format: SHEET_FORMAT.text }
        : { value: serial, format: SHEET_FORMAT.date };
    }
    case "timestamp": {
      const serial = regionTimeSerial(c.value);
      return serial === null
        ? { value: c.value, format: SHEET_FORMAT.text }
        : { value: serial, format: SHEET_FORMAT.timestamp };
    }
    default:
      return { value: c.value, format: SHEET_FORMAT[c.kind] };
  }
}

/** Where a laid-out table sits (1-based sheet rows). */
export interface TablePlace {
  /** The header row, or null when the table was laid out without one. */
  readonly header: number | null;
  readonly first: number;
  readonly last: number;
}

export interface TableOptions {
  /** Write the header row (default true); the overview block has none. */
  header?: boolean;
  /** The header's first cell: the table's title (default), else its stub. */
  caption?: "title" | "stub";
  /** Columns whose numbers are gaps to a target: red when behind (> 0), green when on or above it. */
  gaps?: (column: Column) => boolean;
}

/** The rows of a sheet being described, top to bottom. */
export class SheetLayout {
  readonly rows: SheetRow[] = [];
  readonly colors: CellColor[] = [];

  constructor(readonly lang: Lang) {}

  /** The 1-based row the next push lands on. */
  get next(): number {
    return this.rows.length + 1;
  }

  push(row: SheetRow): number {
    this.rows.push(row);
    return this.rows.length;
  }

  blank(): number {
    return this.push({ values: [], formats: [] });
  }

  /** A bold line of text. */
  title(text: string): number {
    return this.push({ values: [text], formats: [SHEET_FORMAT.general], style: "title" });
  }

  /** A label and its values with their formats ("Report date" | 31.05.2026). */
  line(label: string, ...cells: { value: SheetValue; format: string }[]): number {
    return this.push({
      values: [label, ...cells.map((c) => c.value)],
      formats: [SHEET_FORMAT.general, ...cells.map((c) => c.format)],
    });
  }

  /** A shared table: its header (title or stub, then the column headings), then a row per table row. */
  table(table: Table, opts: TableOptions = {}): TablePlace {
    const { lang } = this;
    let header: number | null = null;
    if (opts.header ?? true) {
      const caption: Text = opts.caption === "stub" ? table.stub : (table.title ?? table.stub);
      header = this.push({
        values: [textIn(caption, lang), ...table.columns.map((c) => textIn(c.heading, lang))],
        formats: table.columns.map(() => SHEET_FORMAT.general).concat(SHEET_FORMAT.general),
        style: "header",
      });
    }
    const first = this.next;
    const gapColumns = opts.gaps ? table.columns.flatMap((c, i) => (opts.gaps!(c) ? [i] : [])) : [];
    for (const row of table.rows) {
      const cells = row.cells.map((c) => sheetCell(c, lang));
      const at = this.push({
        values: [textIn(row.label, lang), ...cells.map((c) => c.value)],
        // A name or a year as written stays text ("2025-2026" and "12.05" are not dates).
        formats: [
          typeof row.label === "object" && "text" in row.label ? SHEET_FORMAT.text : SHEET_FORMAT.general,
          ...cells.map((c) => c.format),
        ],
        ...(row.role ? { style: row.role } : {}),
      });
      for (const i of gapColumns) {
        const gap = row.cells[i]!.value;
        if (typeof gap !== "number") continue;
        const colors = gap > 0 ? SHEET_COLORS.behind : SHEET_COLORS.onTarget;
        this.colors.push({ row: at, column: i + 2, fill: colors.fill, font: colors.font });
      }
    }
    return { header, first, last: this.rows.length };
  }

  /** The description of the laid-out rows. */
  describe(
    key: SheetKey,
    opts: {
      freezeRows?: number;
      /** Characters: the label column, then every other column (or one width each). */
      widths: { label: number; others: number | readonly number[] };
      chart?: SheetChart | null;
      append?: SheetDescription["append"];
      /** At least this many columns (a fixed-width layout). */
      width?: number;
    },
  ): SheetDescription {
    const width = Math.max(1, opts.width ?? 0, ...this.rows.map((r) => r.values.length));
    const others = opts.widths.others;
    return {
      key,
      name: sheetName(key, this.lang),
      width,
      rows: this.rows,
      colors: this.colors,
      freezeRows: opts.freezeRows ?? 0,
      columnWidths: Array.from({ length: width }, (_, i) =>
        i === 0 ? opts.widths.label : typeof others === "number" ? others : (others[i - 1] ?? 12),
      ),
      chart: opts.chart ?? null,
      ...(opts.append ? { append: opts.append } : {}),
    };
  }
}
