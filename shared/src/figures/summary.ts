import { academicYearOf, academicYearBounds } from "../plan/academic-year.ts";
import { CATEGORY_TERM_YEARS, categoryExpires, categoryExpiry } from "../roster/categories.ts";
import { YOUNG_SPECIALIST_YEARS } from "../roster/validate.ts";
import { FiguresAccumulator, INDICATOR_CALENDAR_YEARS } from "./accumulator.ts";
import { CATEGORY_KEYS, EDUCATION_KEYS } from "../types.ts";
import type {
  AcademicYear,
  DistrictId,
  FieldKey,
  IsoDate,
  OrganizationSummary,
  StageTargets,
  Summary,
  TeacherRow,
} from "../types.ts";

// The counting helpers and the stage comparison live beside the accumulator; importers keep this path.
export {
  ANY_CATEGORY_KEYS,
  ATTESTATION_YEARS,
  INDICATOR_CALENDAR_YEARS,
  QUALITATIVE_KEYS,
  attestationYearsFrom,
  compareAttestation,
  compareOrganizations,
  emptyCategoryCounts,
  emptyEducationCounts,
  organizationId,
  qualitativeShareOf,
} from "./accumulator.ts";
export { bandVerdict, isRegionalTarget, shareOf, stageComparison, teachersStillNeeded } from "./stage.ts";
export type { StageScope } from "./stage.ts";

export interface SummariseOptions {
  /** Report date. */
  asOf: IsoDate;
  /** Academic year of the flow figures and the stage comparison; defaults to the year containing asOf. */
  year?: AcademicYear;
  /** The unit the rows belong to (organisations and attestation entries carry it). */
  district?: DistrictId | null;
  /** Stage targets table; the plan's by default. */
  targets?: readonly StageTargets[];
  /** Fields whose column exists in the roster: optional indicators count only when their column is present. */
  present: readonly FieldKey[];
}

/**
 * The figures of a roster for a report date and an academic year (DOMAIN.md). Every teacher row counts;
 * a value that is missing or could not be read is counted under `unknown`, never guessed. Optional
 * indicators (courses, internships, events, mentors) are covered only by rows whose column is `present`.
 *
 * Bare-year award dates (`categoryDateYearOnly`) are never placed in an academic year: they go to
 * `awardedYearUnknown` when their calendar year overlaps `year`, and to `attestationYearUnknown` for the
 * attestation list (they count as overdue only when the whole expiry year lies before `asOf`).
 */
export function summarise(teachers: readonly TeacherRow[], opts: SummariseOptions): Summary {
  const figures = new RosterFigures(opts);
  for (const t of teachers) figures.add(t);
  return figures.finish();
}

/** The keys of a count by category, "unknown" last: a teacher's category as an index into typed counts. */
const CATEGORY_COUNT_KEYS = [...CATEGORY_KEYS, "unknown"] as const;
const EDUCATION_COUNT_KEYS = [...EDUCATION_KEYS, "unknown"] as const;
const CATEGORY_CODE = new Map<string, number>(CATEGORY_COUNT_KEYS.map((k, i) => [k, i]));
const EDUCATION_CODE = new Map<string, number>(EDUCATION_COUNT_KEYS.map((k, i) => [k, i]));
const UNKNOWN_CATEGORY = CATEGORY_CODE.get("unknown")!;
const UNKNOWN_EDUCATION = EDUCATION_CODE.get("unknown")!;
// An organisation's counts side by side in one typed array: by category, by education, awarded in the year.
const AT_EDUCATION = CATEGORY_COUNT_KEYS.length;
const AT_AWARDED = AT_EDUCATION + EDUCATION_COUNT_KEYS.length;
const STRIDE = AT_AWARDED + CATEGORY_COUNT_KEYS.length;

/**
 * summarise's counts, a row at a time, then the Summary they make.
 *
 * The per-organisation counts are numbers in one typed array (an organisation's by category, by education
 * and awarded in the year side by side), indexed by the organisation's order of first sight and the
 * category's and education's place in their key lists; the unit's own counts are their sums. Objects are
 * made once per organisation, at the finish, not touched per row.
 */
class RosterFigures {
  private readonly acc: FiguresAccumulator;
  private readonly asOf: IsoDate;
  private readonly district: DistrictId | null;
  private readonly targets: readonly StageTargets[] | undefined;
  private readonly hasCourses: boolean;
  private readonly hasInternship: boolean;
  private readonly hasEvents: boolean;
  private readonly hasMentorData: boolean;
  private readonly bounds: { start: IsoDate; end: IsoDate };
  private readonly yearStart: number;
  // Award dates repeat thousands of times in a roster: compute each one's expiry and its academic year once.
  private readonly expiries = new Map<IsoDate, { expires: IsoDate; year: AcademicYear }>();
  /** Organisation key → index into keys, names and counts (a roster lists an organisation's teachers together). */
  private readonly organizationIndex = new Map<string, number>();
  private readonly keys: string[] = [];
  /** Of several spellings of one organisation the smallest (merge picks the same). */
  private readonly names: string[] = [];
  private counts = new Int32Array(64 * STRIDE);
  private lastKey: string | null = null;
  private lastIndex = -1;

  constructor(opts: SummariseOptions) {
    const year = opts.year ?? academicYearOf(opts.asOf);
    this.asOf = opts.asOf;
    this.district = opts.district ?? null;
    this.targets = opts.targets;
    const present = new Set(opts.present);
    this.hasCourses = present.has("lastCourseDate");
    this.hasInternship = present.has("internship");
    this.hasEvents = present.has("eventParticipation");
    this.hasMentorData = present.has("experienceYears") && present.has("mentor");
    this.bounds = academicYearBounds(year);
    this.yearStart = Number(this.bounds.start.slice(0, 4));
    this.acc = new FiguresAccumulator(opts.asOf, year);
  }

  /** The index of a teacher's organisation, counted from first sight. */
  private organization(t: TeacherRow): number {
    const key = t.organizationKey;
    if (key === this.lastKey) {
      if (t.organization < this.names[this.lastIndex]!) this.names[this.lastIndex] = t.organization;
      return this.lastIndex;
    }
    let index = this.organizationIndex.get(key);
    if (index === undefined) {
      index = this.keys.length;
      this.organizationIndex.set(key, index);
      this.keys.push(key);
      this.names.push(t.organization);
      if ((index + 1) * STRIDE > this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    } else if (t.organization < this.names[index]!) {
      this.names[index] = t.organization;
    }
    this.lastKey = key;
    this.lastIndex = index;
    return index;
  }

  /** Counts one teacher row. */
  add(t: TeacherRow): void {
    const c = this.acc.counts;
    const { coursesByYear, internshipsByYear } = c;
    const { eventParticipation, youngWithoutMentor, attestationDueByYear, attestationDue } = c;
    const { bounds, district } = this;
    const category = t.category === null ? UNKNOWN_CATEGORY : CATEGORY_CODE.get(t.category)!;
    const education = t.education === null ? UNKNOWN_EDUCATION : EDUCATION_CODE.get(t.education)!;
    const at = this.organization(t) * STRIDE;
    const counts = this.counts;
    counts[at + category]!++;
    counts[at + AT_EDUCATION + education]!++;

    const date = t.categoryDate;
    if (date !== null) {
      if (t.categoryDateYearOnly) {
        const y = Number(date.slice(0, 4));
        if (y === this.yearStart || y === this.yearStart + 1) c.awardedYearUnknown++;
      } else if (date >= bounds.start && date <= bounds.end) {
        counts[at + AT_AWARDED + category]!++;
      }
      if (t.category !== null && categoryExpires(t.category)) {
        if (t.categoryDateYearOnly) {
          c.attestationYearUnknown++;
          const expiryYear = Number(date.slice(0, 4)) + CATEGORY_TERM_YEARS;
          if (`${expiryYear}-12-31` < this.asOf) c.attestationOverdue++;
        } else {
          let expiry = this.expiries.get(date);
          if (expiry === undefined) {
            const expires = categoryExpiry(date);
            expiry = { expires, year: academicYearOf(expires) };
            this.expiries.set(date, expiry);
          }
          const { expires, year: dueYear } = expiry;
          if (expires < this.asOf) c.attestationOverdue++;
          if (dueYear in attestationDueByYear) {
            attestationDueByYear[dueYear]!++;
            attestationDue.push({
              district,
              organization: t.organization,
              fullName: t.fullName,
              category: t.category,
              categoryDate: date,
              expires,
              year: dueYear,
            });
          }
        }
      }
    }

    if (this.hasCourses && t.lastCourseDate !== null) {
      const indicator = coursesByYear[yearOf(t.lastCourseDate)];
      if (indicator !== undefined) indicator.count++;
    }
    if (this.hasInternship && typeof t.internship === "string") {
      const indicator = internshipsByYear[yearOf(t.internship)];
      if (indicator !== undefined) indicator.count++;
    }
    if (this.hasEvents && t.eventParticipation === true) eventParticipation.count++;
    // A young specialist (under 3 years) without a mentor; an unreadable mentor cell is not a missing mentor.
    if (
      this.hasMentorData &&
      t.experienceYears !== null &&
      t.experienceYears < YOUNG_SPECIALIST_YEARS &&
      !t.mentor &&
      !t.unreadable.includes("mentor")
    ) {
      youngWithoutMentor.count++;
    }
  }

  /** The Summary of the rows added: every row is covered by the optional indicators whose column is present. */
  finish(): Summary {
    const c = this.acc.counts;
    const { counts } = this;
    // The unit's counts: the organisations' summed, then given to the Summary's objects once.
    const total = new Int32Array(STRIDE);
    for (let o = 0; o < this.keys.length; o++) {
      const org = this.acc.organization(this.district, this.keys[o]!, this.names[o]!);
      const at = o * STRIDE;
      for (let i = 0; i < STRIDE; i++) total[i]! += counts[at + i]!;
      addCounts(org, counts, at);
    }
    addCounts(c, total, 0);
    const n = c.teachers;
    for (const y of INDICATOR_CALENDAR_YEARS) {
      if (this.hasCourses) c.coursesByYear[y]!.covered = n;
      if (this.hasInternship) c.internshipsByYear[y]!.covered = n;
    }
    if (this.hasEvents) c.eventParticipation.covered = n;
    if (this.hasMentorData) c.youngWithoutMentor.covered = n;
    return this.acc.finish(this.targets);
  }
}

/** Adds one organisation's (or the unit's) typed counts, from `at` on, into its Summary objects. */
function addCounts(
  into: Pick<OrganizationSummary, "teachers" | "byCategory" | "byEducation" | "awardedInYear">,
  counts: Int32Array,
  at: number,
): void {
  for (let i = 0; i < CATEGORY_COUNT_KEYS.length; i++) {
    const k = CATEGORY_COUNT_KEYS[i]!;
    into.teachers += counts[at + i]!;
    into.byCategory[k] += counts[at + i]!;
    into.awardedInYear[k] += counts[at + AT_AWARDED + i]!;
  }
  for (let i = 0; i < EDUCATION_COUNT_KEYS.length; i++) {
    into.byEducation[EDUCATION_COUNT_KEYS[i]!] += counts[at + AT_EDUCATION + i]!;
  }
}

/**
 * The calendar year of an ISO date as a number: the indicators' years ("2025"…) are index-like keys, so a
 * number finds them without making and looking up a four-letter string for every row.
 */
function yearOf(date: IsoDate): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  );
}
