import { MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "./address.ts";
import { ErrorCodes, FakeOfficeError } from "./errors.ts";

export type Cell = string | number | boolean | null;

/** Formatting of one cell the fake keeps (what the adapter writes and tests read back). */
export interface CellStyle {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  horizontalAlignment?: string;
  wrapText?: boolean;
}

export interface ConditionalFormatState {
  id: string;
  rect: Rect;
  type: string;
  rule: { formula1?: string; formula2?: string; operator?: string } | null;
  fill: string | null;
  fontColor: string | null;
}

export interface ValidationState {
  rect: Rect;
  rule: Record<string, unknown>;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  /** Address of the source range, "Sheet!A1:C5". */
  source: string;
  seriesBy: string;
  title: string | null;
  position: { start: string; end: string | null } | null;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Sparse rows of values; a missing cell is empty. */
  values: Cell[][];
  /** Sparse rows of number formats; a missing one is "General". */
  formats: (string | undefined)[][];
  styles: Map<string, CellStyle>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  conditionalFormats: ConditionalFormatState[];
  validations: ValidationState[];
  charts: ChartState[];
  /** Merged areas (0-based rects); the value sits in each area's top-left cell. */
  merged: Rect[];
}

export interface SheetInit {
  values?: Cell[][];
  numberFormats?: (string | null | undefined)[][];
  visibility?: SheetState["visibility"];
  /** Merged areas as A1 addresses ("C3:C6"); read back through getMergedAreasOrNullObject (ExcelApi 1.13). */
  merged?: string[];
}

/** Behaviours of particular real Excel builds the adapter must hold against. */
export interface FakeQuirks {
  /** `range.select()` fails (some Excel 2016 builds) with GeneralException. */
  selectFails?: boolean;
  /** Oversized payloads are reported as GeneralException (older builds), not *PayloadSizeLimitExceeded. */
  oversizedAsGeneralException?: boolean;
}

export interface SyncRecord {
  /** Actions in the batch. */
  actions: number;
  /** UTF-8 bytes of the JSON the batch sent (write payloads, method arguments). */
  requestBytes: number;
  /** UTF-8 bytes of the JSON the batch returned (loaded properties). */
  responseBytes: number;
  /** Set when Excel rejected the batch. */
  error?: string;
}

let nextId = 1;
const newId = (prefix: string) => `{${prefix}-${String(nextId++).padStart(8, "0")}}`;

/** Office.context.platform values the fake takes on. */
export type FakePlatform = "OfficeOnline" | "PC" | "Mac";

/** The in-memory "document": sheets, selection, add-in settings, plus what every sync carried. */
export class FakeWorkbook {
  sheets: SheetState[] = [];
  activeSheetId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** The add-in's document settings (Office.context.document.settings), as saved. */
  settings: Record<string, unknown> = {};
  /** Highest ExcelApi minor version the host supports (1.17 → 17). */
  excelApiMinor = 17;
  /** One record per round trip to Excel. */
  syncs: SyncRecord[] = [];
  /** Bytes per sync above which Excel on the web rejects the batch. */
  payloadLimit = 5 * 1024 * 1024;
  displayLanguage = "kk-KZ";
  /** Where the host runs: Excel on the web by default; "PC" and "Mac" are the desktop apps. */
  platform: FakePlatform = "OfficeOnline";
  /** The addresses the add-in opened in the user's browser (Office.context.ui.openBrowserWindow). */
  browserWindows: string[] = [];
  quirks: FakeQuirks = {};
  /** The workbook counts dates from 1904 (Excel for Mac's old default); date serials shift by 1462 days. */
  date1904 = false;

  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s)
      throw new FakeOfficeError(ErrorCodes.itemNotFound, `The requested resource doesn't exist. (${name})`);
    return s;
  }

  findSheet(name: string): SheetState | undefined {
    const lower = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === lower);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string, init: SheetInit = {}): SheetState {
    validateSheetName(name);
    if (this.findSheet(name)) {
      throw new FakeOfficeError(
        ErrorCodes.itemAlreadyExists,
        "A resource with the same name or identifier already exists.",
      );
    }
    const sheet: SheetState = {
      id: newId("sheet"),
      name,
      visibility: init.visibility ?? "Visible",
      values: (init.values ?? []).map((row) => row.map((v) => (v === "" ? null : v))),
      formats: (init.numberFormats ?? []).map((row) => row.map((f) => f ?? undefined)),
      styles: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      conditionalFormats: [],
      validations: [],
      charts: [],
      merged: (init.merged ?? []).map((address) => parseAddress(address).rect),
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  get activeSheet(): SheetState {
    const s = this.activeSheetId ? this.sheetById(this.activeSheetId) : undefined;
    if (!s) throw new FakeOfficeError(ErrorCodes.itemNotFound, "No active worksheet.");
    return s;
  }

  /** Forget the sync log (e.g. after setting a test up). */
  resetSyncs(): void {
    this.syncs = [];
  }

  /** Syncs since the last reset that reached Excel. */
  get syncCount(): number {
    return this.syncs.length;
  }
}

const FORBIDDEN_NAME = /[:\\/?*[\]]/;

export function validateSheetName(name: string): void {
  if (
    name.length === 0 ||
    Array.from(name).length > 31 ||
    FORBIDDEN_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    throw new FakeOfficeError(
      ErrorCodes.invalidArgument,
      `The argument is invalid or missing or has an incorrect format. (sheet name "${name}")`,
    );
  }
}

export const styleKey = (r: number, c: number) => `${r},${c}`;

export function getValue(sheet: SheetState, r: number, c: number): Cell {
  return sheet.values[r]?.[c] ?? null;
}

export function setValue(sheet: SheetState, r: number, c: number, v: Cell): void {
  const row = (sheet.values[r] ??= []);
  row[c] = v === "" ? null : v;
}

export function getFormat(sheet: SheetState, r: number, c: number): string {
  return sheet.formats[r]?.[c] ?? "General";
}

export function setFormat(sheet: SheetState, r: number, c: number, f: string): void {
  const row = (sheet.formats[r] ??= []);
  row[c] = f === "General" ? undefined : f;
}

function bounds(rect: Rect | null, r: number, c: number): Rect {
  if (!rect) return { r0: r, c0: c, r1: r, c1: c };
  return {
    r0: Math.min(rect.r0, r),
    c0: Math.min(rect.c0, c),
    r1: Math.max(rect.r1, r),
    c1: Math.max(rect.c1, c),
  };
}

/** The used range as Excel computes it: cells with values, plus (unless valuesOnly) formatted cells. */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  sheet.values.forEach((row, r) => {
    row?.forEach((v, c) => {
      if (v !== null && v !== undefined) rect = bounds(rect, r, c);
    });
  });
  if (!valuesOnly) {
    sheet.formats.forEach((row, r) => {
      row?.forEach((f, c) => {
        if (f !== undefined) rect = bounds(rect, r, c);
      });
    });
    for (const key of sheet.styles.keys()) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      rect = bounds(rect, r, c);
    }
  }
  return rect;
}

export function clampRect(rect: Rect): Rect {
  return {
    r0: rect.r0,
    c0: rect.c0,
    r1: Math.min(rect.r1, MAX_ROWS - 1),
    c1: Math.min(rect.c1, MAX_COLUMNS - 1),
  };
}

/** Excel serial number of a calendar date (1900 date system, as Office.js returns date cells). */
export function dateToSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A sheet holding a grid (values + number formats) with its top-left cell at a 1-based row and column. */
export function sheetFromGrid(
  grid: { values: Cell[][]; numberFormats?: (string | null | undefined)[][] },
  at: { row?: number; column?: number } = {},
): SheetInit {
  const r0 = (at.row ?? 1) - 1;
  const c0 = (at.column ?? 1) - 1;
  const pad = <V>(rows: V[][], fill: V): V[][] => [
    ...Array.from({ length: r0 }, () => [] as V[]),
    ...rows.map((row) => [...Array.from({ length: c0 }, () => fill), ...row]),
  ];
  return {
    values: pad(grid.values, null as Cell),
    ...(grid.numberFormats
      ? { numberFormats: pad(grid.numberFormats, null as string | null | undefined) }
      : {}),
  };
}
