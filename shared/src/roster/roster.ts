import {
  EXCEL_BOOLEANS,
  cellText,
  foldText,
  isBlankCell,
  isSpaceCode,
  memoise,
  problemValue,
} from "./cells.ts";
import { CATEGORIES, normaliseCategory } from "./categories.ts";
import { isDateFormat, readDateCell, slashDateOrder } from "./dates.ts";
import type { DateCell } from "./dates.ts";
import { EDUCATION_LEVELS, normaliseEducation } from "./education.ts";
import { columnLetter, detectRoster, gridOrigin } from "./headers.ts";
import { problem, sortProblems } from "../i18n/problems.ts";
import type { ProblemCode } from "../i18n/problems.ts";
import { readIin } from "./iin.ts";
import { collapseWhitespace, organizationKey } from "./organization.ts";
import { validateTeachers } from "./validate.ts";
import { summarise, type SummariseOptions } from "../figures/summary.ts";
import { FIELD_KEYS } from "../types.ts";
import type {
  CellValue,
  ColumnMapping,
  FieldKey,
  GridInput,
  IsoDate,
  Localized,
  Problem,
  RosterLayout,
  Summary,
  TeacherRow,
} from "../types.ts";

export interface ReadOptions {
  /** The report date (ISO). */
  asOf: IsoDate;
  /** Field → header text or column letter, overriding the header synonyms. */
  mapping?: Partial<Record<FieldKey, string>>;
  /** Every teacher's organisation when the sheet has no organisation column (one sheet per kindergarten). */
  organization?: string;
  /**
   * Also count the figures: the Summary `summarise` gives for these options, the report date being `asOf`
   * and the columns the sheet's.
   */
  figures?: Omit<SummariseOptions, "asOf" | "present">;
}

export interface RosterRead {
  layout: RosterLayout | null;
  teachers: TeacherRow[];
  /** Every problem, sorted by row then column. */
  problems: Problem[];
  /** Fields whose column exists in the sheet. */
  present: FieldKey[];
  /** The figures, when `figures` was asked for (null when no header row was recognised). */
  summary?: Summary | null;
}

// Subtotal labels, folded ("Барлығы" → "барлыгы"); the word must end there ("Всеволод" is a name).
// "Total" folds to "тотаl" (Latin look-alikes become Cyrillic).
const SUBTOTAL = /^(?:барлыгы|жиыны|итого|всего|тотаl)(?:$|[\s:.,;(-])/;
const NUMERIC_TEXT = /^[\s(]*[-+]?\d+(?:[.,]\d+)?[\s).]*$/;

/** "5", "5,5", "5 жыл", "3 г.", "10 лет", "5 жыл 3 ай", "2 г. 6 мес." → years. */
const EXPERIENCE =
  /^(\d{1,3}(?:[.,]\d+)?)\s*(?:жыл|жил|год|года|лет|г|л|y|yrs?|years?)?\.?(?:\s*,?\s*(\d{1,2})\s*(?:ай|мес|месяц|месяца|месяцев|м|mo|months?)\.?)?$/;

const YES = new Set(
  [
    "иә",
    "ия",
    "иа",
    "бар",
    "да",
    "есть",
    "yes",
    "y",
    "+",
    "1",
    "✓",
    "✔",
    "v",
    // A TRUE cell typed or pasted as text, in any language's Excel (TRUE, ИСТИНА, АҚИҚАТ).
    ...Object.values(EXCEL_BOOLEANS).map((b) => b.true),
    "өтті",
    "отти",
    "прошел",
    "прошла",
    "пройдена",
    "қатысты",
    "катысты",
    "участвовал",
    "участвовала",
  ].map((w) => foldText(w)),
);
const NO = new Set(
  [
    "жоқ",
    "жок",
    "нет",
    "no",
    "n",
    "-",
    "—",
    "–",
    "0",
    ...Object.values(EXCEL_BOOLEANS).map((b) => b.false),
    "өтпеді",
    "отпеди",
    "не проходил",
    "не проходила",
    "не участвовал",
    "не участвовала",
    "қатыспады",
    "катыспады",
  ].map((w) => foldText(w)),
);
const NO_MENTOR = new Set(
  [
    "жоқ",
    "жок",
    "нет",
    "-",
    "—",
    "–",
    "0",
    "no",
    "none",
    // A mentor box left FALSE, saved or pasted as text (FALSE, ЛОЖЬ, ЖАЛҒАН): no mentor, not a mentor
    // called "FALSE".
    ...Object.values(EXCEL_BOOLEANS).map((b) => b.false),
    "тәлімгері жоқ",
    "наставника нет",
    "нет наставника",
  ].map((w) => foldText(w)),
);

const yesNo = memoise((text: string): boolean | null => {
  const folded = foldText(text);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return null;
});
const NO_MENTOR_MAX_LENGTH = 24;
/** A mentor whose name is not known (a ticked box), and what a submission sends instead of a mentor's name. */
export const MENTOR_MARK = "✓";

/** The folded first letters of the "no mentor" words: a text that starts with another letter is not one. */
const NO_MENTOR_STARTS = new Set([...NO_MENTOR].map((w) => w[0]));
const foldedLetter = memoise(foldText, 1024);

/**
 * True for "no mentor" words. Mentors' names are mostly unique, so this is not memoised but guarded: by
 * length, and by the first letter, folded alone (a name, folded whole, costs a lower-casing and four
 * regular expressions; most names start with a letter no such word does).
 */
function isNoMentor(text: string): boolean {
  if (text.length === 0 || text.length > NO_MENTOR_MAX_LENGTH) return false;
  const first = foldedLetter(text[0]!);
  // A first letter that folds to nothing (a stray invisible character) leaves the decision to the whole text.
  return (first === "" || NO_MENTOR_STARTS.has(first[0]!)) && NO_MENTOR.has(foldText(text));
}

const CATEGORY_CHOICES: Localized = {
  kk: CATEGORIES.filter((c) => !c.legacy)
    .map((c) => c.name.kk)
    .join(", "),
  ru: CATEGORIES.filter((c) => !c.legacy)
    .map((c) => c.name.ru)
    .join(", "),
  en: CATEGORIES.filter((c) => !c.legacy)
    .map((c) => c.name.en)
    .join(", "),
};
const EDUCATION_CHOICES: Localized = {
  kk: EDUCATION_LEVELS.map((e) => e.name.kk).join(", "),
  ru: EDUCATION_LEVELS.map((e) => e.name.ru).join(", "),
  en: EDUCATION_LEVELS.map((e) => e.name.en).join(", "),
};
const YES_NO_DATE: Localized = {
  kk: "«иә», «жоқ» немесе күнін (КК.АА.ЖЖЖЖ)",
  ru: "«да», «нет» или дату (ДД.ММ.ГГГГ)",
  en: "“yes”, “no” or a date (DD.MM.YYYY)",
};

// A region has a few thousand organisations; the cache holds them all.
const orgKey = memoise(organizationKey, 65536);

// Cheap pre-check on the raw text before folding: every subtotal label starts with one of these.
const SUBTOTAL_START = /^\s*(?:барл|жиын|итог|всег|tota)/i;

/** True for a row that is not a teacher: blank, a subtotal, a column-numbering row or a lone number. */
function isSkippableRow(row: readonly CellValue[], width: number): boolean {
  let filled = 0;
  let numbersOnly = true;
  let smallIntegers = true;
  let firstText: string | null = null;
  let secondText: string | null = null;
  const end = Math.min(row.length, width);
  for (let c = 0; c < end; c++) {
    const v = row[c];
    if (v === null || v === undefined) continue;
    if (typeof v === "number") {
      filled++;
      if (!(Number.isInteger(v) && Math.abs(v) <= 1000)) smallIntegers = false;
      continue;
    }
    if (typeof v === "boolean") {
      filled++;
      numbersOnly = false;
      continue;
    }
    if (v.length === 0 || isBlankCell(v)) continue;
    filled++;
    if (firstText === null) firstText = v;
    else if (secondText === null) secondText = v;
    if (
      SUBTOTAL_FIRST_CHARS.has(v.charCodeAt(0)) &&
      SUBTOTAL_START.test(v) &&
      SUBTOTAL.test(foldText(v.slice(0, 30)))
    ) {
      return true;
    }
    const first = v.charCodeAt(0);
    if (
      numbersOnly &&
      (isDigitCode(first) || first === 43 || first === 45 || first === 40 || isSpaceCode(first)) &&
      NUMERIC_TEXT.test(v)
    ) {
      if (!SMALL_INTEGER_TEXT.test(v)) smallIntegers = false;
      continue;
    }
    numbersOnly = false;
  }
  if (filled === 0) return true;
  if (filled <= 2 && (isFooter(firstText) || isFooter(secondText))) return true;
  // A column-numbering row under the header ("1 2 3 … 14") or a lone number left in the table.
  return numbersOnly && (filled === 1 || smallIntegers);
}

/**
 * The fast path for the common case, checked before the full row scan: a name that is text (not a number,
 * not a subtotal label) and at least two more required cells filled is a teacher row, whatever else it holds.
 */
function looksLikeTeacher(row: readonly CellValue[], index: Record<FieldKey, number>): boolean {
  const name = index.fullName >= 0 ? row[index.fullName] : undefined;
  if (typeof name !== "string" || name.length === 0) return false;
  const first = name.charCodeAt(0);
  if (isDigitCode(first) || isSpaceCode(first) || first === 43 || first === 45 || first === 40) return false;
  if (SUBTOTAL_FIRST_CHARS.has(first) && SUBTOTAL_START.test(name)) return false;
  let others = 0;
  if (index.organization >= 0 && !isBlankCell(row[index.organization])) others++;
  if (index.education >= 0 && !isBlankCell(row[index.education])) others++;
  if (index.category >= 0 && !isBlankCell(row[index.category])) others++;
  return others >= 2;
}

function isFooter(text: string | null): boolean {
  return text !== null && text.length < 300 && FOOTER.test(text);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

// First characters of the subtotal labels (either case) and leading whitespace: a cheap gate before the regex.
const SUBTOTAL_FIRST_CHARS = new Set([..."бБжЖиИвВtT \u00a0\t\n\r"].map((ch) => ch.charCodeAt(0)));
/** A signature or contact line under the table (one or two cells): "Бөлім басшысы: ____ А. Серікова", "Исп.: Иванова, тел. …". */
const FOOTER =
  /басшы|директор|меңгеруші|менгеруши|орындаған|орындаушы|исполнитель|исп\.|тел\.|телефон|подпись|қолы|м\.о\.|м\.п\.|_{3,}/i;
const SMALL_INTEGER_TEXT = /^\s*\d{1,4}\s*\.?\s*$/;

function parseExperience(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.length > 40) return null;
  const m = EXPERIENCE.exec(value.toLowerCase().replace(/\s+/g, " ").trim());
  if (m === null) return null;
  const years = Number(m[1]!.replace(",", "."));
  const months = m[2] === undefined ? 0 : Number(m[2]);
  return months >= 12 ? null : years + months / 12;
}

/** Column indexes (-1 when absent), letters and the problem list shared by every row of one read. */
interface RowContext {
  index: Record<FieldKey, number>;
  letters: Partial<Record<FieldKey, string>>;
  problems: Problem[];
  /** Serials count from 1904-01-01. */
  date1904: boolean;
  /** The sheet writes text dates with slashes month first (monthFirstEvidence). */
  monthFirst: boolean;
}

function report(
  ctx: RowContext,
  unreadable: FieldKey[],
  sheetRow: number,
  code: ProblemCode,
  field: FieldKey,
  value: CellValue | undefined,
  params?: Record<string, string | Localized>,
): void {
  unreadable.push(field);
  ctx.problems.push(
    problem(
      code,
      { row: sheetRow, column: ctx.letters[field] ?? null, field, value: problemValue(value) },
      params,
    ),
  );
}

function textAt(row: readonly CellValue[], i: number): string {
  if (i < 0) return "";
  const v = row[i];
  return typeof v === "string" ? collapseWhitespace(v) : cellText(v);
}

function readDate(
  ctx: RowContext,
  row: readonly CellValue[],
  fmt: readonly (string | null | undefined)[] | null,
  sheetRow: number,
  field: FieldKey,
  unreadable: FieldKey[],
): DateCell {
  const i = ctx.index[field];
  if (i < 0) return EMPTY_DATE;
  const f = fmt?.[i];
  const read = readDateCell(row[i], typeof f === "string" ? f : null, ctx.date1904, ctx.monthFirst);
  if (read.kind === "invalid") {
    report(
      ctx,
      unreadable,
      sheetRow,
      read.reason === "impossible" ? "date-impossible" : "date-unparseable",
      field,
      row[i],
    );
  }
  return read;
}
const EMPTY_DATE: DateCell = { kind: "empty" };

/** One teacher row, normalised; problems with its cells go to `ctx.problems`. */
function readTeacherRow(
  ctx: RowContext,
  row: readonly CellValue[],
  fmt: readonly (string | null | undefined)[] | null,
  sheetRow: number,
  groupOrganization: string,
): TeacherRow {
  const ix = ctx.index;
  const unreadable: FieldKey[] = [];

  const organization = (ix.organization >= 0 ? textAt(row, ix.organization) : "") || groupOrganization;

  let education: TeacherRow["education"] = null;
  const eduCell = ix.education >= 0 ? row[ix.education] : null;
  if (!isBlankCell(eduCell)) {
    // The normalisers fold whitespace themselves and are memoised on the raw text.
    education = normaliseEducation(typeof eduCell === "string" ? eduCell : cellText(eduCell));
    if (education === null) {
      report(ctx, unreadable, sheetRow, "education-unknown", "education", row[ix.education], {
        expected: EDUCATION_CHOICES,
      });
    }
  }

  let category: TeacherRow["category"] = null;
  const catCell = ix.category >= 0 ? row[ix.category] : null;
  if (!isBlankCell(catCell)) {
    category = normaliseCategory(typeof catCell === "string" ? catCell : cellText(catCell));
    if (category === null) {
      report(ctx, unreadable, sheetRow, "category-unknown", "category", row[ix.category], {
        expected: CATEGORY_CHOICES,
      });
    }
  }

  let iin: string | null = null;
  if (ix.iin >= 0 && !isBlankCell(row[ix.iin])) {
    const v = row[ix.iin]!;
    const read = typeof v === "boolean" ? null : readIin(v);
    if (typeof read === "string") iin = read;
    else report(ctx, unreadable, sheetRow, read === null ? "iin-length" : `iin-${read.reason}`, "iin", v);
  }

  const categoryDate = readDate(ctx, row, fmt, sheetRow, "categoryDate", unreadable);
  const lastCourse = readDate(ctx, row, fmt, sheetRow, "lastCourseDate", unreadable);

  let experienceYears: number | null = null;
  if (ix.experienceYears >= 0 && !isBlankCell(row[ix.experienceYears])) {
    const v = row[ix.experienceYears]!;
    // A date in the experience column ("since 01.09.2015") is not a number of years: ask for the years.
    const f = fmt?.[ix.experienceYears];
    experienceYears =
      typeof v === "number" && isDateFormat(typeof f === "string" ? f : null) ? null : parseExperience(v);
    if (experienceYears === null) {
      report(ctx, unreadable, sheetRow, "experience-unreadable", "experienceYears", row[ix.experienceYears]);
    }
  }

  let mentor: string | null = null;
  if (ix.mentor >= 0) {
    const v = row[ix.mentor];
    if (typeof v === "boolean") mentor = v ? MENTOR_MARK : null;
    else {
      const t = textAt(row, ix.mentor);
      mentor = t === "" || isNoMentor(t) ? null : t;
    }
  }

  let internship: TeacherRow["internship"] = null;
  if (ix.internship >= 0 && !isBlankCell(row[ix.internship])) {
    const v = row[ix.internship]!;
    if (typeof v === "boolean") internship = v;
    else if (v === 0 || v === 1) internship = v === 1;
    else {
      const yn = typeof v === "string" ? yesNo(v) : null;
      if (yn !== null) internship = yn;
      else {
        const f = fmt?.[ix.internship];
        const read = readDateCell(v, typeof f === "string" ? f : null, ctx.date1904, ctx.monthFirst);
        if (read.kind === "date") internship = read.date;
        else
          report(ctx, unreadable, sheetRow, "value-unreadable", "internship", v, { expected: YES_NO_DATE });
      }
    }
  }

  let eventParticipation: boolean | null = null;
  if (ix.eventParticipation >= 0 && !isBlankCell(row[ix.eventParticipation])) {
    const v = row[ix.eventParticipation]!;
    if (typeof v === "boolean") eventParticipation = v;
    else if (typeof v === "number") {
      // A count of events (or a date serial): any positive number means the teacher took part.
      if (Number.isFinite(v) && v >= 0) eventParticipation = v > 0;
      else
        report(ctx, unreadable, sheetRow, "value-unreadable", "eventParticipation", v, {
          expected: YES_NO_DATE,
        });
    } else {
      // Anything else written there lists the events the teacher took part in.
      eventParticipation = yesNo(v) ?? true;
    }
  }

  return {
    row: sheetRow,
    fullName: textAt(row, ix.fullName),
    organization,
    organizationKey: organization === "" ? "" : orgKey(organization),
    education,
    category,
    iin,
    iinKey: null,
    position: textAt(row, ix.position) || null,
    categoryDate: categoryDate.kind === "date" ? categoryDate.date : null,
    categoryDateYearOnly: categoryDate.kind === "date" && categoryDate.yearOnly,
    experienceYears,
    lastCourseDate: lastCourse.kind === "date" ? lastCourse.date : null,
    mentor,
    internship,
    eventParticipation,
    // Most rows read cleanly: they share one empty list rather than each holding its own.
    unreadable: unreadable.length === 0 ? NOTHING_UNREADABLE : unreadable,
  };
}
/** The `unreadable` of every row read cleanly (frozen: a list that grows is copied first). */
const NOTHING_UNREADABLE = Object.freeze([]) as readonly FieldKey[] as FieldKey[];

/** The date fields whose text dates say which way round a sheet writes them. */
const DATE_FIELDS = ["categoryDate", "lastCourseDate", "internship"] as const satisfies readonly FieldKey[];

/**
 * Whether the sheet writes dates with slashes month first, as Excel with US settings saves them into a CSV:
 * some slash date in its date columns reads only month first ("5/14/2021", the first one is `evidence`: row
 * offset in `values`, field, text) and none only day first ("14/5/2021"). Then every slash date is read month
 * first, one sheet one order: "5/6/2021" beside "5/14/2021" is 6 May, not 5 June (`changes`: such a date is
 * there). Otherwise null, and the sheet is read day first.
 */
function monthFirstEvidence(
  values: readonly (readonly CellValue[] | undefined)[],
  from: number,
  index: Record<FieldKey, number>,
): { evidence: { row: number; field: FieldKey; text: string }; changes: boolean } | null {
  let evidence: { row: number; field: FieldKey; text: string } | null = null;
  let changes = false;
  // The sheet's date columns, looked up once (this runs over every row before any is read).
  const fields = DATE_FIELDS.filter((f) => index[f] >= 0);
  const columns = fields.map((f) => index[f]);
  for (let r = from; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    for (let k = 0; k < columns.length; k++) {
      const v = row[columns[k]!];
      if (typeof v !== "string" || !v.includes("/")) continue;
      const order = slashDateOrder(v);
      if (order === "day-first") return null;
      if (order === "either") changes = true;
      if (order === "month-first" && evidence === null) evidence = { row: r, field: fields[k]!, text: v };
    }
  }
  return evidence === null ? null : { evidence, changes };
}

/**
 * Reads a roster grid: finds the header, skips blank, subtotal and number-only rows, normalises each
 * teacher row, then runs `validateTeachers`. Never throws on cell content; every problem carries the
 * sheet's own row number and column letter, sorted by row then column.
 */
export function readRoster(input: GridInput, opts: ReadOptions): RosterRead {
  const detection = detectRoster(input, { mapping: opts?.mapping });
  const layout = detection.layout;
  if (layout === null) {
    const none: RosterRead = { layout, teachers: [], problems: detection.problems, present: [] };
    return opts.figures === undefined ? none : { ...none, summary: null };
  }

  const { firstRow } = gridOrigin(input);
  const index = Object.fromEntries(FIELD_KEYS.map((f) => [f, -1])) as Record<FieldKey, number>;
  const letters: Partial<Record<FieldKey, string>> = {};
  for (const c of layout.columns) {
    index[c.field] = c.index;
    letters[c.field] = c.letter;
  }
  const ctx: RowContext = {
    index,
    letters,
    problems: detection.problems.slice(),
    date1904: input.date1904 === true,
    monthFirst: false,
  };
  const present = layout.columns.map((c) => c.field);
  const teachers: TeacherRow[] = [];
  const firstDataRow = detection.firstDataRow!;
  const { firstColumn } = gridOrigin(input);
  const { values, formats } = fillMergedDown(input, firstDataRow);
  const monthFirst = monthFirstEvidence(values, firstDataRow - firstRow, index);
  ctx.monthFirst = monthFirst !== null;
  // Said only where it changed a date: a date that reads one way only is read that way in any order.
  if (monthFirst?.changes === true) {
    const { row, field, text } = monthFirst.evidence;
    ctx.problems.push(
      problem("date-month-first", {
        row: firstRow + row,
        column: letters[field] ?? null,
        field,
        value: text,
      }),
    );
  }
  const uncalculated = uncalculatedByColumn(input, firstDataRow, layout.columns);
  // Without an organisation column, the organisation comes from group-title rows or the caller (the sheet name).
  // With one, a printout may still title each kindergarten's block: the title is no teacher, and a teacher
  // whose organisation cell is blank belongs to the block it stands in.
  const byTitles = index.organization < 0;
  let groupOrganization = byTitles ? (opts.organization?.trim() ?? "") : "";
  let organizationKnown = groupOrganization !== "";
  const mergedAcross = rowsMergedAcross(input);

  const headerCells = values[layout.headerRow - firstRow]!;
  // Cells right of the header row are not part of the table (a stray note in column XFD costs nothing).
  const width = Math.max(headerCells.length, ...layout.columns.map((c) => c.index + 1));
  const repeatsHeader = (row: readonly CellValue[]) =>
    index.fullName >= 0 &&
    index.category >= 0 &&
    row[index.fullName] === headerCells[index.fullName] &&
    row[index.category] === headerCells[index.category];

  for (let r = firstDataRow - firstRow; r < values.length; r++) {
    const row = values[r];
    // A header repeated further down (a printed sheet pasted back together) is not a teacher either.
    if (!Array.isArray(row)) continue;
    const teacher = looksLikeTeacher(row, index) || !isSkippableRow(row, width);
    if (!teacher || repeatsHeader(row)) continue;
    const title = groupTitle(row, width, index.fullName, mergedAcross.has(firstRow + r));
    if (title !== null) {
      groupOrganization = title;
      organizationKnown = true;
      continue;
    }
    const fmt = formats !== null && Array.isArray(formats[r]) ? formats[r]! : null;
    const read = readTeacherRow(ctx, row, fmt, firstRow + r, groupOrganization);
    if (uncalculated.size > 0) {
      for (const [field, rows] of uncalculated) {
        if (rows.has(firstRow + r) && !read.unreadable.includes(field))
          read.unreadable = [...read.unreadable, field];
      }
    }
    teachers.push(read);
  }

  // Headers and nothing under them: no report (the server refuses one, and it would zero the unit's figures).
  if (teachers.length === 0) ctx.problems.push(problem("roster-empty", { row: layout.headerRow }));
  if (byTitles && organizationKnown) {
    present.push("organization");
    ctx.problems = ctx.problems.filter((p) => !(p.code === "column-missing" && p.field === "organization"));
  }
  for (const [field, rows] of uncalculated) {
    const column = layout.columns.find((c) => c.field === field)!;
    ctx.problems.push(
      problem(
        "formula-not-calculated",
        { row: Math.min(...rows), column: columnLetter(firstColumn + column.index), field },
        { count: rows.size },
      ),
    );
  }
  const validated = validateTeachers(teachers, { asOf: opts?.asOf, present, letters });
  const merges = input.mergedUnknown;
  const gapsSaidAs = merges === "csv" ? "merged-cells-csv" : merges === true ? "merged-cells-unread" : null;
  for (const p of gapsSaidAs === null ? validated : orgGapsAsMerged(validated, letters, gapsSaidAs)) {
    ctx.problems.push(p);
  }
  const problems = sortProblems(ctx.problems);
  // The figures are counted over the rows read, in a pass of their own: measured faster than adding each
  // row as it is read (the reading loop, the checks and the counting each keep their working set small).
  return opts.figures === undefined
    ? { layout, teachers, problems, present }
    : {
        layout,
        teachers,
        problems,
        present,
        summary: summarise(teachers, { ...opts.figures, asOf: opts.asOf, present }),
      };
}

/**
 * The grid with each merged area's value in every row of the area (Excel keeps it in the top-left cell
 * only): one organisation cell merged over its teachers belongs to each of them. Only areas that start at
 * or below the first data row are filled; the header's merges are the header's business. Rows touched are
 * copied, the input is not changed.
 */
function fillMergedDown(
  input: GridInput,
  firstDataRow: number,
): { values: CellValue[][]; formats: (string | null | undefined)[][] | null } {
  const source = input.values;
  const sourceFormats = Array.isArray(input.numberFormats) ? input.numberFormats : null;
  const merged = Array.isArray(input.merged) ? input.merged : [];
  if (merged.length === 0) return { values: source, formats: sourceFormats };
  const { firstRow, firstColumn } = gridOrigin(input);
  const values = source.slice();
  const formats = sourceFormats === null ? null : sourceFormats.slice();
  const copied = new Set<number>();
  for (const area of merged) {
    if (!(area.lastRow > area.firstRow) || area.firstRow < firstDataRow) continue;
    const top = area.firstRow - firstRow;
    const c = area.firstColumn - firstColumn;
    if (top < 0 || c < 0) continue;
    const value = source[top]?.[c];
    if (isBlankCell(value)) continue;
    const format = sourceFormats?.[top]?.[c] ?? null;
    const end = Math.min(area.lastRow - firstRow, values.length - 1);
    for (let r = top + 1; r <= end; r++) {
      if (!copied.has(r)) {
        values[r] = Array.isArray(source[r]) ? source[r]!.slice() : [];
        if (formats !== null) formats[r] = Array.isArray(sourceFormats![r]) ? sourceFormats![r]!.slice() : [];
        copied.add(r);
      }
      const row = values[r]!;
      if (!isBlankCell(row[c])) continue;
      while (row.length < c) row.push(null);
      row[c] = value!;
      if (formats !== null) {
        const formatRow = formats[r]!;
        while (formatRow.length < c) formatRow.push(null);
        formatRow[c] = format;
      }
    }
  }
  return { values, formats };
}

/** Sheet rows where a merged area spans two or more columns (a group-title row merged across the table). */
function rowsMergedAcross(input: GridInput): Set<number> {
  const rows = new Set<number>();
  for (const area of Array.isArray(input.merged) ? input.merged : []) {
    if (area.lastColumn > area.firstColumn) for (let r = area.firstRow; r <= area.lastRow; r++) rows.add(r);
  }
  return rows;
}

/**
 * The organisation named by a group-title row (a printout lists each kindergarten's name in a row above
 * its teachers, with or without an organisation column): the row's only filled cell, text, merged across
 * the table or standing outside the name column. Null for any other row.
 */
function groupTitle(
  row: readonly CellValue[],
  width: number,
  nameColumn: number,
  mergedAcross: boolean,
): string | null {
  let title: string | null = null;
  let at = -1;
  const end = Math.min(row.length, width);
  for (let c = 0; c < end; c++) {
    const v = row[c];
    if (isBlankCell(v)) continue;
    if (title !== null || typeof v !== "string") return null;
    title = v;
    at = c;
  }
  if (title === null || NUMERIC_TEXT.test(title)) return null;
  if (!mergedAcross && at === nameColumn) return null;
  const text = collapseWhitespace(title);
  return text.length >= 2 ? text : null;
}

/** Per field, the sheet rows (at or below the first data row) whose cell is a formula saved without a result. */
function uncalculatedByColumn(
  input: GridInput,
  firstDataRow: number,
  columns: readonly ColumnMapping[],
): Map<FieldKey, Set<number>> {
  const byField = new Map<FieldKey, Set<number>>();
  const cells = Array.isArray(input.uncalculated) ? input.uncalculated : [];
  if (cells.length === 0) return byField;
  const { firstColumn } = gridOrigin(input);
  const fieldAt = new Map(columns.map((c) => [c.index, c.field]));
  for (const cell of cells) {
    if (cell.row < firstDataRow) continue;
    const field = fieldAt.get(cell.column - firstColumn);
    if (field === undefined) continue;
    let rows = byField.get(field);
    if (rows === undefined) byField.set(field, (rows = new Set()));
    rows.add(cell.row);
  }
  return byField;
}

/**
 * Where merged cells cannot be known (a host that cannot report them, a CSV file), blank organisation cells
 * are most likely a merged cell's lower rows: one problem saying so (`code`) replaces an error on every
 * such row.
 */
function orgGapsAsMerged(
  problems: Problem[],
  letters: Partial<Record<FieldKey, string>>,
  code: "merged-cells-unread" | "merged-cells-csv",
): Problem[] {
  const gaps = problems.filter((p) => p.code === "required-missing" && p.field === "organization");
  if (gaps.length === 0) return problems;
  const rest = problems.filter((p) => !gaps.includes(p));
  rest.push(
    problem(
      code,
      {
        row: gaps[0]!.row,
        column: letters.organization ?? null,
        field: "organization",
      },
      { count: gaps.length },
    ),
  );
  return rest;
}
