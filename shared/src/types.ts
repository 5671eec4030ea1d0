/**
 * The contract of Sapa's domain core. Every client (add-in, CLI, worker) speaks these types.
 * Shares are fractions (0.1809), gaps are percentage points, dates are ISO `YYYY-MM-DD` strings.
 */
import type { IndicatorTargets } from "./plan/indicator-targets.ts";

/** One cell as Office.js `range.values` and an xlsx reader give it. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells read from a sheet, plus where it sits on the sheet. */
export interface GridInput {
  /** Rows of cells; rows may be ragged. */
  values: CellValue[][];
  /** Number formats per cell where known (same shape as `values`, may be ragged or missing). */
  numberFormats?: (string | null | undefined)[][];
  /** 1-based sheet row of `values[0]` (a used range need not start at A1). Default 1. */
  firstRow?: number;
  /** 1-based sheet column of `values[n][0]`. Default 1. */
  firstColumn?: number;
  /** The workbook counts date serials from 1904-01-01 (Excel for Mac, LibreOffice, openpyxl can). */
  date1904?: boolean;
  /** Merged areas as the sheet names them (1-based sheet coordinates); the value is in the top-left cell. */
  merged?: MergedArea[];
  /**
   * Which cells are merged is not known: true where the host could not say (Excel before ExcelApi 1.13),
   * "csv" for a CSV file, which keeps no merged cells (a merged name stands in its first row only).
   */
  mergedUnknown?: boolean | "csv";
  /** Formula cells saved without a calculated result (1-based sheet coordinates). */
  uncalculated?: SheetCell[];
}

/** A rectangle of merged cells, 1-based sheet rows and columns, both ends included. */
export interface MergedArea {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** One cell's place on a sheet, 1-based. */
export interface SheetCell {
  row: number;
  column: number;
}

export type Lang = "kk" | "ru" | "en";
/** A text in the three working languages. */
export type Localized = Record<Lang, string>;

export const FIELD_KEYS = [
  "fullName",
  "organization",
  "education",
  "category",
  "iin",
  "position",
  "categoryDate",
  "experienceYears",
  "lastCourseDate",
  "mentor",
  "internship",
  "eventParticipation",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];
export const REQUIRED_FIELDS = [
  "fullName",
  "organization",
  "education",
  "category",
] as const satisfies readonly FieldKey[];

export const CATEGORY_KEYS = [
  "none",
  "trainee",
  "pedagog",
  "moderator",
  "expert",
  "researcher",
  "master",
  "legacy-higher",
  "legacy-first",
  "legacy-second",
] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];
/** The categories the stage targets speak of. */
export const STAGE_CATEGORY_KEYS = [
  "moderator",
  "expert",
  "researcher",
  "master",
] as const satisfies readonly CategoryKey[];
export type StageCategoryKey = (typeof STAGE_CATEGORY_KEYS)[number];

export const EDUCATION_KEYS = ["higher", "vocational", "secondary"] as const;
export type EducationKey = (typeof EDUCATION_KEYS)[number];

export const DISTRICT_IDS = [
  "aktobe",
  "aiteke-bi",
  "alga",
  "baiganin",
  "kargaly",
  "kobda",
  "martuk",
  "mugalzhar",
  "oiyl",
  "temir",
  "khromtau",
  "shalkar",
  "yrgyz",
] as const;
export type DistrictId = (typeof DISTRICT_IDS)[number];

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;
/** Academic year label `YYYY-YYYY`, 1 September to 31 August. */
export type AcademicYear = string;

export type Severity = "error" | "warning" | "info";

/** A problem found in a sheet or a submission. Data, never an exception. */
export interface Problem {
  severity: Severity;
  /** Stable machine code, e.g. "iin-checksum", "category-unknown", "column-missing". */
  code: string;
  /** The sheet's own 1-based row number (for sheet-level problems: the header row, or 1). */
  row: number;
  /** The sheet's column letter ("C"), or null for a whole-row or sheet-level problem. */
  column: string | null;
  field: FieldKey | null;
  /** The offending cell value as text, or null. */
  value: string | null;
  /** What is wrong and what to do, in kk, ru and en. */
  message: Localized;
  /** The sheet the row is on, when a roster was read from several sheets of one workbook. */
  sheet?: string;
}

/** Where each field sits on the sheet. */
export interface ColumnMapping {
  field: FieldKey;
  /** 0-based index into the grid row. */
  index: number;
  /** Sheet column letter. */
  letter: string;
  /** The header text as written in the sheet. */
  header: string;
}

export interface RosterLayout {
  /** 1-based sheet row of the header. */
  headerRow: number;
  columns: ColumnMapping[];
  /** Headers that were not recognised (ignored), with their letters. */
  ignored: { letter: string; header: string }[];
}

/** One teacher after normalisation: what every measure and every submission is built from. */
export interface TeacherRow {
  /** The sheet's 1-based row number (in a submission: the row number the client read it from). */
  row: number;
  fullName: string;
  /** Organisation name with whitespace collapsed, as written. */
  organization: string;
  /** Normalised organisation identity inside its district (case, quotes, spaces, № folded). */
  organizationKey: string;
  education: EducationKey | null;
  category: CategoryKey | null;
  /** A valid 12-digit ИИН (client side only; never sent). */
  iin: string | null;
  /** Pseudonymous key of the ИИН (what a submission carries instead of the ИИН). */
  iinKey: string | null;
  position: string | null;
  categoryDate: IsoDate | null;
  /** The category date was a bare year (stored as 1 January of that year): its academic year is ambiguous. */
  categoryDateYearOnly: boolean;
  experienceYears: number | null;
  lastCourseDate: IsoDate | null;
  /** Mentor's name, or null when none. */
  mentor: string | null;
  /** Internship done: a date when one is given, true when only "yes", false when "no", null when unknown. */
  internship: IsoDate | boolean | null;
  eventParticipation: boolean | null;
  /** Fields whose cell held something that could not be read (already reported by the normaliser). */
  unreadable: FieldKey[];
}

export interface StageTargets {
  stage: 1 | 2 | 3;
  year: AcademicYear;
  /** Band of the sum over the four categories, fractions. */
  band: { min: number; max: number };
  /** Per-category target shares, fractions (0.08 = 8%). */
  targets: Record<StageCategoryKey, number>;
}

export type CategoryCounts = Record<CategoryKey | "unknown", number>;
export type EducationCounts = Record<EducationKey | "unknown", number>;

/** Target against actual for one category (or the band total) in one academic year. */
export interface StageLine {
  target: number;
  actual: number;
  awarded: number;
  /** target − actual, in percentage points. */
  gapPp: number;
  /**
   * Teachers still needed: per category max(0, ceil(target × teachers − awarded)), 0 for a regional target;
   * for the "all categories" total the sum of the category rows.
   */
  teachersNeeded: number;
  /**
   * The target asks less than half a teacher of this unit below the region (t × n < 0.5): it is the
   * region's to meet, shown as "regional target", never as "needs 1 more". Always false for the total.
   */
  regionalTarget: boolean;
}

/** Where the sum of the four categories' award shares stands against the stage's band (above is good). */
export type BandVerdict = "below" | "within" | "above";

export interface StageComparison {
  stage: 1 | 2 | 3 | null;
  year: AcademicYear;
  band: { min: number; max: number } | null;
  /** Per stage category; null when the year has no stage targets. */
  categories: Record<StageCategoryKey, StageLine> | null;
  /** The four categories together: gap against the total target, still needed summed, verdict by the band. */
  total: (StageLine & { verdict: BandVerdict }) | null;
}

/** A count of teachers that only rows with the column present can feed; null when no row had it. */
export interface Indicator {
  count: number;
  /** Teachers in rows where the column exists. */
  covered: number;
}

export interface AttestationEntry {
  district: DistrictId | null;
  organization: string;
  fullName: string;
  category: CategoryKey;
  categoryDate: IsoDate;
  expires: IsoDate;
  /** Academic year in which the category expires. */
  year: AcademicYear;
}

export interface OrganizationSummary {
  district: DistrictId | null;
  key: string;
  name: string;
  teachers: number;
  byCategory: CategoryCounts;
  byEducation: EducationCounts;
  qualitativeShare: number;
  awardedInYear: CategoryCounts;
}

export interface Summary {
  asOf: IsoDate;
  year: AcademicYear;
  teachers: number;
  organizations: number;
  byCategory: CategoryCounts;
  byEducation: EducationCounts;
  categoryShares: Record<CategoryKey | "unknown", number>;
  educationShares: Record<EducationKey | "unknown", number>;
  /** (expert + researcher + master) / teachers. */
  qualitativeShare: number;
  /** Share holding moderator or higher, legacy categories included (see DOMAIN decisions in README). */
  anyCategoryShare: number;
  /** Category award dates inside `year`, by category. */
  awardedInYear: CategoryCounts;
  /**
   * Bare-year award dates (categoryDateYearOnly) whose calendar year overlaps `year`: they may or may not
   * fall in the academic year, so they are counted here instead of being guessed into awardedInYear.
   */
  awardedYearUnknown: number;
  stage: StageComparison;
  /** Teachers whose last course date falls in each calendar year 2025..2028. */
  coursesByYear: Record<string, Indicator>;
  internshipsByYear: Record<string, Indicator>;
  eventParticipation: Indicator;
  youngWithoutMentor: Indicator;
  /** Categories past expiry on `asOf`. */
  attestationOverdue: number;
  /** Teachers whose category expires in each academic year up to 2027-2028. */
  attestationDueByYear: Record<AcademicYear, number>;
  /**
   * Teachers whose category carries an expiry but whose award date is a bare year: the expiry cannot be
   * placed in an academic year, so they are in neither attestationDueByYear nor attestationDue.
   */
  attestationYearUnknown: number;
  attestationDue: AttestationEntry[];
  byOrganization: OrganizationSummary[];
}

/** A Summary's figures without its two long lists (what a consolidated report carries per unit). */
export type SummaryFigures = Omit<Summary, "attestationDue" | "byOrganization">;

/** One unit's part of the consolidated report: its newest revision's figures. */
export interface ReportDistrict {
  district: DistrictId;
  name: Localized;
  revision: number;
  /** ISO timestamp of the revision. */
  submittedAt: string;
  summary: SummaryFigures;
}

/**
 * The consolidated report of an academic year (GET /api/report): aggregates only, so its size is
 * O(districts), whatever the number of teachers. The organisation and attestation lists come in pages.
 */
export interface ReportFigures {
  year: AcademicYear;
  /** ISO timestamp. */
  generatedAt: string;
  region: SummaryFigures;
  districts: ReportDistrict[];
  /**
   * Units expected, units with a revision (submitted, accepted or returned), units whose newest revision
   * the region accepted (a subset of submitted), and the units without a revision.
   */
  completeness: { expected: number; submitted: number; accepted: number; missing: DistrictId[] };
  /** The region's targets for the plan's other indicators (courses, internships, events) in force. */
  indicatorTargets?: IndicatorTargets;
}

/** Which revision of a district a page was read from. */
export interface PageRevision {
  district: DistrictId;
  revision: number;
}

/**
 * One page of a list read across districts' newest revisions. `revisions` names every revision the
 * listing covers: when it differs between two pages a district resubmitted meanwhile, and the client
 * restarts instead of mixing revisions. `nextCursor` is null on the last page.
 */
export interface ReportPage<T> {
  year: AcademicYear;
  revisions: PageRevision[];
  items: T[];
  nextCursor: string | null;
}
