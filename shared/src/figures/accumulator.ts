/**
 * The one accumulator of a Summary's counts. A roster's rows (summarise) and a consolidation of Summaries
 * (mergeSummaries) add into the same counts and are completed by the same code, so a new figure is added
 * in one place and the two paths cannot drift apart (merge.property.test.ts holds them equal).
 */
import { DISTRICT_IDS } from "../types.ts";
import { PLAN_STAGE_TARGETS } from "../plan/targets.ts";
import { shareOf, stageComparison, type StageScope } from "./stage.ts";
import type {
  AcademicYear,
  AttestationEntry,
  CategoryCounts,
  CategoryKey,
  DistrictId,
  EducationCounts,
  Indicator,
  IsoDate,
  OrganizationSummary,
  StageTargets,
  Summary,
} from "../types.ts";

/** Calendar years the plan's course and internship indicators speak of. */
export const INDICATOR_CALENDAR_YEARS = ["2025", "2026", "2027", "2028"] as const;
/** Academic years of the plan's attestation list ("the teachers due for attestation in 2025-2028"). */
export const ATTESTATION_YEARS = ["2025-2026", "2026-2027", "2027-2028"] as const;

/**
 * The attestation years a report of `year` lists: the plan's years from `year` on. A past year is not
 * "due" any more (its unattested teachers are overdue), so 2026-2027 figures never list "2025-2026: 0".
 */
export function attestationYearsFrom(year: AcademicYear): AcademicYear[] {
  // "YYYY-YYYY" labels compare as strings in year order
  return ATTESTATION_YEARS.filter((y) => y >= year);
}

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

/**
 * Zero teachers in every category. Written out whole (the compiler checks every CategoryKey is here): an
 * object given its keys one by one is reshaped at each, and a region's 16,000 organisations each hold two.
 */
export function emptyCategoryCounts(): CategoryCounts {
  return {
    unknown: 0,
    none: 0,
    trainee: 0,
    pedagog: 0,
    moderator: 0,
    expert: 0,
    researcher: 0,
    master: 0,
    "legacy-higher": 0,
    "legacy-first": 0,
    "legacy-second": 0,
  };
}

export function emptyEducationCounts(): EducationCounts {
  return { higher: 0, vocational: 0, secondary: 0, unknown: 0 };
}

/** (expert + researcher + master) / teachers. */
export function qualitativeShareOf(byCategory: CategoryCounts, teachers: number): number {
  return shareOf(
    QUALITATIVE_KEYS.reduce((sum, k) => sum + byCategory[k], 0),
    teachers,
  );
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

/**
 * Sorts an attestation list in compareAttestation's order, a day's entries at a time: a region's 42,000
 * entries fall on about a thousand expiry days, and sorting each day's few dozen apart makes a third of
 * the comparisons one sort of the whole list would.
 */
export function sortAttestation(entries: AttestationEntry[]): void {
  const byDay = new Map<IsoDate, AttestationEntry[]>();
  for (const e of entries) {
    const day = byDay.get(e.expires);
    if (day === undefined) byDay.set(e.expires, [e]);
    else day.push(e);
  }
  let i = 0;
  for (const expires of [...byDay.keys()].sort(compareText)) {
    const day = byDay.get(expires)!.sort(compareAttestation);
    for (let k = 0; k < day.length; k++) entries[i++] = day[k]!;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Region order of the districts as a lookup: the sorts call districtRank twice per comparison.
const DISTRICT_RANK = new Map<DistrictId, number>(DISTRICT_IDS.map((d, i) => [d, i]));

function districtRank(d: DistrictId | null): number {
  return d === null ? -1 : (DISTRICT_RANK.get(d) ?? -1);
}

/** Map key of an organisation: district and normalised name. */
export function organizationId(district: DistrictId | null, key: string): string {
  return `${district ?? ""}\u0000${key}`;
}

function addShares<K extends string>(counts: Record<K, number>, teachers: number): Record<K, number> {
  const shares = {} as Record<K, number>;
  for (const k of Object.keys(counts) as K[]) shares[k] = shareOf(counts[k], teachers);
  return shares;
}

function addCounts<K extends string>(into: Record<K, number>, from: Record<K, number>): void {
  for (const k of Object.keys(from) as K[]) into[k] = (into[k] ?? 0) + from[k];
}

/** The counts of a Summary: everything but what follows from them (shares, stage, organisation count). */
export type SummaryCounts = Omit<
  Summary,
  | "categoryShares"
  | "educationShares"
  | "qualitativeShare"
  | "anyCategoryShare"
  | "stage"
  | "organizations"
  | "byOrganization"
>;

/** Counts of nothing for a report date and an academic year: every indicator and attestation year at 0. */
function emptyCounts(asOf: IsoDate, year: AcademicYear): SummaryCounts {
  const indicators = () =>
    Object.fromEntries(INDICATOR_CALENDAR_YEARS.map((y) => [y, { count: 0, covered: 0 }])) as Record<
      string,
      Indicator
    >;
  return {
    asOf,
    year,
    teachers: 0,
    byCategory: emptyCategoryCounts(),
    byEducation: emptyEducationCounts(),
    awardedInYear: emptyCategoryCounts(),
    awardedYearUnknown: 0,
    coursesByYear: indicators(),
    internshipsByYear: indicators(),
    eventParticipation: { count: 0, covered: 0 },
    youngWithoutMentor: { count: 0, covered: 0 },
    attestationOverdue: 0,
    attestationDueByYear: Object.fromEntries(attestationYearsFrom(year).map((y) => [y, 0])),
    attestationYearUnknown: 0,
    attestationDue: [],
  };
}

/**
 * Adds teachers (row by row, in summarise) or whole Summaries (in mergeSummaries) into one set of counts,
 * then completes the Summary: shares, the stage comparison on the unit's own totals, sorted lists.
 */
export class FiguresAccumulator {
  readonly counts: SummaryCounts;
  private readonly organizations = new Map<string, OrganizationSummary>();

  constructor(asOf: IsoDate, year: AcademicYear) {
    this.counts = emptyCounts(asOf, year);
  }

  /** The organisation's counts, created at first sight; of several spellings the smallest is kept (merge picks the same). */
  organization(district: DistrictId | null, key: string, name: string): OrganizationSummary {
    const id = organizationId(district, key);
    let org = this.organizations.get(id);
    if (org === undefined) {
      org = {
        district,
        key,
        name,
        teachers: 0,
        byCategory: emptyCategoryCounts(),
        byEducation: emptyEducationCounts(),
        qualitativeShare: 0,
        awardedInYear: emptyCategoryCounts(),
      };
      this.organizations.set(id, org);
    } else if (name < org.name) {
      org.name = name;
    }
    return org;
  }

  /** Adds a Summary of the same academic year (a district into the region, a part into its whole). */
  addSummary(p: Summary): void {
    const c = this.counts;
    if (p.asOf > c.asOf) c.asOf = p.asOf;
    c.teachers += p.teachers;
    addCounts(c.byCategory, p.byCategory);
    addCounts(c.byEducation, p.byEducation);
    addCounts(c.awardedInYear, p.awardedInYear);
    c.awardedYearUnknown += p.awardedYearUnknown;
    addIndicators(c.coursesByYear, p.coursesByYear);
    addIndicators(c.internshipsByYear, p.internshipsByYear);
    addIndicator(c.eventParticipation, p.eventParticipation);
    addIndicator(c.youngWithoutMentor, p.youngWithoutMentor);
    c.attestationOverdue += p.attestationOverdue;
    // Only the years this summary lists (this year's on) are added: a part never adds a year of its own.
    for (const [y, n] of Object.entries(p.attestationDueByYear))
      if (y in c.attestationDueByYear) c.attestationDueByYear[y]! += n;
    c.attestationYearUnknown += p.attestationYearUnknown;
    for (const e of p.attestationDue) if (e.year in c.attestationDueByYear) c.attestationDue.push({ ...e });
    // Organisations are merged by (district, key) even when the accumulator counts one district's rows by key.
    for (const o of p.byOrganization) {
      const org = this.organization(o.district, o.key, o.name);
      org.teachers += o.teachers;
      addCounts(org.byCategory, o.byCategory);
      addCounts(org.byEducation, o.byEducation);
      addCounts(org.awardedInYear, o.awardedInYear);
    }
  }

  /** The Summary of what was added, its stage comparison made with `targets` on its own totals. */
  finish(targets: readonly StageTargets[] = PLAN_STAGE_TARGETS, scope: StageScope = "unit"): Summary {
    const c = this.counts;
    const byOrganization = [...this.organizations.values()];
    for (const org of byOrganization) org.qualitativeShare = qualitativeShareOf(org.byCategory, org.teachers);
    byOrganization.sort(compareOrganizations);
    sortAttestation(c.attestationDue);
    const { teachers, byCategory, byEducation } = c;
    return {
      asOf: c.asOf,
      year: c.year,
      teachers,
      // A row without an organisation name still counts as a teacher, but not as an organisation.
      organizations: byOrganization.filter((o) => o.key !== "").length,
      byCategory,
      byEducation,
      categoryShares: addShares(byCategory, teachers),
      educationShares: addShares(byEducation, teachers),
      qualitativeShare: qualitativeShareOf(byCategory, teachers),
      anyCategoryShare: shareOf(
        ANY_CATEGORY_KEYS.reduce((sum, k) => sum + byCategory[k], 0),
        teachers,
      ),
      awardedInYear: c.awardedInYear,
      awardedYearUnknown: c.awardedYearUnknown,
      stage: stageComparison(c.year, c.awardedInYear, teachers, targets, scope),
      coursesByYear: c.coursesByYear,
      internshipsByYear: c.internshipsByYear,
      eventParticipation: c.eventParticipation,
      youngWithoutMentor: c.youngWithoutMentor,
      attestationOverdue: c.attestationOverdue,
      attestationDueByYear: c.attestationDueByYear,
      attestationYearUnknown: c.attestationYearUnknown,
      attestationDue: c.attestationDue,
      byOrganization,
    };
  }
}

/** Adds one indicator into another (teachers counted and teachers with data alike). */
export function addIndicator(into: Indicator, from: Indicator): void {
  into.count += from.count;
  into.covered += from.covered;
}

/** Adds indicators by calendar year, a year the sum lacks starting at 0. */
export function addIndicators(into: Record<string, Indicator>, from: Record<string, Indicator>): void {
  for (const [k, v] of Object.entries(from)) addIndicator((into[k] ??= { count: 0, covered: 0 }), v);
}
