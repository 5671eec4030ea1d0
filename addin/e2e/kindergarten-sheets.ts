/**
 * A workbook kept one sheet per kindergarten (issue 9, item 7): a summary sheet first, then five sheets of
 * 15 teachers each under the same header, no organisation column (the sheet's name is the kindergarten).
 * The fourth sheet has a title row above its header and one unknown category (its 7th teacher).
 */
import ExcelJS from "exceljs";

export interface KindergartenWorkbook {
  summarySheet: string;
  sheets: string[];
  header: string[];
  badCategory: string;
}

export const KK_WORKBOOK: KindergartenWorkbook = {
  summarySheet: "Жиынтық",
  sheets: ["Балапан", "Айгөлек", "Ақбота", "Болашақ", "Еркетай"],
  header: ["№", "Аты-жөні", "Білімі", "Санаты"],
  badCategory: "Меңгеруші",
};

export const RU_WORKBOOK: KindergartenWorkbook = {
  summarySheet: "Свод",
  sheets: ["Солнышко", "Ромашка", "Берёзка", "Колокольчик", "Радуга"],
  header: ["№", "ФИО", "Образование", "Категория"],
  badCategory: "Заведующая",
};

export const TEACHERS_PER_SHEET = 15;
/** The sheet (1-based) holding the one error, and where: title row 1, header row 2, 7th teacher on row 9. */
export const BAD_SHEET_INDEX = 4;
export const BAD_CELL = "D9";

/** Writes the workbook as an .xlsx (exceljs), so the test reads it back as Excel would hand it over. */
export async function writeKindergartenXlsx(path: string, book: KindergartenWorkbook): Promise<void> {
  const kk = book === KK_WORKBOOK;
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet(book.summarySheet);
  summary.addRow([kk ? "Барлығы" : "Итого", book.sheets.length * TEACHERS_PER_SHEET]);
  book.sheets.forEach((name, k) => {
    const ws = wb.addWorksheet(name);
    if (k + 1 === BAD_SHEET_INDEX) ws.addRow([kk ? `«${name}» балабақшасы` : `Детский сад «${name}»`]);
    ws.addRow(book.header);
    for (let i = 1; i <= TEACHERS_PER_SHEET; i++) {
      const category =
        k + 1 === BAD_SHEET_INDEX && i === 7
          ? book.badCategory
          : i <= 3
            ? kk
              ? "педагог-сарапшы"
              : "педагог-эксперт"
            : "педагог-модератор";
      ws.addRow([i, `Педагог ${k * TEACHERS_PER_SHEET + i}`, kk ? "жоғары" : "высшее", category]);
    }
  });
  await wb.xlsx.writeFile(path);
}
