import {
  AttestationPageSchema,
  AuditListSchema,
  CandidateCountsSchema,
  DistrictReviewSchema,
  GroupDeletedSchema,
  GroupListSchema,
  GroupReportSchema,
  GroupSavedSchema,
  IssuedTokenSchema,
  OrganizationsPageSchema,
  ReceiptSchema,
  RegionKeyRecordSchema,
  StoredRowsSchema,
  ReportFiguresSchema,
  ReviewListSchema,
  SettingsSchema,
  SubmissionHistorySchema,
  TokenListSchema,
  TokenRecordSchema,
  TrendSchema,
  YearLockSchema,
  YearWindowReplySchema,
  toWire,
  type AcademicYear,
  type AttestationEntry,
  type DistrictId,
  type EncryptedSubmission,
  type GroupMember,
  type Lang,
  type OrganizationSummary,
  type Receipt,
  type ReportFigures,
  type RegionPublicKey,
  type ReportPage,
  type ReviewAction,
  type ReviewRequest,
  type SettingsPutRequest,
  type TokenCreate,
} from "@sapa/shared";
import { hc } from "hono/client";
import { z } from "zod";
// A type only: no worker code reaches the pane or the CLI.
import type { AppType } from "../../worker/src/index.ts";
import type {} from "./worker-globals.d.ts";
import { ApiError } from "./api-error.ts";
import { errorFromResponse } from "./error-response.ts";
import { gzipJson } from "./gzip.ts";
import { clientMessage } from "./messages.ts";
import { readAllPages, type OnProgress } from "./paging.ts";
import { pullReport } from "./report-pull.ts";
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  newIdempotencyKey,
  withRetry,
  type OnRetry,
  type RetryPolicy,
} from "./retry.ts";
import { timedFetch, type FetchLike } from "./transport.ts";

export interface SapaClientOptions {
  /** The server's origin (and path prefix, if any), e.g. https://localhost:3000. */
  server: string;
  /** Bearer token; none for public endpoints. */
  token?: string | undefined;
  /** Language of the server's messages (Accept-Language) and of the client's own. */
  lang: Lang;
  /** The transport; the global fetch by default. */
  fetch?: FetchLike;
  /** Deadline of one answer (default 30 s), plus the body's upload time on a slow line. */
  timeoutMs?: number;
  /** Retry policy of idempotent writes (default: 4 attempts from 0.5 s). */
  retry?: RetryPolicy;
}

/** What a list query of the report pages may name. */
export interface ReportListQuery {
  year?: AcademicYear;
  district?: DistrictId;
  /** Items per page, 1..1000 (the server's default is 500). */
  limit?: number;
}

export interface SubmitOptions {
  /** The same key on every attempt (and every later retry from an outbox); a fresh one by default. */
  idempotencyKey?: string;
  /** Overrides the client's retry policy (the outbox sends once and schedules retries itself). */
  retry?: RetryPolicy;
  onRetry?: OnRetry;
}

export interface ListOptions {
  onProgress?: OnProgress;
  /** Expected number of items, for the progress callback. */
  total?: number;
  maxRestarts?: number;
}

const HealthSchema = z.object({ ok: z.literal(true) });

/** Sapa's HTTP API, typed by the worker's AppType, every reply checked with the shared schemas. */
export type SapaClient = ReturnType<typeof createSapaClient>;

/** A client for one server, token and language. Every failure is an ApiError. */
export function createSapaClient(options: SapaClientOptions) {
  const lang = options.lang;
  const base = options.server.replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchFn = timedFetch(options.fetch ?? ((input, init) => globalThis.fetch(input, init)), {
    timeoutMs,
    lang,
  });
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": lang };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const api = hc<AppType>(base, { fetch: fetchFn, headers }).api;

  /** The reply of a 2xx answer parsed with `schema`; otherwise the ApiError it calls for. */
  async function reply<S extends z.ZodType>(request: Promise<Response>, schema: S): Promise<z.output<S>> {
    const response = await request;
    if (!response.ok) throw await errorFromResponse(response, lang);
    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      throw badReply(response.status, clientMessage("reply-not-json", lang), error);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path ?? [];
      const reason =
        path.length > 0
          ? clientMessage("reply-field", lang, { field: path.join(".").slice(0, 100) })
          : clientMessage("reply-shape", lang);
      throw badReply(response.status, reason, parsed.error);
    }
    return parsed.data;
  }

  function badReply(status: number, reason: string, cause: unknown): ApiError {
    return new ApiError({
      status,
      code: "bad-reply",
      message: clientMessage("bad-reply", lang, { status, reason }),
      cause,
    });
  }

  /** The body of a 2xx answer as text (CSV). */
  async function text(request: Promise<Response>): Promise<string> {
    const response = await request;
    if (!response.ok) throw await errorFromResponse(response, lang);
    // The CSV's byte order mark stays: it is what tells Excel the file is UTF-8.
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  }

  /** The query of a report list page as the worker's validator takes it (strings only). */
  function pageQuery(query: ReportListQuery, cursor: string | undefined) {
    return {
      ...(query.year ? { year: query.year } : {}),
      ...(query.district ? { district: query.district } : {}),
      ...(query.limit !== undefined ? { limit: String(query.limit) } : {}),
      ...(cursor !== undefined ? { cursor } : {}),
    };
  }

  // hc puts a path parameter in as it is: a group name may hold "?", "#" or "%".
  const groupParam = (name: string) => ({ name: encodeURIComponent(name) });

  const client = {
    /** GET /api/health: resolves when the server answers. */
    health: () => reply(api.health.$get(), HealthSchema),

    /**
     * POST /api/submissions with an Idempotency-Key, retried by the policy with that same key, so a
     * request that did land answers with its first receipt instead of making a second revision.
     */
    async submit(body: EncryptedSubmission, submitOptions: SubmitOptions = {}): Promise<Receipt> {
      const key = submitOptions.idempotencyKey ?? newIdempotencyKey();
      // Rows travel as arrays of values (shared/src/submission/wire.ts), compressed once: every attempt sends
      // the same bytes (the server hashes what they inflate to).
      const wire = toWire(body);
      const gzip = await gzipJson(wire);
      const sent = gzip === null ? {} : { headers: { "Content-Encoding": "gzip" }, init: { body: gzip } };
      return withRetry(
        () =>
          reply(
            api.submissions.$post(
              { json: wire },
              { ...sent, headers: { "Idempotency-Key": key, ...sent.headers } },
            ),
            ReceiptSchema,
          ),
        submitOptions.retry ?? options.retry ?? DEFAULT_RETRY,
        submitOptions.onRetry,
      );
    },

    /**
     * GET /api/keys/current: the region's current public key, what a district seals its rows to. An
     * ApiError with code "region-key-missing" (404) when the region has not published one yet.
     */
    currentKey: () => reply(api.keys.current.$get(), RegionKeyRecordSchema),

    /**
     * POST /api/keys (region token): publishes the region's new public key, which becomes the current one
     * (201; 200 when it is already published). Only the id and the public point travel.
     */
    publishKey: (key: RegionPublicKey) =>
      reply(
        api.keys.$post({ json: { keyId: key.keyId, publicKey: key.publicKey, algorithm: "ECDH-P256" } }),
        RegionKeyRecordSchema,
      ),

    /** GET /api/submissions: the revision history of a district (its own, for a district token). */
    submissions: (district: DistrictId, year: AcademicYear) =>
      reply(api.submissions.$get({ query: { district, year } }), SubmissionHistorySchema),

    /** GET /api/submissions/:id?rows=1: one revision's stored rows and the header that opens them. */
    storedRows: (id: string) =>
      reply(api.submissions[":id"].$get({ param: { id }, query: { rows: "1" } }), StoredRowsSchema),

    /** GET /api/report: the consolidated report of a year, aggregates only. */
    report: (year: AcademicYear): Promise<ReportFigures> =>
      reply(api.report.$get({ query: { year } }), ReportFiguresSchema),

    /** GET /api/report.csv: the per-district table as CSV text, in the client's language. */
    reportCsv: (year: AcademicYear) => text(api["report.csv"].$get({ query: { year, lang } })),

    /** GET /api/report/groups.csv (region): every group of organisations with its figures for the year. */
    groupsCsv: (year: AcademicYear) => text(api.report["groups.csv"].$get({ query: { year, lang } })),

    /** GET /api/report/organizations: one page. */
    organizationsPage: (query: ReportListQuery, cursor?: string): Promise<ReportPage<OrganizationSummary>> =>
      reply(api.report.organizations.$get({ query: pageQuery(query, cursor) }), OrganizationsPageSchema),

    /** GET /api/report/attestation: one page. */
    attestationPage: (query: ReportListQuery, cursor?: string): Promise<ReportPage<AttestationEntry>> =>
      reply(api.report.attestation.$get({ query: pageQuery(query, cursor) }), AttestationPageSchema),

    /** Every organisation of the report, all pages, restarted if a district resubmits meanwhile. */
    allOrganizations: (query: ReportListQuery = {}, listOptions: ListOptions = {}) =>
      readAllPages((cursor) => client.organizationsPage(query, cursor), { ...listOptions, lang }),

    /** The whole attestation list of the report, all pages, restarted if a district resubmits meanwhile. */
    allAttestation: (query: ReportListQuery = {}, listOptions: ListOptions = {}) =>
      readAllPages((cursor) => client.attestationPage(query, cursor), { ...listOptions, lang }),

    /**
     * The report with both its lists read from the pages, every part from the same revisions (read again,
     * boundedly, when a district resubmits meanwhile); progress counts the list entries read.
     */
    pullReport: (year: AcademicYear, listOptions: Omit<ListOptions, "total"> = {}) =>
      pullReport(client, year, { ...listOptions, lang }),

    /** GET /api/groups (region): every group of organisations with its members. */
    groups: () => reply(api.groups.$get({ query: {} }), GroupListSchema),

    /**
     * PUT /api/groups/:name (region): creates or replaces a group; the reply lists the members that match no
     * organisation in the year's newest data (the year of today by default).
     */
    putGroup: (name: string, members: GroupMember[], year?: AcademicYear) =>
      reply(
        api.groups[":name"].$put({
          param: groupParam(name),
          query: year === undefined ? {} : { year },
          json: { members },
        }),
        GroupSavedSchema,
      ),

    /** DELETE /api/groups/:name (region). */
    deleteGroup: (name: string) =>
      reply(api.groups[":name"].$delete({ param: groupParam(name) }), GroupDeletedSchema),

    /** GET /api/groups/:name/report (region): the group's figures for a year. */
    groupReport: (name: string, year?: AcademicYear) =>
      reply(
        api.groups[":name"].report.$get({
          param: groupParam(name),
          query: year === undefined ? {} : { year },
        }),
        GroupReportSchema,
      ),

    /** GET /api/candidates (district: its own; region: all or one district): needed, candidates, shortfall. */
    candidates: (query: { year?: AcademicYear; district?: DistrictId } = {}) =>
      reply(api.candidates.$get({ query }), CandidateCountsSchema),

    /** GET /api/settings: the region's settings (the minimum of years since the last award). */
    settings: () => reply(api.settings.$get({ query: {} }), SettingsSchema),

    /** PUT /api/settings (region): changes the given settings; answers every setting. */
    putSettings: (changes: SettingsPutRequest) =>
      reply(api.settings.$put({ query: {}, json: changes }), SettingsSchema),

    /** GET /api/years/window: the years open to submissions (the plan's and the region's window). */
    yearWindow: () => reply(api.years.window.$get(), YearWindowReplySchema),

    /** PUT /api/years/window (region): opens the academic years from `from` to `to` besides the plan's. */
    putYearWindow: (window: { from: AcademicYear; to: AcademicYear }) =>
      reply(api.years.window.$put({ json: window }), YearWindowReplySchema),

    /** GET /api/years/:year: whether the year is locked, and since when. */
    yearLock: (year: AcademicYear) => reply(api.years[":year"].$get({ param: { year } }), YearLockSchema),

    /** POST /api/years/:year/lock (region): submissions and review changes for the year refused (409). */
    lockYear: (year: AcademicYear) =>
      reply(api.years[":year"].lock.$post({ param: { year } }), YearLockSchema),

    /** POST /api/years/:year/unlock (region). */
    unlockYear: (year: AcademicYear) =>
      reply(api.years[":year"].unlock.$post({ param: { year } }), YearLockSchema),

    /** POST /api/tokens: a new token, its secret shown this once. */
    createToken: (body: TokenCreate) => reply(api.tokens.$post({ json: body }), IssuedTokenSchema),

    /** GET /api/tokens. */
    listTokens: () => reply(api.tokens.$get(), TokenListSchema),

    /** DELETE /api/tokens/:id: the revoked token's record. */
    revokeToken: (id: string) => reply(api.tokens[":id"].$delete({ param: { id } }), TokenRecordSchema),

    /** GET /api/audit?limit= (region): the audit trail's newest entries first (the server's 200 without a limit). */
    audit: (limit?: number) =>
      reply(api.audit.$get({ query: limit === undefined ? {} : { limit: String(limit) } }), AuditListSchema),

    /** GET /api/review: the region's 13 district-years, or the caller's own for a district token. */
    reviewList: (year?: AcademicYear) =>
      reply(api.review.$get({ query: year === undefined ? {} : { year } }), ReviewListSchema),

    /**
     * POST /api/review/:district/accept|return|reopen (region): the district-year after the action. Not
     * retried: a repeat of an action that landed is a 409, not a second change.
     */
    review(district: DistrictId, action: ReviewAction, body: ReviewRequest) {
      const route = api.review[":district"];
      const param = { district };
      const request =
        action === "accept"
          ? route.accept.$post({ param, json: body })
          : action === "reopen"
            ? route.reopen.$post({ param, json: body })
            : route.return.$post({ param, json: { ...body, comment: body.comment ?? "" } });
      return reply(request, DistrictReviewSchema);
    },

    /** GET /api/trend: the plan's years side by side, null where no data. */
    trend: () => reply(api.trend.$get({ query: {} }), TrendSchema),

    /** GET /api/trend.csv: the trend table as CSV text, in the client's language. */
    trendCsv: () => text(api["trend.csv"].$get({ query: { lang } })),
  };
  return client;
}
