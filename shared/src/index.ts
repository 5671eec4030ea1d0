// The domain core, by part: the plan (units, years, targets), reading a roster, the figures, what crosses the
// wire, submitting and opening names, the region's season, words, tables for every surface, and the crypto.
export * from "./types.ts";

// plan/: the 13 units, academic years, the clock, stage targets, the region's settings
export * from "./plan/districts.ts";
export * from "./plan/academic-year.ts";
export * from "./plan/today.ts";
export * from "./plan/report-date.ts";
export * from "./plan/targets.ts";
export * from "./plan/indicator-targets.ts";
export * from "./plan/indicator-targets-schema.ts";
export * from "./plan/settings.ts";

// roster/: a grid of cells in, teachers and problems out
export * from "./roster/cells.ts";
export * from "./roster/dates.ts";
export * from "./roster/iin.ts";
export * from "./roster/categories.ts";
export * from "./roster/education.ts";
export * from "./roster/organization.ts";
export * from "./roster/headers.ts";
export * from "./roster/validate.ts";
export * from "./roster/roster.ts";
export * from "./roster/roster-sheets.ts";

// figures/: summaries of a roster and of many, the trend, candidates for a category
export {
  summarise,
  stageComparison,
  qualitativeShareOf,
  compareAttestation,
  compareOrganizations,
  ANY_CATEGORY_KEYS,
  QUALITATIVE_KEYS,
  INDICATOR_CALENDAR_YEARS,
  ATTESTATION_YEARS,
  attestationYearsFrom,
  emptyCategoryCounts,
  type SummariseOptions,
} from "./figures/summary.ts";
export { bandVerdict, isRegionalTarget, teachersStillNeeded, type StageScope } from "./figures/stage.ts";
export * from "./figures/merge.ts";
export * from "./figures/trend.ts";
export * from "./figures/candidates.ts";
export * from "./figures/candidate-counts.ts";

// api/: the wire's schemas and the paging of whole lists
export * from "./api/schemas.ts";
export * from "./api/error-codes.ts";
export * from "./api/report-paging.ts";

// submission/: rows as sent (sealed), opening the lists' names
export * from "./submission/submission-rows.ts";
export * from "./submission/prepare-submission.ts";
export * from "./submission/prepare-sealed-submission.ts";
export * from "./submission/sealed-rows.ts";
export * from "./submission/open-lists.ts";
export * from "./submission/cross-district-duplicates.ts";
export * from "./submission/region-key-trust.ts";
export * from "./submission/wire.ts";

// region/: the season's review, groups of organisations
export * from "./region/review-status.ts";
export * from "./region/review.ts";
export * from "./region/groups.ts";
export * from "./region/group-members-sheet.ts";

// words, presentation tables, the sheets Sapa writes, crypto
export * from "./i18n/problems.ts";
export * from "./i18n/labels.ts";
export * from "./i18n/count.ts";
export { CANDIDATE_TEXTS } from "./i18n/candidate-labels.ts";
export { YEAR_LOCK_TEXTS } from "./i18n/year-lock.ts";
export * from "./i18n/template.ts";
export * from "./present/index.ts";
export * from "./sheets/index.ts";
export * from "./crypto/index.ts";
