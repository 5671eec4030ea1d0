import {
  createSapaClient,
  openReportNames,
  type FetchLike,
  type ListOptions,
  type PulledReport,
  type RetryPolicy,
} from "@sapa/client";
import type {
  AcademicYear,
  DistrictId,
  EncryptedSubmission,
  Lang,
  Receipt,
  ReportFigures,
  ReviewAction,
  RegionPublicKey,
  ReviewRequest,
  UnlockedRegionKey,
  YearWindow,
} from "@sapa/shared";

/** What POST /api/submissions sends (names and ИИН keys sealed to the region's key) and what it answers. */
export type SubmissionBody = EncryptedSubmission;

export interface ApiClientOptions {
  serverUrl: string;
  token: string;
  lang: Lang;
  /** Injected for tests; the global fetch by default. */
  fetch?: FetchLike;
  /** Give up on a request after this many milliseconds (a stuck connection counts as a network failure). */
  timeoutMs?: number;
}

/** The pane sends each attempt once: its outbox keeps the entry and schedules the retries (OUTBOX_RETRY). */
const ONE_ATTEMPT: RetryPolicy = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

/**
 * The shared client as the pane calls it; every failure is an ApiError. Loaded with the first request
 * (api/client.ts): the client, its reply schemas and zod are not part of the pane's start-up.
 */
export function createPaneCalls(options: ApiClientOptions) {
  const client = createSapaClient({
    server: options.serverUrl,
    token: options.token,
    lang: options.lang,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return {
    /** GET /api/health. */
    health: () => client.health(),
    /** GET /api/keys/current: the region's key the rows are sealed to (ApiError "region-key-missing" when none). */
    currentKey: () => client.currentKey(),
    /** POST /api/keys (region): publishes the region's new public key; it becomes the current one. */
    publishKey: (key: RegionPublicKey) => client.publishKey(key),
    /**
     * The pulled report's attestation list with the names opened by the region's unlocked key (each
     * district's stored rows read and opened in the pane; the server never sees the key).
     */
    openNames: (pulled: Parameters<typeof openReportNames>[1], key: UnlockedRegionKey) =>
      openReportNames(client, pulled, key),
    /** POST /api/submissions with the outbox entry's Idempotency-Key, one attempt. */
    submit: (body: SubmissionBody, idempotencyKey: string): Promise<Receipt> =>
      client.submit(body, { idempotencyKey, retry: ONE_ATTEMPT }),
    /** The district's revision history (the settings' connection test: is this token this district's?). */
    submissions: (district: DistrictId, year: AcademicYear) => client.submissions(district, year),
    /**
     * The consolidated report of a year: its figures and its lists read page by page (`onProgress` hears of
     * each page), every part from the same revisions.
     */
    report: (year: AcademicYear, options: Pick<ListOptions, "onProgress"> = {}): Promise<PulledReport> =>
      client.pullReport(year, options),
    /** GET /api/trend: the plan's years side by side (region token). */
    trend: () => client.trend(),
    /** GET /api/groups: the region's groups of organisations with their members. */
    groups: () => client.groups(),
    /** GET /api/groups/:name/report: one group's figures for a year (region token). */
    groupReport: (name: string, year: AcademicYear) => client.groupReport(name, year),
    /** The report's figures only (the region view), without its lists. */
    reportFigures: (year: AcademicYear): Promise<ReportFigures> => client.report(year),
    /** One district's organisations, all pages (`onProgress` hears of each page). */
    organizations: (year: AcademicYear, district: DistrictId, options: ListOptions = {}) =>
      client.allOrganizations({ year, district }, options),
    /** The review statuses: the region's 13 units, or the caller's own district. */
    reviewList: (year: AcademicYear) => client.reviewList(year),
    /** GET /api/candidates: needed, candidates and shortfall (district: its own; region: every district). */
    candidates: (year: AcademicYear) => client.candidates({ year }),
    /** GET /api/settings: the region's settings (the minimum of years since the last award). */
    settings: () => client.settings(),
    /** Accept, return or reopen a district-year (region). */
    review: (district: DistrictId, action: ReviewAction, body: ReviewRequest) =>
      client.review(district, action, body),
    /** GET /api/years/:year: whether the year is locked, and since when. */
    yearLock: (year: AcademicYear) => client.yearLock(year),
    /** POST /api/years/:year/lock (region): no submission or review change for the year until unlocked. */
    lockYear: (year: AcademicYear) => client.lockYear(year),
    /** POST /api/years/:year/unlock (region). */
    unlockYear: (year: AcademicYear) => client.unlockYear(year),
    /** GET /api/years/window: the plan's years and the region's window, and every year open to submissions. */
    yearWindow: () => client.yearWindow(),
    /** PUT /api/years/window (region): the years the region opens besides the plan's; answers as the GET. */
    putYearWindow: (window: YearWindow) => client.putYearWindow(window),
  };
}

/** Sapa's HTTP API as the pane uses it. */
export type PaneCalls = ReturnType<typeof createPaneCalls>;
