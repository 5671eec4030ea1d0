import { cellText, foldText, isBlankCell, memoise, problemValue } from "./cells.ts";
import { CATEGORIES, normaliseCategory } from "./categories.ts";
import { readDateCell } from "./dates.ts";
import { EDUCATION_LEVELS, normaliseEducation } from "./education.ts";
import { detectRoster, gridOrigin } from "./headers.ts";
import { problem, sortProblems } from "./i18n/problems.ts";
import type { ProblemCode } from "./i18n/problems.ts";
import { checkIin } from "./iin.ts";
import { collapseWhitespace, organizationKey } from "./organization.ts";
import { validateTeachers } from "./validate.ts";
import type { CellValue, FieldKey, GridInput, IsoDate, Localized, Problem, RosterLayout, TeacherRow } from "./types.ts";

export interface ReadOptions {
  /** The report date (ISO). */
  asOf: IsoDate;
  /** Field → header text or column letter, overriding the header synonyms. */
  mapping?: Partial<Record<FieldKey, string>>;
}

export interface RosterRead {
  layout: RosterLayout | null;
  teachers: TeacherRow[];
  /** Every problem, sorted by row then column. */
  problems: Problem[];
  /** Fields whose column exists in the sheet. */
  present: FieldKey[];
}

// Subtotal labels, folded ("Барлығы" → "барлыгы"); the word must end there ("Всеволод" is a name).
// "Total" folds to "тотаl" (Latin look-alikes become Cyrillic).
const SUBTOTAL = /^(?:барлыгы|жиыны|итого|всего|тотаl)(?:$|[\s:.,;(-])/;
const NUMERIC_TEXT = /^[\s(]*[-+]?\d+(?:[.,]\d+)?[\s).]*$/;

/** "5", "5,5", "5 жыл", "3 г.", "10 лет", "5 жыл 3 ай", "2 г. 6 мес." → years. */
const EXPERIENCE =
  /^(\d{1,3}(?:[.,]\d+)?)\s*(?:жыл|жил|год|года|лет|г|л|y|yrs?|years?)?\.?(?:\s*,?\s*(\d{1,2})\s*(?:ай|мес|месяц|месяца|месяцев|м|mo|months?)\.?)?$/;

const YES = new Set(["иә", "ия", "иа", "бар", "да", "есть", "yes", "y", "+", "1", "✓", "✔", "v", "true", "өтті", "отти", "прошел", "прошла", "пройдена", "қатысты", "катысты", "участвовал", "участвовала"].map((w) => foldText(w)));
const NO = new Set(["жоқ", "жок", "нет", "no", "n", "-", "—", "–", "0", "false", "өтпеді", "отпеди", "не проходил", "не проходила", "не участвовал", "не участвовала", "қатыспады", "катыспады"].map((w) => foldText(w)));
const NO_MENTOR = new Set(["жоқ", "жок", "нет", "-", "—", "–", "0", "no", "none", "тәлімгері жоқ", "наставника нет", "нет наставника"].map((w) => foldText(w)));

const yesNo = memoise((text: string): boolean | null => {
  const folded = foldText(text);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return null;
});
const isNoMentor = memoise((text: string) => NO_MENTOR.has(foldText(text)));

const CATEGORY_CHOICES: Localized = {
  kk: CATEGORIES.filter((c) => !c.legacy).map((c) => c.name.kk).join(", "),
  ru: CATEGORIES.filter((c) => !c.legacy).map((c) => c.name.ru).join(", "),
  en: CATEGORIES.filter((c) => !c.legacy).map((c) => c.name.en).join(", "),
};
const EDUCATION_CHOICES: Localized = {
  kk: EDUCATION_LEVELS.map((e) => e.name.kk).join(", "),
  ru: EDUCATION_LEVELS.map((e) => e.name.ru).join(", "),
  en: EDUCATION_LEVELS.map((e) => e.name.en).join(", "),
};
const YES_NO_DATE: Localized = {
  kk: "«иә», «жоқ» немесе күнін (КК.АА.ЖЖЖЖ)",
  ru: "«да», «нет» или дату (ДД.ММ.ГГГГ)",
  en: "\"yes\", \"no\" or a date (DD.MM.YYYY)",
};

const orgKey = memoise(organizationKey);

/** What a row is: a teacher, or something a person put in the table that is not one. */
function isSkippableRow(row: readonly CellValue[]): boolean {
  let filled = 0;
  let numbersOnly = true;
  let smallIntegers = true;
  for (let c = 0; c < row.length; c++) {
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
    if (isBlankCell(v)) continue;
    filled++;
    if (v.length < 60 && SUBTOTAL.test(foldText(v.slice(0, 30)))) return true;
    if (NUMERIC_TEXT.test(v)) {
      if (!/^\s*\d{1,4}\s*\.?\s*$/.test(v)) smallIntegers = false;
      continue;
    }
    numbersOnly = false;
  }
  if (filled === 0) return true;
  // A column-numbering row under the header ("1 2 3 … 14") or a lone number left in the table.
  return numbersOnly && (filled === 1 || smallIntegers);
}

function parseExperience(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.length > 40) return null;
  const m = EXPERIENCE.exec(value.toLowerCase().replace(/\s+/g, " ").trim());
  if (m === null) return null;
  const years = Number(m[1]!.replace(",", "."));
  const months = m[2] === undefined ? 0 : Number(m[2]);
  return months >= 12 ? null : years + months / 12;
}

/**
 * Reads a roster grid: finds the header, skips blank, subtotal and number-only rows, normalises each
 * teacher row, then runs `validateTeachers`. Never throws on cell content; every problem carries the
 * sheet's own row number and column letter, sorted by row then column.
 */
export function readRoster(input: GridInput, opts: ReadOptions): RosterRead {
  const detection = detectRoster(input, { mapping: opts.mapping });
  const layout = detection.layout;
  if (layout === null) return { layout, teachers: [], problems: detection.problems, present: [] };

  const values = input.values;
  const formats = Array.isArray(input.numberFormats) ? input.numberFormats : null;
  const { firstRow } = gridOrigin(input);
  const problems: Problem[] = detection.problems.slice();
  const teachers: TeacherRow[] = [];

  const col: Partial<Record<FieldKey, number>> = {};
  const letters: Partial<Record<FieldKey, string>> = {};
  for (const c of layout.columns) {
    col[c.field] = c.index;
    letters[c.field] = c.letter;
  }
  const present = layout.columns.map((c) => c.field);
  const iName = col.fullName ?? -1;
  const iOrg = col.organization ?? -1;
  const iEdu = col.education ?? -1;
  const iCat = col.category ?? -1;
  const iIin = col.iin ?? -1;
  const iPos = col.position ?? -1;
  const iCatDate = col.categoryDate ?? -1;
  const iExp = col.experienceYears ?? -1;
  const iCourse = col.lastCourseDate ?? -1;
  const iMentor = col.mentor ?? -1;
  const iIntern = col.internship ?? -1;
  const iEvents = col.eventParticipation ?? -1;

  const start = layout.headerRow - firstRow + 1;
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row) || isSkippableRow(row)) continue;
    const sheetRow = firstRow + r;
    const fmt = formats !== null && Array.isArray(formats[r]) ? formats[r]! : null;
    const unreadable: FieldKey[] = [];
    const report = (code: ProblemCode, field: FieldKey, value: CellValue | undefined, params?: Record<string, string | Localized>) => {
      unreadable.push(field);
      problems.push(problem(code, { row: sheetRow, column: letters[field] ?? null, field, value: problemValue(value) }, params));
    };
    const text = (i: number): string => {
      if (i < 0) return "";
      const v = row[i];
      return typeof v === "string" ? collapseWhitespace(v) : cellText(v);
    };
    const format = (i: number): string | null => {
      const f = fmt?.[i];
      return typeof f === "string" ? f : null;
    };
    const date = (i: number, field: FieldKey): { date: IsoDate | null; yearOnly: boolean } => {
      if (i < 0) return { date: null, yearOnly: false };
      const read = readDateCell(row[i], format(i));
      if (read.kind === "date") return read;
      if (read.kind === "invalid") report(read.reason === "impossible" ? "date-impossible" : "date-unparseable", field, row[i]);
      return { date: null, yearOnly: false };
    };

    const fullName = text(iName);
    const organization = text(iOrg);

    let education: TeacherRow["education"] = null;
    const eduText = text(iEdu);
    if (eduText !== "") {
      education = normaliseEducation(eduText);
      if (education === null) report("education-unknown", "education", row[iEdu], { expected: EDUCATION_CHOICES });
    }

    let category: TeacherRow["category"] = null;
    const catText = text(iCat);
    if (catText !== "") {
      category = normaliseCategory(catText);
      if (category === null) report("category-unknown", "category", row[iCat], { expected: CATEGORY_CHOICES });
    }

    let iin: string | null = null;
    if (iIin >= 0 && !isBlankCell(row[iIin])) {
      const v = row[iIin]!;
      const check = typeof v === "boolean" ? null : checkIin(v);
      if (check?.ok) iin = check.iin;
      else report(check === null ? "iin-length" : (`iin-${check.reason}` as ProblemCode), "iin", v);
    }

    const categoryDate = date(iCatDate, "categoryDate");
    const lastCourse = date(iCourse, "lastCourseDate");

    let experienceYears: number | null = null;
    if (iExp >= 0 && !isBlankCell(row[iExp])) {
      experienceYears = parseExperience(row[iExp]!);
      if (experienceYears === null) report("experience-unreadable", "experienceYears", row[iExp]);
    }

    let mentor: string | null = null;
    if (iMentor >= 0) {
      const v = row[iMentor];
      if (typeof v === "boolean") mentor = v ? "✓" : null;
      else {
        const t = text(iMentor);
        mentor = t === "" || isNoMentor(t) ? null : t;
      }
    }

    let internship: TeacherRow["internship"] = null;
    if (iIntern >= 0 && !isBlankCell(row[iIntern])) {
      const v = row[iIntern]!;
      if (typeof v === "boolean") internship = v;
      else if (v === 0 || v === 1) internship = v === 1;
      else {
        const yn = typeof v === "string" ? yesNo(v) : null;
        if (yn !== null) internship = yn;
        else {
          const read = readDateCell(v, format(iIntern));
          if (read.kind === "date") internship = read.date;
          else report("value-unreadable", "internship", v, { expected: YES_NO_DATE });
        }
      }
    }

    let eventParticipation: boolean | null = null;
    if (iEvents >= 0 && !isBlankCell(row[iEvents])) {
      const v = row[iEvents]!;
      if (typeof v === "boolean") eventParticipation = v;
      else if (typeof v === "number") {
        // A count of events (or a date serial): any positive number means the teacher took part.
        if (Number.isFinite(v) && v >= 0) eventParticipation = v > 0;
        else report("value-unreadable", "eventParticipation", v, { expected: YES_NO_DATE });
      } else {
        // Anything else written there lists the events the teacher took part in.
        eventParticipation = yesNo(v) ?? true;
      }
    }

    teachers.push({
      row: sheetRow,
      fullName,
      organization,
      organizationKey: organization === "" ? "" : orgKey(organization),
      education,
      category,
      iin,
      iinKey: null,
      position: iPos >= 0 ? text(iPos) || null : null,
      categoryDate: categoryDate.date,
      categoryDateYearOnly: categoryDate.yearOnly,
      experienceYears,
      lastCourseDate: lastCourse.date,
      mentor,
      internship,
      eventParticipation,
      unreadable,
    });
  }

  for (const p of validateTeachers(teachers, { asOf: opts.asOf, present, letters })) problems.push(p);
  return { layout, teachers, problems: sortProblems(problems), present };
}
