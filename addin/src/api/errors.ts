import type { PaneKey, Translate } from "../i18n.ts";
import type { ApiError } from "./client.ts";

/** What the pane tells the user about a failed request: what happened and what to do next. */
export interface ErrorAdvice {
  /** What to do, in the pane's language. */
  advice: string;
  /** The server's own message (already localized by Accept-Language), when it sent one. */
  serverMessage: string | null;
}

/** Conflicts (409) the pane explains by their envelope code: a locked year, accepted data, a moved review. */
const CONFLICT_ADVICE: Readonly<Record<string, PaneKey>> = {
  "year-locked": "errYearLocked",
  "review-accepted": "errReviewAccepted",
  "review-invalid-transition": "errReviewTransition",
  "review-stale": "errReviewStale",
};

/**
 * Maps an API failure to advice in the user's language; the envelope's message goes beside it. What the
 * client itself diagnosed (a malformed reply, a report that kept changing while read) is the advice.
 */
export function describeApiError(error: ApiError, t: Translate): ErrorAdvice {
  const fromServer = error.fromServer ? error.message : null;
  const clientSaid = error.status > 0 && !error.fromServer && !error.code.startsWith("http-");
  const conflict = error.status === 409 ? CONFLICT_ADVICE[error.code] : undefined;
  const advice = clientSaid
    ? error.message
    : conflict
      ? t(conflict)
      : error.status === 0
        ? t("errNetwork")
        : error.status === 400
          ? t("err400")
          : error.status === 401
            ? t("err401")
            : error.status === 403
              ? t("err403")
              : error.status === 409
                ? t("err409")
                : error.status === 413
                  ? t("err413")
                  : error.status === 422
                    ? t("err422")
                    : error.status === 429
                      ? t("err429")
                      : error.status >= 500
                        ? t("err5xx")
                        : t("errOther", { status: error.status });
  return { advice, serverMessage: fromServer };
}
