import { findDistrict, label, type Lang, type Receipt } from "@sapa/shared";
import { formatRegionTime, translator } from "../translate.ts";
import { rectAddress } from "./address.ts";
import { detectRequirementSets } from "./requirements.ts";
import { sheetTitle } from "./sheet-titles.ts";

const RECEIPT_COLUMNS = 7;
const ID_COLUMN = 5;

/**
 * Appends the server's receipt to Sapa's "submissions" sheet (created with a header on first use). A receipt
 * already listed (same id, e.g. after an outbox retry) is not added twice.
 */
export async function recordReceipt(receipt: Receipt, lang: Lang): Promise<{ sheet: string; row: number }> {
  const caps = detectRequirementSets();
  const name = sheetTitle("receipts", lang);
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const existing = sheets.items.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    let ws: Excel.Worksheet;
    let next = 2;
    if (existing) {
      ws = sheets.getItem(existing.name);
      const used = ws.getUsedRange(caps.canValuesOnlyUsedRange ? true : undefined);
      used.load("rowCount, rowIndex, columnCount, columnIndex");
      await context.sync();
      next = Math.max(2, used.rowIndex + used.rowCount + 1);
      // The id column within the used rows, addressed directly: real Excel's getIntersection throws
      // ItemNotFound when the ranges do not overlap (a sheet whose right-hand columns were cleared).
      if (used.columnIndex < ID_COLUMN && used.columnIndex + used.columnCount >= ID_COLUMN) {
        const ids = ws.getRange(rectAddress(used.rowIndex + 1, ID_COLUMN, used.rowCount, 1));
        ids.load("values");
        await context.sync();
        const at = ids.values.findIndex((row) => row[0] === receipt.id);
        if (at >= 0) return { sheet: existing.name, row: used.rowIndex + at + 1 };
      }
    } else {
      ws = sheets.add(name);
      const header = ws.getRange(rectAddress(1, 1, 1, RECEIPT_COLUMNS));
      header.values = [
        [
          L("year"),
          L("district"),
          L("revision"),
          L("submittedAt"),
          translator(lang)("receiptId"),
          L("teachers"),
          L("qualitativeShare"),
        ],
      ];
      header.format.font.bold = true;
      if (caps.canValuesOnlyUsedRange) ws.getRange("A:G").format.columnWidth = 120;
    }
    const row = ws.getRange(rectAddress(next, 1, 1, RECEIPT_COLUMNS));
    row.numberFormat = [["@", "@", "0", "@", "@", "0", "0.00%"]];
    row.values = [
      [
        receipt.year,
        findDistrict(receipt.district)?.name[lang] ?? receipt.district,
        receipt.revision,
        formatRegionTime(receipt.receivedAt),
        receipt.id,
        receipt.summary.teachers,
        receipt.summary.qualitativeShare,
      ],
    ];
    await context.sync();
    return { sheet: name, row: next };
  });
}
