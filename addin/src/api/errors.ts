import type { ApiErrorCode } from "@sapa/shared";
import type { PaneKey, Translate } from "../translate.ts";
import type { ApiError } from "./client.ts";

/** What the pane tells the user about a failed request: what happened and what to do next. */
export interface ErrorAdvice {
  /** What to do, in the pane's language. */
  advice: string;
  /** The server's own message (already localized by Accept-Language), when it sent one. */
  serverMessage: string | null;
}

/**
 * Failures the pane explains by their envelope code, where its status alone would say something else: a
 * locked year, accepted data, a moved review, a role's access key, a year not taken, an empty roster, a
 * report date outside its year, a body cut off on the way.
 */
const CODE_ADVICE: Readonly<Partial<Record<ApiErrorCode, PaneKey>>> = {
  "year-locked": "errYearLocked",
  "review-accepted": "errReviewAccepted",
  "review-invalid-transition": "errReviewTransition",
  "review-stale": "errReviewStale",
  "forbidden-district": "err403",
  "forbidden-role": "errForbiddenRole",
  "year-not-open": "errYearNotOpen",
  "roster-empty": "errRosterEmpty",
  "report-date-outside-year": "errReportDateOutsideYear",
  "body-incomplete": "errBodyIncomplete",
};

/**
 * Every other failure by its status (0: no answer arrived); a 5xx is the server's fault whatever its number.
 * A status's advice must hold for every code the server sends with it (a 409 is not always a locked year).
 */
const STATUS_ADVICE: Readonly<Partial<Record<number, PaneKey>>> = {
  0: "errNetwork",
  400: "err400",
  401: "err401",
  403: "err403",
  409: "err409",
  413: "err413",
  422: "err422",
  429: "err429",
};

/**
 * The regional centre's own words where the district's would send it to itself: its access key comes from
 * another region key or from whoever runs the server, a server that stays down is theirs to hear of, a body
 * over the server's limit (MAX_BODY_BYTES) is theirs to raise, and a locked year is unlocked on the Region tab.
 */
const REGION_ADVICE: Readonly<Partial<Record<PaneKey, PaneKey>>> = {
  err401: "err401Region",
  err413: "err413Region",
  err5xx: "err5xxRegion",
  errYearLocked: "errYearLockedRegion",
};

/**
 * Maps an API failure to advice in the user's language; the envelope's message goes beside it. What the
 * client itself diagnosed (a malformed reply, a report that kept changing while read) is the advice.
 * `region`: the user is the regional centre (not told to ask the regional centre).
 */
export function describeApiError(error: ApiError, t: Translate, region = false): ErrorAdvice {
  const serverMessage = error.fromServer ? error.message : null;
  const clientSaid = error.status > 0 && !error.fromServer && !error.code.startsWith("http-");
  if (clientSaid) return { advice: error.message, serverMessage };
  const key =
    CODE_ADVICE[error.code] ?? STATUS_ADVICE[error.status] ?? (error.status >= 500 ? "err5xx" : undefined);
  if (key === undefined) return { advice: t("errOther", { status: error.status }), serverMessage };
  return { advice: t((region ? REGION_ADVICE[key] : undefined) ?? key), serverMessage };
}
