import { ErrorCodes, FakeOfficeError } from "./errors.ts";
import { createContext } from "./objects.ts";
import type { FakeRequestContext } from "./context.ts";
import { FakeWorkbook, type FakePlatform, type FakeQuirks, type SheetInit } from "./state.ts";

export interface FakeWorkbookInit {
  /** Sheets in tab order: name → cells (dates as serial numbers with their number format). */
  sheets: Record<string, SheetInit>;
  /** Defaults to the first sheet. */
  activeSheet?: string;
  /** Highest ExcelApi version the host claims, "1.1" … "1.17" (default "1.17"). */
  excelApi?: string;
  /** Office.context.displayLanguage (default "kk-KZ"). */
  displayLanguage?: string;
  /**
   * Office.context.platform (default "OfficeOnline"). The desktop apps ("PC", "Mac") have OpenBrowserWindowApi
   * 1.1 and Office.context.ui.openBrowserWindow; Excel on the web has neither, as Microsoft's table says.
   */
  platform?: FakePlatform;
  /** Bytes per sync Excel accepts (default 5 MB, as Excel on the web). */
  payloadLimit?: number;
  /** Real-Excel behaviours to imitate (see FakeQuirks). */
  quirks?: FakeQuirks;
  /** The workbook uses the 1904 date system (default false). */
  date1904?: boolean;
}

/** A fake workbook holding the given sheets. */
export function createFakeWorkbook(init: FakeWorkbookInit): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const [name, sheet] of Object.entries(init.sheets)) wb.addSheet(name, sheet);
  if (init.activeSheet) wb.activeSheetId = wb.sheet(init.activeSheet).id;
  if (init.excelApi) wb.excelApiMinor = Number(init.excelApi.split(".")[1]);
  if (init.displayLanguage) wb.displayLanguage = init.displayLanguage;
  if (init.platform) wb.platform = init.platform;
  if (init.payloadLimit) wb.payloadLimit = init.payloadLimit;
  if (init.quirks) wb.quirks = { ...init.quirks };
  if (init.date1904) wb.date1904 = true;
  return wb;
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** The `Excel` namespace subset: run() plus the enums callers commonly reference. */
function createExcelNamespace(wb: () => FakeWorkbook) {
  return {
    async run<T>(a: unknown, b?: unknown): Promise<T> {
      const batch = (typeof a === "function" ? a : b) as Batch<T>;
      if (typeof batch !== "function")
        throw new FakeOfficeError(ErrorCodes.invalidArgument, "Excel.run needs a batch function.");
      const context = createContext(wb());
      const result = await batch(context);
      // Like Office.js, Excel.run flushes whatever the batch left queued.
      await context.sync();
      return result;
    },
    RequestContext: class {
      constructor() {
        return createContext(wb());
      }
    },
    ErrorCodes,
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ChartType: { columnClustered: "ColumnClustered", barClustered: "BarClustered", line: "Line", pie: "Pie" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ConditionalFormatType: { cellValue: "CellValue", custom: "Custom" },
    ConditionalCellValueOperator: {
      between: "Between",
      equalTo: "EqualTo",
      greaterThan: "GreaterThan",
      greaterThanOrEqual: "GreaterThanOrEqual",
      lessThan: "LessThan",
      lessThanOrEqual: "LessThanOrEqual",
      notEqualTo: "NotEqualTo",
    },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  };
}

/** Office.context.document.settings: a working copy, persisted to the workbook by saveAsync. */
function createSettings(wb: () => FakeWorkbook) {
  let working: Record<string, unknown> | null = null;
  const copy = () => (working ??= structuredClone(wb().settings));
  return {
    get: (name: string) => copy()[name] ?? null,
    set: (name: string, value: unknown) => void (copy()[name] = structuredClone(value)),
    remove: (name: string) => void delete copy()[name],
    saveAsync(a?: unknown, b?: unknown) {
      const callback = (typeof a === "function" ? a : b) as ((r: unknown) => void) | undefined;
      wb().settings = structuredClone(copy());
      setTimeout(() => callback?.({ status: "succeeded", value: undefined, error: null }), 0);
    },
    refreshAsync(callback?: (r: unknown) => void) {
      working = null;
      setTimeout(() => callback?.({ status: "succeeded", value: undefined, error: null }), 0);
    },
    /** Fake only: forget the working copy (after the test swaps workbooks). */
    _reset() {
      working = null;
    },
  };
}

/** Office.context.ui: the browser window opener is the desktop apps' only (OpenBrowserWindowApi 1.1). */
function createUi(wb: () => FakeWorkbook) {
  return {
    get openBrowserWindow(): ((url: string) => void) | undefined {
      if (wb().platform === "OfficeOnline") return undefined;
      return (url: string) => {
        if (typeof url !== "string" || !/^https?:\/\//i.test(url))
          throw new FakeOfficeError(ErrorCodes.invalidArgument, "The argument is invalid or missing.");
        wb().browserWindows.push(url);
      };
    },
  };
}

function createOfficeNamespace(wb: () => FakeWorkbook) {
  const settings = createSettings(wb);
  const ui = createUi(wb);
  return {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (i: { host: string; platform: FakePlatform }) => void) {
      return new Promise<{ host: string; platform: FakePlatform }>((resolve) =>
        setTimeout(() => {
          const info = { host: "Excel", platform: wb().platform };
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
    context: {
      host: "Excel",
      get platform() {
        return wb().platform;
      },
      ui,
      get displayLanguage() {
        return wb().displayLanguage;
      },
      get contentLanguage() {
        return wb().displayLanguage;
      },
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name === "OpenBrowserWindowApi")
            return wb().platform !== "OfficeOnline" && (!version || version === "1.1");
          if (name !== "ExcelApi") return false;
          if (!version) return true;
          const [major, minor = "0"] = version.split(".");
          return Number(major) === 1 && Number(minor) <= wb().excelApiMinor;
        },
      },
      document: { settings },
    },
    _settings: settings,
  };
}

/** OfficeExtension subset: the Error class adapters test with `instanceof` and the error codes. */
export const OfficeExtensionFake = { Error: FakeOfficeError, ErrorCodes };

export interface InstalledFake {
  /** Swap the workbook the globals talk to (e.g. load a new roster in the browser). */
  setWorkbook(next: FakeWorkbook): void;
  readonly workbook: FakeWorkbook;
  uninstall(): void;
}

/**
 * Puts `Office`, `Excel` and `OfficeExtension` on `target` (globalThis in node tests, window in the
 * browser) talking to `workbook`.
 */
export function installFakeOffice(target: object, workbook: FakeWorkbook): InstalledFake {
  let current = workbook;
  const get = () => current;
  const g = target as Record<string, unknown>;
  const previous = { Office: g.Office, Excel: g.Excel, OfficeExtension: g.OfficeExtension };
  const office = createOfficeNamespace(get);
  g.Office = office;
  g.Excel = createExcelNamespace(get);
  g.OfficeExtension = OfficeExtensionFake;
  return {
    setWorkbook(next) {
      current = next;
      office._settings._reset();
    },
    get workbook() {
      return current;
    },
    uninstall() {
      Object.assign(g, previous);
    },
  };
}
