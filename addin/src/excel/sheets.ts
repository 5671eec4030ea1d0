import type { CellValue } from "@sapa/shared";

export interface SheetInfo {
  name: string;
  active: boolean;
}

/** The workbook's visible sheets in tab order, marking the active one (the pane's sheet picker). */
export async function listSheets(): Promise<SheetInfo[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/visibility");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    return sheets.items
      .filter((s) => s.visibility === "Visible")
      .map((s) => ({ name: s.name, active: s.name === active.name }));
  });
}

/** Where "go to" took the user: the cell selected, or (when the host cannot select) only its sheet shown. */
export interface CellShown {
  sheet: string;
  address: string;
  selected: boolean;
}

/**
 * Shows a cell to the user (a problem's "go to"): activates its sheet, then selects the cell. Some Excel
 * 2016 builds refuse `range.select()`; the sheet is active by then, so the pane names the cell instead.
 */
export async function selectCell(sheet: string, address: string): Promise<CellShown> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    await context.sync(); // a missing sheet fails here, with its own message
    try {
      ws.getRange(address).select();
      await context.sync();
      return { sheet, address, selected: true };
    } catch {
      return { sheet, address, selected: false };
    }
  });
}

/** One cell's value as Excel holds it (dates as serial numbers), e.g. to re-check a fixed cell. */
export async function readCellValue(sheet: string, address: string): Promise<CellValue> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values");
    await context.sync();
    return (range.values[0]?.[0] ?? null) as CellValue;
  });
}
