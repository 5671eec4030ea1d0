export * from "./types.ts";
export * from "./districts.ts";
export * from "./academic-year.ts";
export * from "./today.ts";
export * from "./targets.ts";
export * from "./iin.ts";
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
  type SummariseOptions,
} from "./summary.ts";
export * from "./merge.ts";
export * from "./schemas.ts";
export * from "./submission-rows.ts";
export * from "./cells.ts";
export * from "./dates.ts";
export * from "./categories.ts";
export * from "./education.ts";
export * from "./organization.ts";
export * from "./headers.ts";
export * from "./validate.ts";
export * from "./roster.ts";
export * from "./roster-sheets.ts";
export * from "./i18n/problems.ts";
export { generateRoster, SAMPLE_DATE_FORMAT, type SampleRosterOptions } from "./sample-roster.ts";
export * from "./i18n/labels.ts";
export * from "./i18n/template.ts";
export * from "./present/index.ts";
export * from "./prepare-submission.ts";
export * from "./prepare-sealed-submission.ts";
export * from "./sealed-rows.ts";
export * from "./open-lists.ts";
export * from "./cross-district-duplicates.ts";
export * from "./review.ts";
export * from "./candidates.ts";
export * from "./candidate-counts.ts";
export * from "./settings.ts";
export * from "./trend.ts";
export * from "./crypto/index.ts";
export * from "./groups.ts";
export * from "./group-members-sheet.ts";
export * from "./reseal.ts";
export * from "./report-paging.ts";
