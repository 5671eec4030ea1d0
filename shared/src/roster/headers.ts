import { cellText, compactText } from "./cells.ts";
import { problem } from "../i18n/problems.ts";
import { FIELD_KEYS, REQUIRED_FIELDS } from "../types.ts";
import type { CellValue, ColumnMapping, FieldKey, GridInput, Problem, RosterLayout } from "../types.ts";

/** Header texts seen in district sheets, per field (DOMAIN.md), Kazakh first then Russian. */
export const HEADER_SYNONYMS: Record<FieldKey, { kk: string[]; ru: string[] }> = {
  fullName: {
    kk: [
      "Аты-жөні",
      "Т.А.Ә.",
      "Тегі, аты, әкесінің аты",
      "Тегі, аты, әкесінің аты (бар болса)",
      "Педагогтің аты-жөні",
      "Педагогтың аты-жөні",
      "Аты-жөні, тегі",
    ],
    ru: [
      "ФИО",
      "Ф.И.О.",
      "Фамилия, имя, отчество",
      "Фамилия, имя, отчество (при наличии)",
      "ФИО педагога",
      "ФИО (при наличии)",
    ],
  },
  organization: {
    kk: [
      "Мектепке дейінгі ұйым",
      "Ұйымның атауы",
      "МДҰ атауы",
      "Балабақша",
      "Мектепке дейінгі ұйымның атауы",
      "Ұйым атауы",
      "Ұйым",
      "МДҰ",
      "Балабақшаның атауы",
      "Білім беру ұйымы",
      "Білім беру ұйымының атауы",
    ],
    ru: [
      "Организация",
      "Наименование ДО",
      "Дошкольная организация",
      "Детский сад",
      "Наименование ДОО",
      "Наименование организации",
      "Наименование дошкольной организации",
      "Наименование детского сада",
      "ДО",
      "ДОО",
      "Организация образования",
      "Наименование организации образования",
    ],
  },
  education: {
    kk: ["Білімі", "Білім", "Білім деңгейі", "Білімі (жоғары, арнаулы орта)"],
    ru: ["Образование", "Уровень образования", "Образование (высшее, среднее специальное)"],
  },
  category: {
    kk: ["Санаты", "Біліктілік санаты", "Санат", "Педагогтің санаты", "Біліктілік санаты (деңгейі)"],
    ru: [
      "Категория",
      "Квалификационная категория",
      "Квалиф. категория",
      "Категория педагога",
      "Кв. категория",
    ],
  },
  iin: {
    kk: ["ЖСН", "ЖСН (ИИН)", "ЖСН/ИИН"],
    ru: ["ИИН", "ИИН (ЖСН)", "ИИН/ЖСН"],
  },
  position: {
    kk: ["Лауазымы", "Лауазым", "Атқаратын лауазымы"],
    ru: ["Должность", "Занимаемая должность"],
  },
  categoryDate: {
    kk: [
      "Санат берілген күні",
      "Санат берілген жылы",
      "Санаттың берілген күні",
      "Санат берілген уақыты",
      "Санат берілген мерзімі",
      "Санаттың берілген жылы",
      "Берілген күні",
      "Берілген жылы",
    ],
    ru: [
      "Дата присвоения категории",
      "Год присвоения",
      "Год присвоения категории",
      "Дата присвоения",
      "Дата получения категории",
      "Год получения категории",
      "Дата аттестации",
    ],
  },
  experienceYears: {
    kk: [
      "Педагогикалық өтілі",
      "Өтілі",
      "Педагогикалық жұмыс өтілі",
      "Жалпы өтілі",
      "Өтіл",
      "Пед. өтілі",
      "Педагогикалық өтілі (жыл)",
    ],
    ru: [
      "Педагогический стаж",
      "Стаж",
      "Пед. стаж",
      "Педстаж",
      "Стаж работы",
      "Общий стаж",
      "Стаж педагогической работы",
      "Педагогический стаж (лет)",
    ],
  },
  lastCourseDate: {
    kk: [
      "Біліктілік арттыру курсы",
      "Соңғы курс",
      "Біліктілік арттыру курстары",
      "Соңғы курс өткен күні",
      "Курстан өткен күні",
      "Соңғы біліктілік арттыру курсы",
    ],
    ru: [
      "Курсы повышения квалификации",
      "Дата курсов",
      "Дата прохождения курсов",
      "Последние курсы",
      "КПК",
      "Дата последних курсов",
    ],
  },
  mentor: {
    kk: ["Тәлімгері", "Тәлімгер", "Тәлімгердің аты-жөні"],
    ru: ["Наставник", "ФИО наставника"],
  },
  internship: {
    kk: ["Тағылымдама", "Тағылымдамадан өтуі", "Тағылымдамадан өтті"],
    ru: ["Стажировка", "Прохождение стажировки"],
  },
  eventParticipation: {
    kk: ["Шараларға қатысуы", "Шараларға қатысу", "Іс-шараларға қатысуы"],
    ru: ["Участие в мероприятиях", "Участие в мероприятиях плана"],
  },
};

/** Numbering columns: recognised so they are neither a field nor an "ignored" header. */
const NUMBERING_HEADERS = [
  "№",
  "р/с",
  "п/п",
  "№ р/с",
  "№ п/п",
  "№р/с",
  "№п/п",
  "N",
  "#",
  "N п/п",
  "Р/с №",
  "Реттік нөмірі",
];

/**
 * How a header cell is compared: folded (case, ё/е, Kazakh letters typed on a Russian keyboard, line breaks)
 * with spaces, dashes, dots, commas, slashes, quotes, colons and asterisks dropped: "Т. А. Ә.", "ТАӘ" and
 * "т.а.ә:" are one header.
 */
export function foldHeader(text: string): string {
  return compactText(text);
}

const headerLookup = new Map<string, FieldKey>();
for (const field of FIELD_KEYS) {
  for (const text of [...HEADER_SYNONYMS[field].kk, ...HEADER_SYNONYMS[field].ru])
    headerLookup.set(foldHeader(text), field);
}
const numberingLookup = new Set(NUMBERING_HEADERS.map(foldHeader));

/** The field a header cell names, "numbering" for a numbering column, or null. */
export function headerField(cell: CellValue | undefined): FieldKey | "numbering" | null {
  if (typeof cell !== "string" || cell.length > 300) return null;
  const folded = foldHeader(cell);
  if (folded.length === 0) return null;
  const field = headerLookup.get(folded);
  if (field !== undefined) return field;
  if (numberingLookup.has(folded)) return "numbering";
  // A remark in brackets: "Педагогикалық өтілі (толық жыл)", "ИИН (12 цифр)".
  if (!cell.includes("(")) return null;
  const bare = foldHeader(cell.replace(/\([^)]*\)?/g, " "));
  if (bare.length === 0 || bare === folded) return null;
  return headerLookup.get(bare) ?? (numberingLookup.has(bare) ? "numbering" : null);
}

/** The expected headers of a field as a message lists them: «Аты-жөні» / «ФИО». */
export function expectedHeaders(field: FieldKey): string {
  const s = HEADER_SYNONYMS[field];
  return `«${s.kk[0]}» / «${s.ru[0]}»`;
}

/** Sheet column letters: 1 → A, 26 → Z, 27 → AA, 16384 → XFD. */
export function columnLetter(index1Based: number): string {
  let n = Math.floor(index1Based);
  if (!(n >= 1)) return "";
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 1-based column number of a letter ("AA" → 27), or null when the text is not one to three letters. */
export function columnNumber(letters: string): number | null {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return null;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The rows searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

export interface DetectOptions {
  /** Field → header text (matched folded) or column letter ("C"); overrides the synonyms. */
  mapping?: Partial<Record<FieldKey, string>>;
}

export interface Detection {
  layout: RosterLayout | null;
  problems: Problem[];
  /**
   * 1-based sheet row where teacher rows may start: the row after the header, or after a second header row
   * under merged cells ("Біліктілік санаты" over "санаты | берілген күні"). Null without a layout.
   */
  firstDataRow: number | null;
}

/**
 * The header texts of the row under the header, by column, when it may be a second header row: at least one
 * cell names a field and at least half of its filled cells are header texts. Whether every filled cell is one.
 */
function subHeaderFields(
  row: readonly CellValue[] | undefined,
): { fields: Map<number, FieldKey>; all: boolean } | null {
  if (!Array.isArray(row)) return null;
  const fields = new Map<number, FieldKey>();
  let filled = 0;
  let recognised = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) continue;
    filled++;
    const field = headerField(cell);
    if (field === null) continue;
    recognised++;
    if (field !== "numbering") fields.set(c, field);
  }
  return fields.size > 0 && recognised * 2 >= filled ? { fields, all: recognised === filled } : null;
}

/** Where the grid sits on the sheet: its 1-based first row and column (1 when not given or not sensible). */
export function gridOrigin(input: GridInput): { firstRow: number; firstColumn: number } {
  const firstRow = Number.isInteger(input.firstRow) && input.firstRow! >= 1 ? input.firstRow! : 1;
  const firstColumn = Number.isInteger(input.firstColumn) && input.firstColumn! >= 1 ? input.firstColumn! : 1;
  return { firstRow, firstColumn };
}

interface MappingTarget {
  field: FieldKey;
  raw: string;
  /** 0-based grid column for a letter, or null for a header text. */
  index: number | null;
  folded: string;
}

function mappingTargets(
  mapping: DetectOptions["mapping"],
  firstColumn: number,
  width: number,
): MappingTarget[] {
  const targets: MappingTarget[] = [];
  if (!mapping) return targets;
  for (const field of FIELD_KEYS) {
    const raw = mapping[field];
    if (typeof raw !== "string" || raw.trim().length === 0) continue;
    const number = columnNumber(raw);
    // A letter names a column only when that column lies in the grid; otherwise it is a header text ("ДО").
    const index =
      number !== null && number - firstColumn >= 0 && number - firstColumn < width
        ? number - firstColumn
        : null;
    targets.push({ field, raw, index, folded: foldHeader(raw) });
  }
  return targets;
}

/**
 * Finds the roster's header row in the first 30 rows (the row naming most fields, at least two of them
 * required) and maps its columns to fields. Unknown headers are listed in `layout.ignored`; numbering
 * columns ("№", "р/с") are skipped silently. Problems: "header-not-found", "column-missing" for each
 * required field without a column, "mapping-unknown" for a mapping that names no column.
 */
export function detectRoster(input: GridInput, opts: DetectOptions = {}): Detection {
  const values = Array.isArray(input?.values) ? input.values : [];
  const { firstRow, firstColumn } = gridOrigin(input ?? { values: [] });
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  let width = 0;
  for (let r = 0; r < limit; r++) width = Math.max(width, Array.isArray(values[r]) ? values[r]!.length : 0);
  const targets = mappingTargets(opts.mapping, firstColumn, width);
  const textTargets = targets.filter((t) => t.index === null);
  const letterTargets = new Set(targets.filter((t) => t.index !== null).map((t) => t.field));

  let best: { r: number; fields: Map<FieldKey, number>; score: number } | null = null;
  for (let r = 0; r < limit; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const fields = new Map<FieldKey, number>();
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "string") continue;
      let field: FieldKey | "numbering" | null = null;
      if (textTargets.length > 0) {
        const folded = foldHeader(cell);
        field = textTargets.find((t) => t.folded === folded)?.field ?? null;
      }
      field ??= headerField(cell);
      if (field !== null && field !== "numbering" && !fields.has(field)) fields.set(field, c);
    }
    // Required fields named here, or mapped to a column by letter (which needs no header text).
    let required = 0;
    for (const f of REQUIRED_FIELDS) if (fields.has(f) || letterTargets.has(f)) required++;
    if (required < 2) continue;
    const score = fields.size * 10 + required;
    if (best === null || score > best.score) best = { r, fields, score };
  }

  if (best === null) {
    const expected = REQUIRED_FIELDS.map(expectedHeaders).join(", ");
    return {
      layout: null,
      problems: [problem("header-not-found", { row: firstRow }, { expected })],
      firstDataRow: null,
    };
  }

  const headerRow = firstRow + best.r;
  const row = values[best.r]!;
  const problems: Problem[] = [];
  const byField = new Map(best.fields);
  const subRow = values[best.r + 1];
  const candidate = subHeaderFields(subRow);
  const fromSub = new Map<FieldKey, number>();
  if (candidate !== null) {
    const taken = new Set(byField.values());
    for (const [c, field] of candidate.fields) {
      if (!byField.has(field) && !taken.has(c) && !fromSub.has(field)) fromSub.set(field, c);
    }
  }
  // A data row may hold one header-like value ("Балабақша" as a name); it is a second header row only when
  // all its cells are header texts or it names fields the header lacks.
  const sub = candidate !== null && (candidate.all || fromSub.size > 0);
  if (sub) for (const [field, c] of fromSub) byField.set(field, c);
  // Explicit mapping wins over the synonyms, and takes its column away from any other field.
  for (const t of targets) {
    let index = t.index;
    if (index === null) {
      const found = row.findIndex((cell) => typeof cell === "string" && foldHeader(cell) === t.folded);
      index = found >= 0 ? found : null;
    }
    if (index === null) {
      problems.push(problem("mapping-unknown", { row: headerRow, field: t.field, value: t.raw }));
      byField.delete(t.field);
      continue;
    }
    for (const [f, i] of byField) if (i === index && f !== t.field) byField.delete(f);
    byField.set(t.field, index);
  }

  const columns: ColumnMapping[] = [];
  for (const field of FIELD_KEYS) {
    const index = byField.get(field);
    if (index === undefined) continue;
    columns.push({
      field,
      index,
      letter: columnLetter(firstColumn + index),
      // Under merged cells the header row is empty where the second header row names the column.
      header:
        cellText(row[index]).trim() || (sub && Array.isArray(subRow) ? cellText(subRow[index]).trim() : ""),
    });
  }
  const used = new Set(byField.values());
  const ignored: RosterLayout["ignored"] = [];
  for (let c = 0; c < row.length; c++) {
    if (used.has(c)) continue;
    const cell = row[c];
    const text = typeof cell === "string" ? cell.trim() : cellText(cell);
    if (text.length === 0 || headerField(cell) === "numbering") continue;
    ignored.push({
      letter: columnLetter(firstColumn + c),
      header: text.length > 200 ? `${text.slice(0, 200)}…` : text,
    });
  }

  for (const field of REQUIRED_FIELDS) {
    if (!byField.has(field)) {
      problems.push(
        problem("column-missing", { row: headerRow, field }, { expected: expectedHeaders(field) }),
      );
    }
  }
  return { layout: { headerRow, columns, ignored }, problems, firstDataRow: headerRow + (sub ? 2 : 1) };
}
