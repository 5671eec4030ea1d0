import {
  completeSummary,
  emptyCategoryCounts,
  emptyEducationCounts,
  organizationId,
  summarise,
} from "./summary.ts";
import type {
  AcademicYear,
  CategoryCounts,
  EducationCounts,
  Indicator,
  IsoDate,
  OrganizationSummary,
  StageTargets,
  Summary,
  SummaryFigures,
} from "../types.ts";

export interface MergeOptions {
  /** Stage targets the merged stage comparison is computed with; the plan's by default. */
  targets?: readonly StageTargets[];
  /** Required when `parts` may be empty (then the result is the Summary of no teachers). */
  year?: AcademicYear;
  asOf?: IsoDate;
}

function addCounts<K extends string>(into: Record<K, number>, from: Record<K, number>): void {
  for (const k of Object.keys(from) as K[]) into[k] = (into[k] ?? 0) + from[k];
}

function addIndicators(into: Record<string, Indicator>, from: Record<string, Indicator>): void {
  for (const [k, v] of Object.entries(from)) {
    const target = (into[k] ??= { count: 0, covered: 0 });
    target.count += v.count;
    target.covered += v.covered;
  }
}

/**
 * Consolidates Summaries (region = sum of districts): counts are added, shares and the stage comparison are
 * recomputed from the sums, organisations are merged by (district, key), attestation lists concatenated and
 * re-sorted; asOf is the latest of the parts. The result equals `summarise` over the union of the rows.
 * All parts must be of the same academic year (a mismatch is a programmer error and throws).
 */
export function mergeSummaries(parts: readonly Summary[], opts: MergeOptions = {}): Summary {
  const year = opts.year ?? parts[0]?.year;
  if (year === undefined) {
    throw new Error("mergeSummaries: no parts and no year given; pass { year, asOf } to merge nothing");
  }
  const mismatch = parts.find((p) => p.year !== year);
  if (mismatch !== undefined) {
    throw new Error(`mergeSummaries: parts of different academic years (${year} and ${mismatch.year})`);
  }
  if (parts.length === 0) {
    if (opts.asOf === undefined) throw new Error("mergeSummaries: no parts; pass asOf to merge nothing");
    return summarise([], {
      asOf: opts.asOf,
      year,
      present: [],
      ...(opts.targets ? { targets: opts.targets } : {}),
    });
  }

  let asOf = parts[0]!.asOf;
  let teachers = 0;
  const byCategory: CategoryCounts = emptyCategoryCounts();
  const byEducation: EducationCounts = emptyEducationCounts();
  const awardedInYear: CategoryCounts = emptyCategoryCounts();
  let awardedYearUnknown = 0;
  const coursesByYear: Record<string, Indicator> = {};
  const internshipsByYear: Record<string, Indicator> = {};
  const eventParticipation: Indicator = { count: 0, covered: 0 };
  const youngWithoutMentor: Indicator = { count: 0, covered: 0 };
  let attestationOverdue = 0;
  const attestationDueByYear: Record<AcademicYear, number> = {};
  let attestationYearUnknown = 0;
  const attestationDue: Summary["attestationDue"] = [];
  const organizations = new Map<string, OrganizationSummary>();

  for (const p of parts) {
    if (p.asOf > asOf) asOf = p.asOf;
    teachers += p.teachers;
    addCounts(byCategory, p.byCategory);
    addCounts(byEducation, p.byEducation);
    addCounts(awardedInYear, p.awardedInYear);
    awardedYearUnknown += p.awardedYearUnknown;
    addIndicators(coursesByYear, p.coursesByYear);
    addIndicators(internshipsByYear, p.internshipsByYear);
    eventParticipation.count += p.eventParticipation.count;
    eventParticipation.covered += p.eventParticipation.covered;
    youngWithoutMentor.count += p.youngWithoutMentor.count;
    youngWithoutMentor.covered += p.youngWithoutMentor.covered;
    attestationOverdue += p.attestationOverdue;
    addCounts(attestationDueByYear, p.attestationDueByYear);
    attestationYearUnknown += p.attestationYearUnknown;
    for (const e of p.attestationDue) attestationDue.push({ ...e });
    for (const o of p.byOrganization) {
      const id = organizationId(o.district, o.key);
      const merged = organizations.get(id);
      if (merged === undefined) {
        organizations.set(id, {
          ...o,
          byCategory: { ...o.byCategory },
          byEducation: { ...o.byEducation },
          awardedInYear: { ...o.awardedInYear },
        });
        continue;
      }
      merged.teachers += o.teachers;
      addCounts(merged.byCategory, o.byCategory);
      addCounts(merged.byEducation, o.byEducation);
      addCounts(merged.awardedInYear, o.awardedInYear);
      if (o.name < merged.name) merged.name = o.name;
    }
  }

  return completeSummary(
    {
      asOf,
      year,
      teachers,
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

/** A Summary's figures: everything but its two long lists (what the consolidated report carries per unit). */
export function summaryFigures(summary: Summary): SummaryFigures {
  const { attestationDue: _due, byOrganization: _orgs, ...figures } = summary;
  return figures;
}

/**
 * Consolidates the figures of distinct units (the region from its districts) without their lists: equal to
 * the figures of `mergeSummaries` of the full Summaries. An organisation belongs to one district, so the
 * merged organisation count is the sum of the parts' counts (DOMAIN: organisations).
 */
export function mergeFigures(parts: readonly SummaryFigures[], opts: MergeOptions = {}): SummaryFigures {
  const merged = mergeSummaries(
    parts.map((p) => ({ ...p, attestationDue: [], byOrganization: [] })),
    opts,
  );
  return {
    ...summaryFigures(merged),
    organizations: parts.reduce((sum, p) => sum + p.organizations, 0),
  };
}
