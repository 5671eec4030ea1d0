import { foldText } from "./cells.ts";
import { categoryExpires, categoryExpiry, categoryName, isLegacyCategory } from "./categories.ts";
import { displayDate, wholeYearsBetween } from "./dates.ts";
import { problem } from "./i18n/problems.ts";
import type { ProblemCode, ProblemParams } from "./i18n/problems.ts";
import { iinBirthDate } from "./iin.ts";
import { REQUIRED_FIELDS } from "./types.ts";
import type { FieldKey, IsoDate, Problem, TeacherRow } from "./types.ts";

export interface ValidateOptions {
  /** The report date. */
  asOf: IsoDate;
  /** Fields whose column exists: rules about a column only run when it is there. */
  present: readonly FieldKey[];
  /** Field → sheet column letter, for problem locations (null columns otherwise). */
  letters?: Partial<Record<FieldKey, string>>;
}

/** Experience above this many years is implausible for a working teacher. */
export const MAX_EXPERIENCE_YEARS = 50;
/** Nobody teaches before this age: experience above (age − 16) is implausible. */
export const MIN_WORKING_AGE = 16;
/** A young specialist has less than this many years of experience. */
export const YOUNG_SPECIALIST_YEARS = 3;

function formatYears(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/**
 * The semantic and cross-row rules over normalised rows (from a sheet or rebuilt from a submission):
 * required values, duplicate ИИН (or ИИН key), award date after the report date, attestation overdue,
 * legacy categories, bare-year award dates, repeated names in one organisation, implausible experience,
 * young specialists without a mentor. Fields listed in a row's `unreadable` were already reported and are
 * not reported again as missing.
 */
export function validateTeachers(teachers: readonly TeacherRow[], opts: ValidateOptions): Problem[] {
  const { asOf } = opts;
  const present = new Set(opts.present);
  const letters = opts.letters ?? {};
  const problems: Problem[] = [];
  const at = (t: TeacherRow, field: FieldKey, value: string | null = null) => ({
    row: t.row,
    column: letters[field] ?? null,
    field,
    value,
  });
  const add = (code: ProblemCode, t: TeacherRow, field: FieldKey, value: string | null = null, params?: ProblemParams) =>
    problems.push(problem(code, at(t, field, value), params));

  const required = REQUIRED_FIELDS.filter((f) => present.has(f));
  const checkMentor = present.has("experienceYears") && present.has("mentor");
  const firstByIin = new Map<string, number>();
  const firstByName = new Map<string, number>();

  for (const t of teachers) {
    const unreadable = t.unreadable.length > 0 ? new Set(t.unreadable) : null;
    for (const field of required) {
      if (unreadable?.has(field)) continue;
      const v = t[field];
      if (v === null || v === "") add("required-missing", t, field);
    }

    const iinIdentity = t.iin !== null ? `iin:${t.iin}` : t.iinKey !== null ? `key:${t.iinKey}` : null;
    if (iinIdentity !== null) {
      const first = firstByIin.get(iinIdentity);
      if (first === undefined) firstByIin.set(iinIdentity, t.row);
      else add("iin-duplicate", t, "iin", t.iin, { first });
    }

    if (t.category !== null && isLegacyCategory(t.category)) {
      add("category-legacy", t, "category", categoryName(t.category, "ru"), {
        value: { kk: categoryName(t.category, "kk"), ru: categoryName(t.category, "ru"), en: categoryName(t.category, "en") },
      });
    }

    if (t.categoryDate !== null) {
      const shown = t.categoryDateYearOnly ? t.categoryDate.slice(0, 4) : displayDate(t.categoryDate);
      if (t.categoryDateYearOnly) add("date-year-only", t, "categoryDate", shown);
      // A bare year is only "after the report date" when the whole year is.
      const future = t.categoryDateYearOnly ? t.categoryDate.slice(0, 4) > asOf.slice(0, 4) : t.categoryDate > asOf;
      if (future) {
        add("category-date-future", t, "categoryDate", shown, { date: shown, asOf: displayDate(asOf) });
      } else if (t.category !== null && categoryExpires(t.category)) {
        const expires = categoryExpiry(t.categoryDate);
        if (expires < asOf) add("attestation-overdue", t, "categoryDate", shown, { date: shown, expires: displayDate(expires) });
      }
    }

    if (t.fullName !== "" && t.organizationKey !== "") {
      const key = `${t.organizationKey}\u0000${foldText(t.fullName)}`;
      const first = firstByName.get(key);
      if (first === undefined) firstByName.set(key, t.row);
      else add("name-duplicate", t, "fullName", t.fullName, { first });
    }

    const years = t.experienceYears;
    if (years !== null && Number.isFinite(years)) {
      let max = MAX_EXPERIENCE_YEARS;
      const birth = t.iin !== null ? iinBirthDate(t.iin) : null;
      if (birth !== null && birth <= asOf) max = Math.max(0, Math.min(max, wholeYearsBetween(birth, asOf) - MIN_WORKING_AGE));
      if (years < 0 || years > max) add("experience-implausible", t, "experienceYears", formatYears(years), { max });
      else if (checkMentor && years < YOUNG_SPECIALIST_YEARS && t.mentor === null && !unreadable?.has("mentor")) {
        add("mentor-missing", t, "mentor", null, { value: formatYears(years) });
      }
    }
  }
  return problems;
}
