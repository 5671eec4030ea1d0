/**
 * The zod schemas every client and the worker share: submissions, summaries, receipts, reports, errors,
 * targets and tokens. Wire objects are strict: unknown fields are rejected, not silently dropped.
 */
import { z } from "zod";
import { IndicatorTargetsSchema } from "../plan/indicator-targets-schema.ts";
import { isAcademicYear } from "../plan/academic-year.ts";
import { MAX_YEAR_WINDOW_YEARS, yearWindowProblem } from "../plan/targets.ts";
import { isIsoDate } from "../plan/report-date.ts";
import { memoise } from "../roster/cells.ts";
import { containsIin } from "../roster/iin.ts";
import {
  CATEGORY_KEYS,
  DISTRICT_IDS,
  EDUCATION_KEYS,
  FIELD_KEYS,
  STAGE_CATEGORY_KEYS,
  type AttestationEntry,
  type OrganizationSummary,
  type Problem,
  type ReportFigures,
  type ReportPage,
  type StageTargets,
  type Summary,
  type TeacherRow,
} from "../types.ts";

/**
 * Most rows one submission may carry: the most that fit the default 16 MiB body limit once sealed (rows
 * average about 650 bytes of JSON, the longest about 725; worker/src/submission-size.test.ts measures it).
 * The largest unit, Aktobe city, has about 1,000 teachers.
 */
export const MAX_SUBMISSION_ROWS = 22_000;
/** Longest free text accepted in a submitted cell (far above any real name; a guard against junk, not a rule). */
export const MAX_TEXT_LENGTH = 500;

/** Memoised: every date of every submitted row is checked, and a roster repeats a few hundred dates. */
const isRealDate = memoise(isIsoDate);

/** ISO `YYYY-MM-DD` that names a real day (2024-02-30 is rejected). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
  .refine(isRealDate, "not a real calendar date");
/** Academic year label "2025-2026" (second year follows the first). */
export const AcademicYearSchema = z
  .string()
  .refine(isAcademicYear, "expected an academic year like 2025-2026");
export const DistrictIdSchema = z.enum(DISTRICT_IDS);
export const CategoryKeySchema = z.enum(CATEGORY_KEYS);
export const EducationKeySchema = z.enum(EDUCATION_KEYS);
export const FieldKeySchema = z.enum(FIELD_KEYS);
/** Pseudonymous ИИН key: SHA-256 hex (see pseudonymiseIin). */
export const IinKeySchema = z.string().regex(/^[0-9a-f]{64}$/, "expected a 64-character lowercase hex key");

/** A UTF-16 surrogate without its partner: not text, and D1 would store it as U+FFFD (not what was sent). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text a client sends (names, organisations, file and sheet names, token labels): trimmed, at most
 * `max` characters, well-formed Unicode, and nothing that reads as an ИИН (see containsIin).
 */
export function freeText(max = MAX_TEXT_LENGTH) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !LONE_SURROGATE.test(s), "text must be well-formed Unicode (no lone UTF-16 surrogate)")
    .refine((s) => !containsIin(s), "text must not contain an ИИН");
}

/**
 * One teacher as a submission carries it. There is no ИИН field: the client sends `iinKey`, a salted
 * SHA-256 of the ИИН (pseudonymisation, not anonymity).
 */
export const SubmissionRowSchema = z.strictObject({
  row: z.number().int().min(1).max(1_048_576),
  fullName: freeText(),
  organization: freeText(),
  education: EducationKeySchema.nullable(),
  category: CategoryKeySchema.nullable(),
  iinKey: IinKeySchema.nullable(),
  position: freeText().nullable(),
  categoryDate: IsoDateSchema.nullable(),
  categoryDateYearOnly: z.boolean(),
  // Implausible experience is the validator's warning, not a malformed request: only junk is refused here.
  experienceYears: z.number().min(-1000).max(1000).nullable(),
  lastCourseDate: IsoDateSchema.nullable(),
  mentor: freeText().nullable(),
  internship: z.union([IsoDateSchema, z.boolean()]).nullable(),
  eventParticipation: z.boolean().nullable(),
});
export type SubmissionRow = z.infer<typeof SubmissionRowSchema>;

export const SubmissionSourceSchema = z.strictObject({
  app: z.enum(["addin", "cli"]),
  file: freeText(260).optional(),
  sheet: freeText(100).optional(),
  version: freeText(40).optional(),
});

/** A district's roster for one academic year and report date (POST /api/submissions). */
export const SubmissionSchema = z.strictObject({
  district: DistrictIdSchema,
  year: AcademicYearSchema,
  asOf: IsoDateSchema,
  /** Fields whose column exists in the sheet (the server measures optional indicators only for these). */
  columns: z.array(FieldKeySchema).max(FIELD_KEYS.length),
  rows: z.array(SubmissionRowSchema).max(MAX_SUBMISSION_ROWS),
  source: SubmissionSourceSchema.optional(),
});
export type Submission = z.infer<typeof SubmissionSchema>;

const count = z.number().int().min(0);
const fraction = z.number().min(0).max(1);

function keyed<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, T>);
}

export const CategoryCountsSchema = keyed([...CATEGORY_KEYS, "unknown"], count);
export const EducationCountsSchema = keyed([...EDUCATION_KEYS, "unknown"], count);
const BandSchema = z
  .strictObject({ min: fraction, max: fraction })
  .refine((b) => b.min <= b.max, "band min must not exceed max");

export const StageLineSchema = z.strictObject({
  target: z.number(),
  actual: z.number(),
  awarded: count,
  gapPp: z.number(),
  teachersNeeded: count,
  regionalTarget: z.boolean(),
});

export const StageComparisonSchema = z.strictObject({
  stage: z.literal([1, 2, 3]).nullable(),
  year: AcademicYearSchema,
  band: z.strictObject({ min: z.number(), max: z.number() }).nullable(),
  categories: keyed(STAGE_CATEGORY_KEYS, StageLineSchema).nullable(),
  total: StageLineSchema.extend({ verdict: z.enum(["below", "within", "above"]) }).nullable(),
});

export const IndicatorSchema = z.strictObject({ count, covered: count });

export const AttestationEntrySchema = z.strictObject({
  district: DistrictIdSchema.nullable(),
  organization: z.string(),
  fullName: z.string(),
  category: CategoryKeySchema,
  categoryDate: IsoDateSchema,
  expires: IsoDateSchema,
  year: AcademicYearSchema,
});

export const OrganizationSummarySchema = z.strictObject({
  district: DistrictIdSchema.nullable(),
  key: z.string(),
  name: z.string(),
  teachers: count,
  byCategory: CategoryCountsSchema,
  byEducation: EducationCountsSchema,
  qualitativeShare: fraction,
  awardedInYear: CategoryCountsSchema,
});

/** The figures of a roster or of a merge of rosters (see summarise). */
export const SummarySchema = z.strictObject({
  asOf: IsoDateSchema,
  year: AcademicYearSchema,
  teachers: count,
  organizations: count,
  byCategory: CategoryCountsSchema,
  byEducation: EducationCountsSchema,
  categoryShares: keyed([...CATEGORY_KEYS, "unknown"], fraction),
  educationShares: keyed([...EDUCATION_KEYS, "unknown"], fraction),
  qualitativeShare: fraction,
  anyCategoryShare: fraction,
  awardedInYear: CategoryCountsSchema,
  awardedYearUnknown: count,
  stage: StageComparisonSchema,
  coursesByYear: z.record(z.string().regex(/^\d{4}$/), IndicatorSchema),
  internshipsByYear: z.record(z.string().regex(/^\d{4}$/), IndicatorSchema),
  eventParticipation: IndicatorSchema,
  youngWithoutMentor: IndicatorSchema,
  attestationOverdue: count,
  attestationDueByYear: z.record(AcademicYearSchema, count),
  attestationYearUnknown: count,
  attestationDue: z.array(AttestationEntrySchema),
  byOrganization: z.array(OrganizationSummarySchema),
});

/** The figures of a Summary without its two lists. */
export const SummaryFiguresSchema = SummarySchema.omit({ attestationDue: true, byOrganization: true });

/**
 * What the worker answers to an accepted submission: the revision and its figures. The two lists (every
 * organisation, every attestation due) are the report's pages (GET /api/report/organizations, /attestation):
 * a receipt of 5,000 teachers stays about 2 KB instead of carrying 800 KB back to the district.
 */
export const ReceiptSchema = z.strictObject({
  id: z.string().min(1),
  district: DistrictIdSchema,
  year: AcademicYearSchema,
  revision: z.number().int().min(1),
  /** ISO timestamp. */
  receivedAt: z.string().min(1),
  summary: SummaryFiguresSchema,
});
export type Receipt = z.infer<typeof ReceiptSchema>;

/** The consolidated report of an academic year, aggregates only (GET /api/report). */
export const ReportFiguresSchema = z.strictObject({
  year: AcademicYearSchema,
  /** ISO timestamp. */
  generatedAt: z.string().min(1),
  region: SummaryFiguresSchema,
  districts: z.array(
    z.strictObject({
      district: DistrictIdSchema,
      name: z.strictObject({ kk: z.string(), ru: z.string(), en: z.string() }),
      revision: z.number().int().min(1),
      submittedAt: z.string().min(1),
      summary: SummaryFiguresSchema,
    }),
  ),
  completeness: z.strictObject({
    expected: count,
    submitted: count,
    accepted: count,
    missing: z.array(DistrictIdSchema),
  }),
  indicatorTargets: IndicatorTargetsSchema.optional(),
});

export const PageRevisionSchema = z.strictObject({
  district: DistrictIdSchema,
  revision: z.number().int().min(1),
});

/** Paging query of the report's lists: `limit` 1..1000 (default 500), `cursor` as the previous page gave it. */
export const ReportPageQuerySchema = z.strictObject({
  year: AcademicYearSchema.optional(),
  district: DistrictIdSchema.optional(),
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  lang: z.string().optional(),
});

const reportPage = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    year: AcademicYearSchema,
    revisions: z.array(PageRevisionSchema),
    items: z.array(item),
    nextCursor: z.string().min(1).nullable(),
  });
/** GET /api/report/organizations: one page of organisations, in district then organisation order. */
export const OrganizationsPageSchema = reportPage(OrganizationSummarySchema);
/** GET /api/report/attestation: one page of the attestation list, in district then attestation order. */
export const AttestationPageSchema = reportPage(AttestationEntrySchema);

/** The one error shape of every failed request. */
export const ErrorEnvelopeSchema = z.strictObject({
  error: z.strictObject({
    code: z.string().min(1),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

/** One stage of the targets table (fractions, band min ≤ max). */
export const StageTargetsSchema = z.strictObject({
  stage: z.literal([1, 2, 3]),
  year: AcademicYearSchema,
  band: BandSchema,
  targets: keyed(STAGE_CATEGORY_KEYS, fraction),
});

/** PUT /api/years/window: the academic years the region accepts submissions for, besides the plan's. */
export const YearWindowSchema = z
  .strictObject({ from: AcademicYearSchema, to: AcademicYearSchema })
  .refine((w) => yearWindowProblem(w) !== "order", { message: "from must not come after to", path: ["to"] })
  .refine((w) => yearWindowProblem(w) !== "span", {
    message: `a window spans at most ${MAX_YEAR_WINDOW_YEARS} academic years`,
    path: ["to"],
  });

/** GET /api/years/window, and its PUT's answer: the region's window, the plan's, and every open year. */
export const YearWindowReplySchema = z.strictObject({
  window: YearWindowSchema,
  plan: YearWindowSchema,
  open: z.array(AcademicYearSchema),
});

/** GET /api/years/:year and the answer of its lock and unlock: whether the year is locked, and since when. */
export const YearLockSchema = z.strictObject({
  year: AcademicYearSchema,
  locked: z.boolean(),
  lockedAt: z.string().nullable(),
});
export type YearLock = z.infer<typeof YearLockSchema>;

/** POST /api/tokens: a district token names its district, a region token names none. */
export const TokenCreateSchema = z
  .strictObject({
    role: z.enum(["district", "region"]),
    district: DistrictIdSchema.optional(),
    label: freeText(100).optional(),
  })
  .refine((t) => (t.role === "district") === (t.district !== undefined), {
    message: "a district token needs a district; a region token takes none",
    path: ["district"],
  });
export type TokenCreate = z.infer<typeof TokenCreateSchema>;

/** A token as the API lists it (GET /api/tokens) and answers a revocation (DELETE /api/tokens/:id). */
export const TokenRecordSchema = z.strictObject({
  id: z.string().min(1),
  role: z.enum(["district", "region"]),
  district: DistrictIdSchema.nullable(),
  label: z.string().nullable(),
  createdAt: z.string().min(1),
  revokedAt: z.string().nullable(),
});
export type TokenRecord = z.infer<typeof TokenRecordSchema>;
/** POST /api/tokens: the new token's record with its secret, shown this once. */
export const IssuedTokenSchema = TokenRecordSchema.extend({ token: z.string().min(1) });
export type IssuedToken = z.infer<typeof IssuedTokenSchema>;
/** GET /api/tokens. */
export const TokenListSchema = z.strictObject({ tokens: z.array(TokenRecordSchema) });

/**
 * One line of the audit trail (GET /api/audit): who (token id) did what, to which district and year, and when.
 * The action stays open text and the district any id: a newer server may name ones this client does not know.
 */
export const AuditEntrySchema = z.strictObject({
  id: z.number().int().min(1),
  at: z.string().min(1),
  tokenId: z.string().nullable(),
  action: z.string().min(1),
  district: z.string().nullable(),
  year: z.string().nullable(),
  detail: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
/** GET /api/audit?limit= (region): the newest entries first. */
export const AuditListSchema = z.strictObject({ entries: z.array(AuditEntrySchema) });
/** The range of GET /api/audit's `limit`. */
export const MAX_AUDIT_LIMIT = 1000;

/** GET /api/submissions: a district's revision history, newest first (no rows, no figures). */
export const SubmissionHistorySchema = z.strictObject({
  submissions: z.array(
    z.strictObject({
      id: z.string().min(1),
      district: DistrictIdSchema,
      year: AcademicYearSchema,
      revision: z.number().int().min(1),
      asOf: IsoDateSchema,
      receivedAt: z.string().min(1),
      rowCount: count,
      source: z.unknown(),
    }),
  ),
});

/** One problem of a roster, as a 422 lists it in `details.problems`. */
export const ProblemSchema = z.strictObject({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string(),
  row: z.number().int(),
  column: z.string().nullable(),
  field: FieldKeySchema.nullable(),
  value: z.string().nullable(),
  message: z.strictObject({ kk: z.string(), ru: z.string(), en: z.string() }),
});

// Compile-time guards: the schemas describe exactly the contract types of types.ts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _summary: Same<z.infer<typeof SummarySchema>, Summary> = true;
const _organization: Same<z.infer<typeof OrganizationSummarySchema>, OrganizationSummary> = true;
const _attestation: Same<z.infer<typeof AttestationEntrySchema>, AttestationEntry> = true;
const _targets: Same<z.infer<typeof StageTargetsSchema>, StageTargets> = true;
const _figures: Same<z.infer<typeof ReportFiguresSchema>, ReportFigures> = true;
const _orgPage: Same<z.infer<typeof OrganizationsPageSchema>, ReportPage<OrganizationSummary>> = true;
const _row: Same<SubmissionRow, Omit<TeacherRow, "iin" | "organizationKey" | "unreadable">> = true;
const _problem: Same<z.infer<typeof ProblemSchema>, Problem> = true;
void [_problem, _summary, _organization, _attestation, _targets, _figures, _orgPage, _row];
