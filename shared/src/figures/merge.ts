import { FiguresAccumulator } from "./accumulator.ts";
import type { StageScope } from "./stage.ts";
import type { AcademicYear, IsoDate, StageTargets, Summary, SummaryFigures } from "../types.ts";

export interface MergeOptions {
  /** Stage targets the merged stage comparison is computed with; the plan's by default. */
  targets?: readonly StageTargets[];
  /** Required when `parts` may be empty (then the result is the Summary of no teachers). */
  year?: AcademicYear;
  asOf?: IsoDate;
  /**
   * Whose totals the merge is: "region" when it is the whole region (its stage figures always ceil),
   * "unit" (default) for a group of organisations or the parts of one unit.
   */
  scope?: StageScope;
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
    return new FiguresAccumulator(opts.asOf, year).finish(opts.targets, opts.scope);
  }

  const acc = new FiguresAccumulator(parts[0]!.asOf, year);
  for (const p of parts) acc.addSummary(p);
  return acc.finish(opts.targets, opts.scope);
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
