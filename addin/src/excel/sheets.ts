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

/** Shows a cell to the user: activates its sheet and selects it (a problem's "go to"). */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
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
