import { academicYearOf, academicYearBounds } from "../plan/academic-year.ts";
import { CATEGORY_TERM_YEARS, categoryExpires, categoryExpiry } from "../roster/categories.ts";
import { YOUNG_SPECIALIST_YEARS } from "../roster/validate.ts";
import { PLAN_STAGE_TARGETS, stageTargetsFor } from "../plan/targets.ts";
import {
  CATEGORY_KEYS,
  DISTRICT_IDS,
  STAGE_CATEGORY_KEYS,
  type AcademicYear,
  type AttestationEntry,
  type CategoryCounts,
  type CategoryKey,
  type DistrictId,
  type EducationCounts,
  type FieldKey,
  type Indicator,
  type IsoDate,
  type OrganizationSummary,
  type StageComparison,
  type StageLine,
  type StageTargets,
  type Summary,
  type TeacherRow,
} from "../types.ts";

/** Calendar years the plan's course and internship indicators speak of. */
export const INDICATOR_CALENDAR_YEARS = ["2025", "2026", "2027", "2028"] as const;
/** Academic years of the plan's attestation list ("the teachers due for attestation in 2025-2028"). */
export const ATTESTATION_YEARS = ["2025-2026", "2026-2027", "2027-2028"] as const;
/**
 * Categories that count as "has a qualification category" in anyCategoryShare. Decision: moderator and
 * above plus the three legacy categories (a legacy category is a real, still valid qualification);
 * none, trainee and the entry grade "педагог" do not count.
 */
export const ANY_CATEGORY_KEYS = [
  "moderator",
  "expert",
  "researcher",
  "master",
  "legacy-higher",
  "legacy-first",
  "legacy-second",
] as const satisfies readonly CategoryKey[];
/** The categories of qualitative composition (сапалық құрам). */
export const QUALITATIVE_KEYS = ["expert", "researcher", "master"] as const satisfies readonly CategoryKey[];

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

export function emptyCategoryCounts(): CategoryCounts {
  const counts = { unknown: 0 } as CategoryCounts;
  for (const k of CATEGORY_KEYS) counts[k] = 0;
  return counts;
}

export function emptyEducationCounts(): EducationCounts {
  return { higher: 0, vocational: 0, secondary: 0, unknown: 0 };
}

/** part / whole, or 0 when whole is 0 (never NaN). */
export function shareOf(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Rounds away float noise (0.08 × 2500 = 200.00000000000003) before a ceil or a comparison. */
function denoise(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** (expert + researcher + master) / teachers. */
export function qualitativeShareOf(byCategory: CategoryCounts, teachers: number): number {
  return shareOf(
    QUALITATIVE_KEYS.reduce((sum, k) => sum + byCategory[k], 0),
    teachers,
  );
}

function stageLine(target: number, awarded: number, teachers: number): StageLine {
  const actual = shareOf(awarded, teachers);
  return {
    target,
    actual,
    awarded,
    gapPp: denoise((target - actual) * 100),
    teachersNeeded: Math.max(0, Math.ceil(denoise(target * teachers - awarded))),
  };
}

/**
 * Target against actual for the academic year: per stage category and for the sum of the four, which is
 * compared with the stage's band. Outside the plan's years (no row in `targets`) everything but the year is null.
 */
export function stageComparison(
  year: AcademicYear,
  awardedInYear: CategoryCounts,
  teachers: number,
  targets: readonly StageTargets[] = PLAN_STAGE_TARGETS,
): StageComparison {
  const stage = stageTargetsFor(year, targets);
  if (stage === null) return { stage: null, year, band: null, categories: null, total: null };
  const categories = {} as Record<(typeof STAGE_CATEGORY_KEYS)[number], StageLine>;
  let target = 0;
  let awarded = 0;
  for (const k of STAGE_CATEGORY_KEYS) {
    categories[k] = stageLine(stage.targets[k], awardedInYear[k], teachers);
    target += stage.targets[k];
    awarded += awardedInYear[k];
  }
  const total = stageLine(denoise(target), awarded, teachers);
  const withinBand = denoise(total.actual) >= stage.band.min && denoise(total.actual) <= stage.band.max;
  return {
    stage: stage.stage,
    year,
    band: { ...stage.band },
    categories,
    total: { ...total, withinBand },
  };
}

/** Total order of the attestation list: expiry, district (region order), organisation, name, then the rest. */
export function compareAttestation(a: AttestationEntry, b: AttestationEntry): number {
  return (
    compareText(a.expires, b.expires) ||
    districtRank(a.district) - districtRank(b.district) ||
    compareText(a.organization, b.organization) ||
    compareText(a.fullName, b.fullName) ||
    compareText(a.category, b.category) ||
    compareText(a.categoryDate, b.categoryDate)
  );
}

/** Organisations in region order of districts, then by name (code-unit order: the same everywhere). */
export function compareOrganizations(a: OrganizationSummary, b: OrganizationSummary): number {
  return (
    districtRank(a.district) - districtRank(b.district) ||
    compareText(a.name, b.name) ||
    compareText(a.key, b.key)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function districtRank(d: DistrictId | null): number {
  return d === null ? -1 : DISTRICT_IDS.indexOf(d);
}

/** Map key of an organisation: district and normalised name. */
export function organizationId(district: DistrictId | null, key: string): string {
  return `${district ?? ""}\u0000${key}`;
}

function emptyIndicators(): Record<string, Indicator> {
  const byYear: Record<string, Indicator> = {};
  for (const y of INDICATOR_CALENDAR_YEARS) byYear[y] = { count: 0, covered: 0 };
  return byYear;
}

function emptyDueByYear(): Record<AcademicYear, number> {
  const due: Record<AcademicYear, number> = {};
  for (const y of ATTESTATION_YEARS) due[y] = 0;
  return due;
}

function addShares<K extends string>(counts: Record<K, number>, teachers: number): Record<K, number> {
  const shares = {} as Record<K, number>;
  for (const k of Object.keys(counts) as K[]) shares[k] = shareOf(counts[k], teachers);
  return shares;
}

/** Fills the fields that follow from counts (shares, stage, organisation count); used by summarise and merge. */
export function completeSummary(
  counts: Omit<
    Summary,
    "categoryShares" | "educationShares" | "qualitativeShare" | "anyCategoryShare" | "stage" | "organizations"
  >,
  targets: readonly StageTargets[] = PLAN_STAGE_TARGETS,
): Summary {
  const { teachers, byCategory, byEducation } = counts;
  for (const org of counts.byOrganization)
    org.qualitativeShare = qualitativeShareOf(org.byCategory, org.teachers);
  counts.byOrganization.sort(compareOrganizations);
  counts.attestationDue.sort(compareAttestation);
  return {
    asOf: counts.asOf,
    year: counts.year,
    teachers,
    // A row without an organisation name still counts as a teacher, but not as an organisation.
    organizations: counts.byOrganization.filter((o) => o.key !== "").length,
    byCategory,
    byEducation,
    categoryShares: addShares(byCategory, teachers),
    educationShares: addShares(byEducation, teachers),
    qualitativeShare: qualitativeShareOf(byCategory, teachers),
    anyCategoryShare: shareOf(
      ANY_CATEGORY_KEYS.reduce((sum, k) => sum + byCategory[k], 0),
      teachers,
    ),
    awardedInYear: counts.awardedInYear,
    awardedYearUnknown: counts.awardedYearUnknown,
    stage: stageComparison(counts.year, counts.awardedInYear, teachers, targets),
    coursesByYear: counts.coursesByYear,
    internshipsByYear: counts.internshipsByYear,
    eventParticipation: counts.eventParticipation,
    youngWithoutMentor: counts.youngWithoutMentor,
    attestationOverdue: counts.attestationOverdue,
    attestationDueByYear: counts.attestationDueByYear,
    attestationYearUnknown: counts.attestationYearUnknown,
    attestationDue: counts.attestationDue,
    byOrganization: counts.byOrganization,
  };
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
  const year = opts.year ?? academicYearOf(opts.asOf);
  const district = opts.district ?? null;
  const present = new Set(opts.present);
  const hasCourses = present.has("lastCourseDate");
  const hasInternship = present.has("internship");
  const hasEvents = present.has("eventParticipation");
  const hasMentorData = present.has("experienceYears") && present.has("mentor");
  const bounds = academicYearBounds(year);
  const yearStart = Number(bounds.start.slice(0, 4));
  // Award dates repeat thousands of times in a roster: compute each one's expiry and its academic year once.
  const expiries = new Map<IsoDate, { expires: IsoDate; year: AcademicYear }>();
  const n = teachers.length;

  const byCategory = emptyCategoryCounts();
  const byEducation = emptyEducationCounts();
  const awardedInYear = emptyCategoryCounts();
  let awardedYearUnknown = 0;
  const coursesByYear = emptyIndicators();
  const internshipsByYear = emptyIndicators();
  for (const y of INDICATOR_CALENDAR_YEARS) {
    if (hasCourses) coursesByYear[y]!.covered = n;
    if (hasInternship) internshipsByYear[y]!.covered = n;
  }
  const eventParticipation: Indicator = { count: 0, covered: hasEvents ? n : 0 };
  const youngWithoutMentor: Indicator = { count: 0, covered: hasMentorData ? n : 0 };
  let attestationOverdue = 0;
  let attestationYearUnknown = 0;
  const attestationDueByYear = emptyDueByYear();
  const attestationDue: AttestationEntry[] = [];
  const organizations = new Map<string, OrganizationSummary>();

  for (const t of teachers) {
    const category = t.category ?? "unknown";
    byCategory[category]++;
    byEducation[t.education ?? "unknown"]++;

    let org = organizations.get(t.organizationKey);
    if (org === undefined) {
      org = {
        district,
        key: t.organizationKey,
        name: t.organization,
        teachers: 0,
        byCategory: emptyCategoryCounts(),
        byEducation: emptyEducationCounts(),
        qualitativeShare: 0,
        awardedInYear: emptyCategoryCounts(),
      };
      organizations.set(t.organizationKey, org);
    } else if (t.organization < org.name) {
      // Spellings of one organisation differ: keep the smallest, so a merge picks the same one.
      org.name = t.organization;
    }
    org.teachers++;
    org.byCategory[category]++;
    org.byEducation[t.education ?? "unknown"]++;

    const date = t.categoryDate;
    if (date !== null) {
      if (t.categoryDateYearOnly) {
        const y = Number(date.slice(0, 4));
        if (y === yearStart || y === yearStart + 1) awardedYearUnknown++;
      } else if (date >= bounds.start && date <= bounds.end) {
        awardedInYear[category]++;
        org.awardedInYear[category]++;
      }
      if (t.category !== null && categoryExpires(t.category)) {
        if (t.categoryDateYearOnly) {
          attestationYearUnknown++;
          const expiryYear = Number(date.slice(0, 4)) + CATEGORY_TERM_YEARS;
          if (`${expiryYear}-12-31` < opts.asOf) attestationOverdue++;
        } else {
          let expiry = expiries.get(date);
          if (expiry === undefined) {
            const expires = categoryExpiry(date);
            expiry = { expires, year: academicYearOf(expires) };
            expiries.set(date, expiry);
          }
          const { expires, year: dueYear } = expiry;
          if (expires < opts.asOf) attestationOverdue++;
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

    if (hasCourses && t.lastCourseDate !== null) {
      const indicator = coursesByYear[t.lastCourseDate.slice(0, 4)];
      if (indicator !== undefined) indicator.count++;
    }
    if (hasInternship && typeof t.internship === "string") {
      const indicator = internshipsByYear[t.internship.slice(0, 4)];
      if (indicator !== undefined) indicator.count++;
    }
    if (hasEvents && t.eventParticipation === true) eventParticipation.count++;
    // A young specialist (under 3 years) without a mentor; an unreadable mentor cell is not a missing mentor.
    if (
      hasMentorData &&
      t.experienceYears !== null &&
      t.experienceYears < YOUNG_SPECIALIST_YEARS &&
      !t.mentor &&
      !t.unreadable.includes("mentor")
    ) {
      youngWithoutMentor.count++;
    }
  }

  return completeSummary(
    {
      asOf: opts.asOf,
      year,
      teachers: n,
      byCategory,
      byEducation,
      awardedInYear,
      awardedYearUnknown,
      coursesByYear,
      internshipsByYear,
      eventParticipation,
      youngWithoutMentor,
      attestationOverdue,
      attestationDueByYear,
      attestationYearUnknown,
      attestationDue,
      byOrganization: [...organizations.values()],
    },
    opts.targets,
  );
}
