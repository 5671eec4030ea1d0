/**
 * Browser entry of the fake host: bundled to one IIFE script that stands in for office.js (the e2e test
 * serves it at office.js's CDN address). Installs Office / Excel / OfficeExtension on window and exposes
 * `window.__sapaFake` for the test to load workbooks and read back what the pane did.
 */
import { localAddress } from "./address.ts";
import * as inspect from "./inspect.ts";
import { createFakeWorkbook, installFakeOffice, type FakeWorkbookInit } from "./office.ts";
import type { Cell, FakePlatform, SheetInit } from "./state.ts";

declare global {
  interface Window {
    /** Set with page.addInitScript before the pane loads to start from this workbook. */
    __sapaFakeInit?: FakeWorkbookInit;
    __sapaFake?: SapaFakeControl;
  }
}

const installed = installFakeOffice(
  window,
  createFakeWorkbook(window.__sapaFakeInit ?? { sheets: { Sheet1: {} } }),
);
const wb = () => installed.workbook;

/** What the e2e test can do with the fake host (all plain JSON in and out, for page.evaluate). */
const control = {
  /** Replace the whole workbook. */
  load(init: FakeWorkbookInit): void {
    installed.setWorkbook(createFakeWorkbook(init));
  },
  /** Add a sheet, or replace the cells of an existing one, and make it active. */
  loadSheet(name: string, sheet: SheetInit): void {
    const existing = wb().findSheet(name);
    if (existing) wb().sheets.splice(wb().sheets.indexOf(existing), 1);
    const created = wb().addSheet(name, sheet);
    wb().activeSheetId = created.id;
  },
  sheets: () =>
    wb().sheets.map((s) => ({ name: s.name, visibility: s.visibility, active: s.id === wb().activeSheetId })),
  activeSheet: () => wb().activeSheet.name,
  /** Run as the desktop app ("PC", "Mac") or Excel on the web ("OfficeOnline"), from now on. */
  setPlatform(platform: FakePlatform): void {
    wb().platform = platform;
  },
  /** The addresses the pane opened in the user's browser through Office. */
  browserWindows: () => [...wb().browserWindows],
  selection: () => wb().selection,
  /** Values of an address, empty cells as null. */
  values: (sheet: string, address: string): Cell[][] => inspect.cellValues(wb(), sheet, address),
  value: (sheet: string, address: string): Cell => inspect.cellValue(wb(), sheet, address),
  /** Write cells directly, as a user typing would (no sync counted). */
  setValues(sheet: string, address: string, values: Cell[][]): void {
    const s = wb().sheet(sheet);
    const { rect } = inspect.parseRect(address);
    values.forEach((row, r) =>
      row.forEach((v, c) => ((s.values[rect.r0 + r] ??= [])[rect.c0 + c] = v === "" ? null : v)),
    );
  },
  numberFormats: (sheet: string, address: string) => inspect.numberFormats(wb(), sheet, address),
  fills: (sheet: string, address: string) => inspect.fills(wb(), sheet, address),
  displayedFill: (sheet: string, address: string) => inspect.displayedFill(wb(), sheet, address),
  usedAddress(sheet: string): string | null {
    const rect = inspect.usedRectOf(wb().sheet(sheet));
    return rect ? localAddress(rect) : null;
  },
  charts: (sheet: string) => wb().sheet(sheet).charts,
  chartData: (sheet: string, index = 0) => inspect.chartData(wb(), sheet, index),
  conditionalFormats: (sheet: string) =>
    wb()
      .sheet(sheet)
      .conditionalFormats.map((cf) => ({ ...cf, rect: localAddress(cf.rect) })),
  validations: (sheet: string) =>
    wb()
      .sheet(sheet)
      .validations.map((v) => ({ ...v, rect: localAddress(v.rect) })),
  frozenRows: (sheet: string) => wb().sheet(sheet).frozenRows,
  snapshot: (sheet: string) => inspect.sheetSnapshot(wb().sheet(sheet)),
  settings: () => wb().settings,
  syncs: () => wb().syncs,
  resetSyncs: () => wb().resetSyncs(),
  setExcelApi(version: string): void {
    wb().excelApiMinor = Number(version.split(".")[1]);
  },
  setDisplayLanguage(lang: string): void {
    wb().displayLanguage = lang;
  },
};
export type SapaFakeControl = typeof control;
window.__sapaFake = control;
