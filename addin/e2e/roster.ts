/**
 * The messy Russian-header roster the end-to-end test opens: title rows, a "№" column, dates as Excel
 * dates, as text and as a bare year, a subtotal row, spacing variants of one organisation name, an old
 * category, an overdue attestation, one ИИН with a wrong check digit and one unknown category.
 */
import ExcelJS from "exceljs";
import { iinCheckDigit } from "@sapa/shared";

/** A valid ИИН for a birth date (YYMMDD), century/sex digit and serial: the first serial with a check digit. */
export function validIin(yymmdd: string, centuryDigit: number, serial: number): string {
  for (let s = serial; s < serial + 100; s++) {
    const first11 = `${yymmdd}${centuryDigit}${String(s).padStart(4, "0")}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error("no valid serial");
}

/** The same ИИН with its check digit changed: fails the checksum, nothing else. */
export function withWrongCheckDigit(iin: string): string {
  return `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
}

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const SHEET = "Педагоги";
export const HEADER_ROW = 4;
export const FIXED_IIN = validIin("880704", 4, 2301);

/** Row 5 onward, one array per teacher. */
const TEACHERS: [
  string,
  string | number,
  string,
  string,
  string,
  string,
  Date | string | number | null,
  number,
][] = [
  [
    "Ахметова Айгүл Серікқызы",
    validIin("850312", 4, 1),
    "ДС №1 «Балапан»",
    "воспитатель",
    "высшее",
    "педагог-эксперт",
    d("2025-10-15"),
    14,
  ],
  [
    "Иванова Мария Петровна",
    validIin("900101", 4, 17),
    "ДС №1 «Балапан»",
    "воспитатель",
    "среднее специальное",
    "педагог-модератор",
    d("2026-02-01"),
    8,
  ],
  [
    "Сейткали Гульнар Маратовна",
    withWrongCheckDigit(FIXED_IIN),
    "ДС №1 «Балапан»",
    "воспитатель",
    "высшее",
    "педагог-модератор",
    d("2023-04-20"),
    10,
  ],
  [
    "Жумабаева Дина Ерлановна",
    validIin("791028", 3, 2728),
    "Детский сад №2 «Айгөлек»",
    "музыкальный руководитель",
    "Высшее",
    "педагог-исследователь",
    d("2025-12-20"),
    20,
  ],
  [
    "Ким Елена Викторовна",
    validIin("870215", 4, 555),
    "Детский сад №2 «Айгөлек»",
    "воспитатель",
    "высшее",
    "педагог-супер",
    d("2026-03-10"),
    12,
  ],
  [
    "Нурланова Асель Нурлановна",
    Number(validIin("020505", 6, 1234)),
    "ДС №1 «Балапан»",
    "воспитатель",
    "колледж",
    "педагог",
    "15.03.2022",
    3,
  ],
  [
    "Петрова Ольга Ивановна",
    validIin("700920", 4, 808),
    "ДС №3",
    "методист",
    "высшее",
    "высшая категория",
    2021,
    25,
  ],
  [
    "Омарова Сауле Кайратовна",
    validIin("780606", 4, 4321),
    "ДС №3",
    "воспитатель",
    "средне-специальное",
    "педагог-модератор",
    d("2020-05-01"),
    18,
  ],
  [
    "Тлеубаева Жанар Асқарқызы",
    validIin("030303", 6, 99),
    "Детский сад №2 «Айгөлек»",
    "воспитатель",
    "высшее",
    "без категории",
    null,
    1,
  ],
  [
    "Садыкова Алия Бахытовна",
    validIin("910718", 4, 3030),
    "ДС №3",
    "воспитатель",
    "среднее специальное",
    "педагог-эксперт",
    d("2024-01-15"),
    11,
  ],
  [
    "Бекова Карлыгаш Сериковна",
    validIin("950830", 4, 707),
    "ДС  №1  «Балапан»",
    "воспитатель",
    "высшее",
    "педагог",
    d("2022-09-01"),
    5,
  ],
  [
    "Абенова Динара Муратовна",
    validIin("930412", 4, 1111),
    "Детский сад №2 «Айгөлек»",
    "воспитатель",
    "среднее специальное",
    "педагог-модератор",
    d("2024-11-11"),
    7,
  ],
];

export const TEACHER_COUNT = TEACHERS.length;
/** The teachers' full names, as the region reads them after opening the sealed rows. */
export const TEACHER_NAMES = TEACHERS.map((t) => t[0]);
/** Where the two errors sit: the wrong ИИН and the unknown category. */
export const BAD_IIN_CELL = "C7";
export const BAD_CATEGORY_CELL = "G9";

/** Writes the roster as a real .xlsx file with exceljs. */
export async function writeRosterXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(["Список педагогов дошкольных организаций Алгинского района"]);
  ws.addRow(["по состоянию на 31.05.2026"]);
  ws.addRow([]);
  ws.addRow([
    "№",
    "ФИО",
    "ИИН",
    "Наименование ДО",
    "Должность",
    "Образование",
    "Квалификационная категория",
    "Дата присвоения категории",
    "Педагогический стаж",
  ]);
  TEACHERS.forEach((t, i) => {
    const row = ws.addRow([i + 1, ...t]);
    const date = row.getCell(8);
    if (date.value instanceof Date) date.numFmt = "dd.mm.yyyy";
  });
  ws.addRow([null, "Итого", null, null, null, null, null, null, null]);
  wb.addWorksheet("Лист2").addRow(["заметки"]);
  await wb.xlsx.writeFile(path);
}

type Cell = string | number | boolean | null;

/** Reads a sheet of an .xlsx file the way Excel hands it to an add-in: dates as serials beside their format. */
export async function readSheetGrid(
  path: string,
  sheet: string,
): Promise<{ values: Cell[][]; numberFormats: string[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const values: Cell[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const v: Cell[] = [];
    const f: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      const raw = cell.value;
      f.push(cell.numFmt || "General");
      if (raw instanceof Date) v.push((raw.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
      else if (raw === null || raw === undefined) v.push(null);
      else if (typeof raw === "object")
        v.push("text" in raw ? String(raw.text) : "result" in raw ? ((raw.result as Cell) ?? null) : null);
      else v.push(raw);
    }
    values.push(v);
    numberFormats.push(f);
  }
  return { values, numberFormats };
}
