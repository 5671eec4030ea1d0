import { collapseWhitespace } from "./organization.ts";
import {
  CATEGORY_TERM_YEARS,
  categoryExpires,
  categoryExpiry,
  categoryName,
  isLegacyCategory,
} from "./categories.ts";
import { displayDate } from "./dates.ts";
import { PROBLEM_CATALOGUE, problem } from "../i18n/problems.ts";
import type { ProblemCode, ProblemParams } from "../i18n/problems.ts";
import { REQUIRED_FIELDS } from "../types.ts";
import type { FieldKey, IsoDate, Localized, Problem, TeacherRow } from "../types.ts";

export interface ValidateOptions {
  /** The report date. */
  asOf: IsoDate;
  /** Fields whose column exists: rules about a column only run when it is there. */
  present: readonly FieldKey[];
  /** Field → sheet column letter, for problem locations (null columns otherwise). */
  letters?: Partial<Record<FieldKey, string>>;
  /**
   * Only the errors: what decides whether the server stores a submission. Warnings are neither checked
   * nor worded (a 5,000-row roster carries hundreds, each in three languages, that nobody would read).
   */
  errorsOnly?: boolean;
}

/** Experience above this many years is implausible for a working teacher. */
export const MAX_EXPERIENCE_YEARS = 50;
/** Nobody teaches before this age: experience above (age − 16) is implausible. */
export const MIN_WORKING_AGE = 16;
/** A young specialist has less than this many years of experience. */
export const YOUNG_SPECIALIST_YEARS = 3;

/** Age in whole years on the report date from a valid ИИН's YYMMDD and century digit (no Date objects: runs per row). */
function ageOn(iin: string, asOfYear: number, asOfMonthDay: number): number | null {
  const centuryDigit = iin.charCodeAt(6) - 48;
  if (centuryDigit < 1 || centuryDigit > 6) return null;
  const year =
    1800 +
    Math.floor((centuryDigit - 1) / 2) * 100 +
    (iin.charCodeAt(0) - 48) * 10 +
    (iin.charCodeAt(1) - 48);
  const monthDay =
    ((iin.charCodeAt(2) - 48) * 10 + (iin.charCodeAt(3) - 48)) * 100 +
    (iin.charCodeAt(4) - 48) * 10 +
    (iin.charCodeAt(5) - 48);
  return asOfYear - year - (asOfMonthDay < monthDay ? 1 : 0);
}

/** A person's name for comparison: case, ё/е and whitespace do not matter. */
function nameKey(name: string): string {
  const lower = collapseWhitespace(name).toLowerCase();
  return lower.includes("ё") ? lower.replace(/ё/g, "е") : lower;
}

/** Years as each language writes them: "2,5" in Kazakh and Russian, "2.5" in English. */
function formatYears(n: number): Localized {
  const en = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  const comma = en.replace(".", ",");
  return { kk: comma, ru: comma, en };
}

/**
 * The semantic and cross-row rules over normalised rows (from a sheet or rebuilt from a submission):
 * required values, duplicate ИИН (or ИИН key), award date after the report date, attestation overdue,
 * legacy categories, bare-year award dates, repeated names in one organisation, implausible experience,
 * young specialists without a mentor. Fields listed in a row's `unreadable` were already reported and are
 * not reported again as missing.
 *
 * The problems come rule group by rule group: each row's own rules in row order, then the duplicate ИИН,
 * then the repeated names (callers show them sorted by row and column, `sortProblems`). Each group is a
 * pass of its own over the rows: with its one map at a time in hand, three passes measured faster than one.
 */
export function validateTeachers(teachers: readonly TeacherRow[], opts: ValidateOptions): Problem[] {
  // Rules measured against the report date only run with a real one (a caller's slip must not throw).
  const asOf = typeof opts.asOf === "string" ? opts.asOf : "";
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const present = new Set(Array.isArray(opts.present) ? opts.present : []);
  const letters = opts.letters ?? {};
  const problems: Problem[] = [];
  const errorsOnly = opts.errorsOnly === true;
  const at = (t: TeacherRow, field: FieldKey, value: string | null = null) => ({
    row: t.row,
    column: letters[field] ?? null,
    field,
    value,
  });
  const add = (
    code: ProblemCode,
    t: TeacherRow,
    field: FieldKey,
    value: string | null = null,
    params?: ProblemParams,
  ) => {
    if (!errorsOnly || PROBLEM_CATALOGUE[code].severity === "error")
      problems.push(problem(code, at(t, field, value), params));
  };

  const required = REQUIRED_FIELDS.filter((f) => present.has(f));
  const checkMentor = present.has("experienceYears") && present.has("mentor");
  const firstByIin = new Map<string, number>();
  const firstByIinKey = new Map<string, number>();
  // Organisation key → folded name → first row.
  const firstByName = new Map<string, Map<string, number>>();
  const overdueShown = new Map<string, { date: string; expires: string }>();
  // The award date's expiry is before asOf exactly when the award date is before asOf five years earlier
  // (string comparison; 29 Feb awards expire on 28 Feb, which this comparison respects).
  const overdueBefore = `${String(Number(asOf.slice(0, 4)) - CATEGORY_TERM_YEARS).padStart(4, "0")}${asOf.slice(4)}`;
  const asOfYear = asOf.slice(0, 4);
  const asOfY = Number(asOfYear);
  const asOfMonthDay = Number(asOf.slice(5, 7)) * 100 + Number(asOf.slice(8, 10));

  for (const t of teachers) {
    const unreadable = t.unreadable && t.unreadable.length > 0 ? t.unreadable : null;
    // Indexed loops here and below: this runs per row, and an iterator per row is garbage to collect.
    for (let i = 0; i < required.length; i++) {
      const field = required[i]!;
      if (unreadable?.includes(field)) continue;
      const v = t[field];
      if (v === null || v === undefined || v === "") add("required-missing", t, field);
    }

    if (t.category !== null && isLegacyCategory(t.category)) {
      add("category-legacy", t, "category", categoryName(t.category, "ru"), {
        value: {
          kk: categoryName(t.category, "kk"),
          ru: categoryName(t.category, "ru"),
          en: categoryName(t.category, "en"),
        },
      });
    }

    const date = t.categoryDate;
    const yearOnly = t.categoryDateYearOnly === true;
    if (yearOnly && typeof date === "string") add("date-year-only", t, "categoryDate", date.slice(0, 4));
    if (dated && typeof date === "string") {
      // A bare year is only "after the report date" when the whole year is.
      if (yearOnly ? date.slice(0, 4) > asOfYear : date > asOf) {
        const shown = yearOnly ? date.slice(0, 4) : displayDate(date);
        add("category-date-future", t, "categoryDate", shown, { date: shown, asOf: displayDate(asOf) });
      } else if (date < overdueBefore && t.category !== null && categoryExpires(t.category)) {
        // Award dates repeat across a roster: each one's shown dates are made once.
        const key = yearOnly ? `y${date}` : date;
        let shown = overdueShown.get(key);
        if (shown === undefined) {
          shown = {
            date: yearOnly ? date.slice(0, 4) : displayDate(date),
            expires: displayDate(categoryExpiry(date)),
          };
          overdueShown.set(key, shown);
        }
        add("attestation-overdue", t, "categoryDate", shown.date, shown);
      }
    }

    const years = t.experienceYears;
    if (typeof years === "number" && Number.isFinite(years)) {
      let max = MAX_EXPERIENCE_YEARS;
      if (dated && t.iin) {
        const age = ageOn(t.iin, asOfY, asOfMonthDay);
        if (age !== null && age >= 0) max = Math.max(0, Math.min(max, age - MIN_WORKING_AGE));
      }
      if (years < 0 || years > max) {
        const shown = formatYears(years);
        add("experience-implausible", t, "experienceYears", shown.en, { value: shown, max });
      } else if (
        checkMentor &&
        years < YOUNG_SPECIALIST_YEARS &&
        !t.mentor &&
        !unreadable?.includes("mentor")
      ) {
        add("mentor-missing", t, "mentor", null, { value: formatYears(years) });
      }
    }
  }
  // Duplicate ИИН (or ИИН keys, in a submission): the first row with each one is named.
  for (const t of teachers) {
    if (t.iin !== null && t.iin !== undefined) {
      const first = firstByIin.get(t.iin);
      if (first === undefined) firstByIin.set(t.iin, t.row);
      else add("iin-duplicate", t, "iin", t.iin, { first });
    } else if (t.iinKey !== null && t.iinKey !== undefined) {
      const first = firstByIinKey.get(t.iinKey);
      if (first === undefined) firstByIinKey.set(t.iinKey, t.row);
      else add("iin-duplicate", t, "iin", null, { first });
    }
  }
  // Repeated names in one organisation (a warning, so not looked for when only errors are asked).
  if (!errorsOnly)
    for (const t of teachers) {
      if (t.fullName && t.organizationKey) {
        let names = firstByName.get(t.organizationKey);
        if (names === undefined) firstByName.set(t.organizationKey, (names = new Map()));
        const name = nameKey(t.fullName);
        const first = names.get(name);
        if (first === undefined) names.set(name, t.row);
        else add("name-duplicate", t, "fullName", t.fullName, { first });
      }
    }
  return problems;
}
