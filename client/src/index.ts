export { ApiError, isRetryableStatus, type ApiErrorInit } from "./api-error.ts";
export { errorFromResponse } from "./error-response.ts";
export { readAllPages, sameRevisions, type OnProgress, type ReadAllOptions } from "./paging.ts";
export { figuresRevisions, pullReport, type PulledReport, type ReportSource } from "./report-pull.ts";
export {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  OUTBOX_RETRY,
  backoffMs,
  newIdempotencyKey,
  withRetry,
  type OnRetry,
  type RetryPolicy,
} from "./retry.ts";
export {
  createSapaClient,
  type ListOptions,
  type ReportListQuery,
  type SapaClient,
  type SapaClientOptions,
  type SubmitOptions,
} from "./sapa-client.ts";
export { reasonOf, timedFetch, type FetchLike } from "./transport.ts";
export { openReportNames, type OpenedReportNames, type StoredRowsSource } from "./open-report-names.ts";
