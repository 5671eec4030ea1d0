import {
  SHEET_COLORS,
  CATEGORY_KEYS,
  categoryName,
  EDUCATION_KEYS,
  educationName,
  FIELD_KEYS,
  FIELD_NAMES,
  isLegacyCategory,
  type FieldKey,
} from "@sapa/shared";
import { absoluteRef, columnLetter } from "./address.ts";
import { detectRequirementSets } from "./requirements.ts";
import { uniqueSheetName } from "./sheet-names.ts";
import { sheetTitle } from "./sheet-titles.ts";

export interface RosterTemplateOptions {
  /** Sheet name; default "Педагогтер тізімі" / "Список педагогов" (made unique). */
  name?: string;
  /** Data rows that get dropdowns and formats; default 5,000. */
  rows?: number;
}

/** The date format of the template's date columns (what district sheets already use). */
export const TEMPLATE_DATE_FORMAT = "dd.mm.yyyy";

const DATE_FIELDS: readonly FieldKey[] = ["categoryDate", "lastCourseDate"];
const YES_NO_FIELDS: readonly FieldKey[] = ["internship", "eventParticipation"];
const WIDTHS: Partial<Record<FieldKey, number>> = {
  fullName: 220,
  organization: 220,
  education: 170,
  category: 150,
  iin: 95,
  position: 120,
};
const YES_NO = { kk: ["Иә", "Жоқ"], ru: ["Да", "Нет"] } as const;

/**
 * Adds a well-formed roster sheet: headers in the chosen language, dropdowns for category and education
 * (and yes/no columns) fed from a hidden list sheet, date formats, the ИИН as text so leading zeros stay,
 * a frozen header row and readable column widths. Each extra is skipped when the host lacks its API.
 */
export async function createRosterSheet(
  lang: "kk" | "ru",
  opts: RosterTemplateOptions = {},
): Promise<{ sheet: string }> {
  const caps = detectRequirementSets();
  const rows = opts.rows ?? 5000;
  // Current categories only: legacy ones still appear in old sheets but are no longer awarded.
  const categories = CATEGORY_KEYS.filter((k) => !isLegacyCategory(k)).map((k) => categoryName(k, lang));
  const educations = EDUCATION_KEYS.map((k) => educationName(k, lang));
  const yesNo = [...YES_NO[lang]];

  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = sheets.items.map((s) => s.name);
    const name = uniqueSheetName(opts.name ?? sheetTitle("roster", lang), taken);

    const ws = sheets.add(name);
    // The field names the pane's problem messages and column mapping use (FIELD_NAMES), so the sheet and the
    // pane call a column the same; every one of them is a header the shared reader knows.
    const headers = FIELD_KEYS.map((f) => FIELD_NAMES[f][lang]);
    const header = ws.getRange(`A1:${columnLetter(headers.length)}1`);
    header.values = [headers];
    header.format.font.bold = true;
    header.format.fill.color = SHEET_COLORS.headerFill;
    header.format.wrapText = true;

    FIELD_KEYS.forEach((field, i) => {
      const column = ws.getRange(`${columnLetter(i + 1)}2:${columnLetter(i + 1)}${rows + 1}`);
      if (DATE_FIELDS.includes(field)) column.numberFormat = fill(rows, TEMPLATE_DATE_FORMAT);
      if (field === "iin") column.numberFormat = fill(rows, "@");
      if (caps.canValuesOnlyUsedRange) {
        ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth =
          WIDTHS[field] ?? 110;
      }
    });

    if (caps.canDataValidation && caps.canSheetVisibility) {
      const listsName = sheetTitle("lists", lang);
      const existing = taken.find((t) => t.toLocaleLowerCase() === listsName.toLocaleLowerCase());
      const lists = existing ? sheets.getItem(existing) : sheets.add(listsName);
      const height = Math.max(categories.length, educations.length, yesNo.length);
      const column = (items: string[]) => Array.from({ length: height }, (_, r) => items[r] ?? "");
      lists.getRange(`A1:C${height}`).values = column(categories).map((c, r) => [
        c,
        column(educations)[r]!,
        column(yesNo)[r]!,
      ]);
      lists.visibility = "Hidden";
      const sources: [FieldKey, number, number][] = [
        ["category", 1, categories.length],
        ["education", 2, educations.length],
        ...YES_NO_FIELDS.map((f): [FieldKey, number, number] => [f, 3, yesNo.length]),
      ];
      for (const [field, listColumn, count] of sources) {
        const letter = columnLetter(FIELD_KEYS.indexOf(field) + 1);
        const target = ws.getRange(`${letter}2:${letter}${rows + 1}`);
        target.dataValidation.clear();
        target.dataValidation.rule = {
          list: { inCellDropDown: true, source: absoluteRef(listsName, 1, listColumn, count) },
        };
      }
    }
    if (caps.canFreezePanes) ws.freezePanes.freezeRows(1);
    ws.activate();
    await context.sync();
    try {
      ws.getRange("A2").select();
      await context.sync();
    } catch {
      // Some Excel 2016 builds refuse select(): the sheet is made and shown, only the cursor stays put.
    }
    return { sheet: name };
  });
}

function fill(rows: number, format: string): string[][] {
  return Array.from({ length: rows }, () => [format]);
}
