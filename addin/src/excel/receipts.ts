import { findDistrict, label, type Lang, type Receipt } from "@sapa/shared";
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
      used.load("rowCount, rowIndex");
      const ids = ws
        .getRange(`${String.fromCharCode(64 + ID_COLUMN)}:${String.fromCharCode(64 + ID_COLUMN)}`)
        .getIntersection(used);
      ids.load("values, rowIndex");
      await context.sync();
      const at = ids.values.findIndex((row) => row[0] === receipt.id);
      if (at >= 0) return { sheet: existing.name, row: ids.rowIndex + at + 1 };
      next = Math.max(2, used.rowIndex + used.rowCount + 1);
    } else {
      ws = sheets.add(name);
      const header = ws.getRange(rectAddress(1, 1, 1, RECEIPT_COLUMNS));
      header.values = [
        [
          L("year"),
          L("district"),
          L("revision"),
          L("submittedAt"),
          "ID",
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
        receipt.receivedAt,
        receipt.id,
        receipt.summary.teachers,
        receipt.summary.qualitativeShare,
      ],
    ];
    await context.sync();
    return { sheet: name, row: next };
  });
}
