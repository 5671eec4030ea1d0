import { randomUUID } from "node:crypto";
import { basename } from "node:path";
import {
  ReceiptSchema,
  findDistrict,
  prepareSubmission,
  type DistrictId,
  type Lang,
  type Receipt,
  type Submission,
} from "@sapa/shared";
import {
  NetworkError,
  httpFailure,
  networkFailure,
  resolveServer,
  resolveToken,
  sendRequest,
  type ApiOptions,
  type ApiResponse,
} from "../api.ts";
import { parseDistrictOption, stringOption, type CommandLine } from "../args.ts";
import { CliError, EXIT_OK, EXIT_REJECTED, usageError } from "../errors.ts";
import type { Io } from "../main.ts";
import { localized, t } from "../messages.ts";
import { countBySeverity, printProblems } from "../problems-output.ts";
import { checkRosterFile, type CheckedRoster, type RosterFileOptions } from "../roster-file.ts";
import { formatSummary } from "../summary-output.ts";
import { cliVersion } from "../version.ts";
import { printRosterHeader, rosterOptions } from "./check.ts";

/** Statuses worth retrying with the same Idempotency-Key: the request may not have been processed. */
const RETRY_STATUSES = new Set([502, 503, 504]);

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before retry n (1-based), in ms. */
  delayMs: (retry: number) => number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, delayMs: (retry) => 500 * 2 ** (retry - 1) };

/**
 * POSTs a submission. Network failures and gateway errors are retried with the same Idempotency-Key, so
 * a request that did land returns its first receipt instead of making a second revision.
 */
export async function postSubmission(
  api: ApiOptions,
  submission: Submission,
  options: {
    retry?: RetryPolicy;
    onRetry?: (reason: string, delayMs: number) => void;
    idempotencyKey?: string;
  } = {},
): Promise<Receipt> {
  const retry = options.retry ?? DEFAULT_RETRY;
  const key = options.idempotencyKey ?? randomUUID();
  let response: ApiResponse | undefined;
  for (let attempt = 1; ; attempt++) {
    let reason: string;
    try {
      response = await sendRequest(api, {
        method: "POST",
        path: "/api/submissions",
        body: submission,
        headers: { "Idempotency-Key": key },
      });
      if (!RETRY_STATUSES.has(response.status)) break;
      reason = `HTTP ${response.status}`;
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      if (attempt >= retry.attempts) throw networkFailure(api.server, error);
      reason = error.code;
    }
    if (attempt >= retry.attempts) break;
    const delay = retry.delayMs(attempt);
    options.onRetry?.(reason, delay);
    await new Promise((r) => setTimeout(r, delay));
  }
  if (response === undefined) throw usageError("bad-response", { status: 0 });
  if (response.status !== 200 && response.status !== 201) throw httpFailure(response);
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    throw usageError("bad-response", { status: response.status });
  }
  const receipt = ReceiptSchema.safeParse(body);
  if (!receipt.success) throw usageError("bad-response", { status: response.status });
  return receipt.data;
}

/**
 * The request body for a checked roster through the shared pipeline (refuse on errors, rows without the
 * ИИН, the wire schema); throws the CliError that says why nothing is sent, with the problems to print.
 */
export async function buildSubmission(
  roster: CheckedRoster,
  district: DistrictId,
  options: RosterFileOptions,
): Promise<Submission> {
  const prepared = await prepareSubmission(roster, {
    district,
    year: options.year,
    asOf: options.asOf,
    source: { app: "cli", file: basename(roster.file), sheet: roster.sheet, version: cliVersion() },
  });
  switch (prepared.kind) {
    case "ready":
      return prepared.submission;
    case "refused":
    case "no-roster": {
      const count = countBySeverity(roster.problems).error;
      throw new CliError(EXIT_REJECTED, localized("submit-refused", { count }), roster.problems);
    }
    case "invalid": {
      const detail = prepared.issues
        .map(
          (i) => `${i.row !== null ? `${i.row}: ` : ""}${i.field !== null ? `${i.field}: ` : ""}${i.message}`,
        )
        .join("\n");
      throw new CliError(EXIT_REJECTED, {
        kk: `Тізімді жіберуге дайындау мүмкін болмады:\n${detail}`,
        ru: `Список нельзя подготовить к отправке:\n${detail}`,
        en: `The roster cannot be prepared for submission:\n${detail}`,
      });
    }
  }
}

/** The receipt as people read it. */
export function formatReceipt(receipt: Receipt, lang: Lang): string {
  const district = findDistrict(receipt.district);
  return [
    t("receipt-title", lang),
    `  ${t("district", lang)}: ${district ? district.name[lang] : receipt.district}`,
    `  ${t("academic-year", lang)}: ${receipt.year}`,
    `  ${t("revision", lang)}: ${receipt.revision}`,
    `  ${t("received-at", lang)}: ${receipt.receivedAt}`,
    `  ${t("receipt-id", lang)}: ${receipt.id}`,
    "",
    t("server-figures", lang),
    formatSummary(receipt.summary, lang),
  ].join("\n");
}

/** Checks a roster file locally and submits it; resolves with the receipt or throws a CliError. */
export async function submitRosterFile(
  file: string,
  options: RosterFileOptions & { district: DistrictId },
  api: ApiOptions,
  onRetry?: (reason: string, delayMs: number) => void,
): Promise<{ roster: CheckedRoster; receipt: Receipt }> {
  const roster = await checkRosterFile(file, options);
  const submission = await buildSubmission(roster, options.district, options);
  const receipt = await postSubmission(api, submission, onRetry ? { onRetry } : {});
  return { roster, receipt };
}

/** `sapa submit FILE.xlsx --district ID`: validate locally, refuse on errors, else submit and print the receipt. */
export async function submitCommand(line: CommandLine, io: Io): Promise<number> {
  const { file, options } = rosterOptions(line, io);
  const district = parseDistrictOption(stringOption(line.options, "district"));
  const api: ApiOptions = {
    server: resolveServer(stringOption(line.options, "server"), io.env),
    token: resolveToken(stringOption(line.options, "token"), io.env),
    lang: line.lang,
    env: io.env,
  };
  const lang = line.lang;
  const roster = await checkRosterFile(file, { ...options, district });
  const counts = countBySeverity(roster.problems);
  let submission: Submission;
  try {
    submission = await buildSubmission(roster, district, options);
  } catch (error) {
    if (!(error instanceof CliError) || !error.problems) throw error;
    if (line.options.json === true) {
      io.out(JSON.stringify({ submitted: false, problems: error.problems }, null, 2));
    } else {
      printRosterHeader(line.positionals[0]!, roster, line, io);
      printProblems(error.problems, lang, io.out);
    }
    io.err(error.messageIn(lang));
    return EXIT_REJECTED;
  }
  const receipt = await postSubmission(api, submission, {
    onRetry: (reason, delayMs) =>
      io.err(t("retrying", lang, { reason, seconds: (delayMs / 1000).toFixed(1) })),
  });
  if (line.options.json === true) io.out(JSON.stringify(receipt, null, 2));
  else {
    if (counts.warning > 0) {
      io.out(
        t("problem-counts", lang, { errors: counts.error, warnings: counts.warning, infos: counts.info }) +
          "\n",
      );
    }
    io.out(formatReceipt(receipt, lang));
  }
  return EXIT_OK;
}
