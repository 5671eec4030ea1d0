import { basename } from "node:path";
import {
  RegionKeyChanged,
  chooseRegionKey,
  findDistrict,
  fingerprintOf,
  formatRegionTime,
  label,
  prepareSealedSubmission,
  rememberAcceptedKey,
  type KeyChoice,
  type DistrictId,
  type EncryptedSubmission,
  type Lang,
  type Localized,
  type Receipt,
  type RegionPublicKey,
} from "@sapa/shared";
import { ApiError, newIdempotencyKey, type RetryPolicy } from "@sapa/client";
import {
  TLS_CODES,
  apiOptions,
  cliClient,
  failureCode,
  orCliError,
  toCliError,
  type ApiOptions,
} from "../api.ts";
import { parseDistrictOption, stringOption, type CommandLine } from "../command-line.ts";
import { CliError, EXIT_OK, EXIT_REJECTED, EXIT_USAGE } from "../errors.ts";
import type { Io } from "../io.ts";
import { keyChangedError, trustedKeyFile } from "../known-keys.ts";
import { countIn, localized, t } from "../messages.ts";
import { countBySeverity, printProblems, problemCounts } from "../problems-output.ts";
import { checkRosterFile, type CheckedRoster, type RosterFileOptions } from "../roster-file.ts";
import { readFileBytes } from "../xlsx-read.ts";
import { pendingSubmissionFile, rosterIdentity } from "../pending-submission.ts";
import { formatSummary } from "../summary-output.ts";
import { cliVersion } from "../version.ts";
import { mapHint, printRosterHeader, rosterOptions } from "./check.ts";
import { printJson } from "../json-output.ts";

/**
 * POSTs a submission through the shared client: network failures, 429 and 5xx are retried with the same
 * Idempotency-Key, so a request that did land returns its first receipt instead of making a second revision.
 */
export async function postSubmission(
  api: ApiOptions,
  submission: EncryptedSubmission,
  options: {
    retry?: RetryPolicy;
    /** Why the last attempt failed (Node's code, `HTTP 503`, or no answer within N s) and the wait before the next. */
    onRetry?: (reason: string | Localized, delayMs: number) => void;
    idempotencyKey?: string;
    /**
     * Called when the last attempt got no answer that says whether the submission arrived (no answer at all,
     * a timeout, a server or gateway failure); what it returns is said after the failure's own message.
     */
    onArrivalUnknown?: () => Promise<Localized>;
    /** Called when the server refused the body itself (400, 409, 413, 422…), before the error is thrown. */
    onBodyRefused?: () => Promise<void>;
    /** Called when no attempt made a connection: nothing reached the server. */
    onNotSent?: () => Promise<void>;
  } = {},
): Promise<Receipt> {
  const { onRetry, onArrivalUnknown, onBodyRefused, onNotSent, ...submitOptions } = options;
  // Whether some attempt may have reached the server: only a connection never made is sure not to have.
  let mayHaveArrived = false;
  try {
    return await cliClient(api).submit(submission, {
      ...submitOptions,
      onRetry: (error: ApiError, delayMs: number) => {
        mayHaveArrived ||= !neverConnected(error);
        onRetry?.(retryReason(error), delayMs);
      },
    });
  } catch (error) {
    const failure = toCliError(error, api.server);
    if (!(error instanceof ApiError) || !(failure instanceof CliError)) throw failure;
    if (onBodyRefused && refusesTheBody(error)) await onBodyRefused();
    if (!onArrivalUnknown || !arrivalUnknown(error)) throw failure;
    const notSent = !mayHaveArrived && neverConnected(error);
    if (notSent) await onNotSent?.();
    const said = notSent ? localized("submit-not-sent") : await onArrivalUnknown();
    throw new CliError(failure.exitCode, {
      kk: `${failure.text.kk}\n${said.kk}`,
      ru: `${failure.text.ru}\n${said.ru}`,
      en: `${failure.text.en}\n${said.en}`,
    });
  }
}

/** Why an attempt failed, for the retry line: no answer within the bound, Node's code, or the HTTP status. */
function retryReason(error: ApiError): string | Localized {
  const seconds = (error.details as { seconds?: unknown } | undefined)?.seconds;
  if (error.code === "timeout" && typeof seconds === "number")
    return localized("no-answer-within", { seconds });
  return error.status === 0 ? failureCode(error) : `HTTP ${error.status}`;
}

/** No answer, a timeout or a server (gateway) failure: the request may have been recorded, or not. */
function arrivalUnknown(error: ApiError): boolean {
  return error.status === 0 || error.status === 408 || error.status >= 500;
}

/** Node's codes of a connection that was never made (nothing was sent on it). */
const NOT_CONNECTED = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  // https refused before a byte of the request (a plain-http server, an untrusted certificate).
  "EPROTO",
  ...TLS_CODES,
]);

/** The request failed before a connection to the server existed: it cannot have arrived. */
function neverConnected(error: ApiError): boolean {
  return error.status === 0 && error.code === "network" && NOT_CONNECTED.has(failureCode(error));
}

/** A refusal of the body itself, not of the token or the pace: that very body would be refused again. */
function refusesTheBody(error: ApiError): boolean {
  return error.status >= 400 && error.status < 500 && ![401, 403, 408, 429].includes(error.status);
}

/**
 * The region's current key, what the rows are sealed to. The server's refusal when the region has not
 * published one ("ask the regional centre to publish its key") becomes the CliError it prints.
 */
export async function regionKeyFor(api: ApiOptions): Promise<RegionPublicKey> {
  // The refusal keeps the server's code (CliError.code): the shared trust policy believes a server that says
  // no key is published, and the key trusted before is not sealed to "offline" then.
  return orCliError(api.server, cliClient(api).currentKey());
}

/**
 * The request body for a checked roster through the shared pipeline (refuse on errors, rows without the
 * ИИН, every name and ИИН key sealed to `recipient`, asked for only once the roster is ready, the wire
 * schema); throws the CliError that says why nothing is sent, with the problems to print.
 */
export async function buildSubmission(
  roster: CheckedRoster,
  district: DistrictId,
  options: RosterFileOptions,
  recipient: RegionPublicKey | (() => Promise<RegionPublicKey>),
): Promise<EncryptedSubmission> {
  const meta = {
    district,
    year: options.year,
    asOf: options.asOf,
    source: { app: "cli" as const, file: basename(roster.file), sheet: roster.sheet, version: cliVersion() },
  };
  const prepared = await prepareSealedSubmission(roster, meta, recipient);
  switch (prepared.kind) {
    case "ready":
      return prepared.submission;
    case "refused":
    case "no-roster": {
      const count = countBySeverity(roster.problems).error;
      throw new CliError(
        EXIT_REJECTED,
        localized("submit-refused", { count: countIn(count) }),
        roster.problems,
      );
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
    `  ${label("district", lang)}: ${district ? district.name[lang] : receipt.district}`,
    `  ${label("year", lang)}: ${receipt.year}`,
    `  ${label("revision", lang)}: ${receipt.revision}`,
    `  ${label("submittedAt", lang)}: ${formatRegionTime(receipt.receivedAt)}`,
    `  ${label("receiptId", lang)}: ${receipt.id}`,
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
  onRetry?: (reason: string | Localized, delayMs: number) => void,
): Promise<{ roster: CheckedRoster; receipt: Receipt }> {
  const roster = await checkRosterFile(file, options);
  const submission = await buildSubmission(roster, options.district, options, () => regionKeyFor(api));
  const receipt = await postSubmission(api, submission, onRetry ? { onRetry } : {});
  return { roster, receipt };
}

/**
 * `sapa submit FILE.xlsx --district ID`: validate locally, refuse on errors, else submit and print the
 * receipt. The rows are sealed only to the key this district last sealed to on this server (first time:
 * its fingerprint is printed to compare with the centre's; changed: refused unless --accept-new-key).
 */
export async function submitCommand(line: CommandLine, io: Io): Promise<number> {
  const { file, options } = rosterOptions(line, io);
  const district = parseDistrictOption(stringOption(line.options, "district"));
  const api: ApiOptions = apiOptions(line, io);
  const lang = line.lang;
  const roster = await checkRosterFile(file, { ...options, district });
  const counts = countBySeverity(roster.problems);
  const notice = line.options.json === true ? io.err : io.out;
  // Never seal to a key other than the one this district trusts here (shared policy), unless told to.
  const trusted = trustedKeyFile(io.env, api.server, district);
  let sealedTo: RegionPublicKey | undefined;
  const trustedKey = async () => {
    let choice: KeyChoice;
    try {
      choice = await chooseRegionKey(
        trusted,
        () => regionKeyFor(api),
        line.options["accept-new-key"] === true ? "current" : null,
      );
    } catch (error) {
      if (error instanceof RegionKeyChanged) throw await keyChangedError(error);
      // The region's key could not be read (no answer, a server failure): nothing has left yet.
      if (error instanceof CliError && error.exitCode === EXIT_USAGE) {
        const notSent = localized("submit-not-sent");
        throw new CliError(EXIT_USAGE, {
          kk: `${error.text.kk}\n${notSent.kk}`,
          ru: `${error.text.ru}\n${notSent.ru}`,
          en: `${error.text.en}\n${notSent.en}`,
        });
      }
      throw error;
    }
    if (choice.kind === "first")
      notice(t("key-first-seen", lang, { ...(await fingerprintOf(choice.key.publicKey)) }));
    if (choice.kind === "accepted")
      notice(
        t("key-accepted", lang, {
          ...(await fingerprintOf(choice.key.publicKey)),
          oldId: choice.previous.keyId,
        }),
      );
    sealedTo = choice.key;
    return choice.key;
  };
  // A submission of this very roster sent earlier without an answer is sent again as it was, with its
  // Idempotency-Key: the server records it once whether or not the first attempt arrived.
  const pending = pendingSubmissionFile(io.env, api.server, district, options.year);
  const identity = rosterIdentity(await readFileBytes(file), {
    district,
    year: options.year,
    asOf: stringOption(line.options, "as-of") ?? null,
    sheet: options.sheet ?? null,
    mapping: options.mapping ?? null,
  });
  const kept = await pending.read();
  const resend = kept !== null && kept.roster === identity && counts.error === 0 ? kept : null;
  let submission: EncryptedSubmission;
  if (resend !== null) {
    notice(t("submit-resending", lang, { time: formatRegionTime(resend.savedAt) }));
    submission = resend.submission;
    sealedTo = resend.sealedTo ?? undefined;
  } else {
    if (kept !== null) notice(t("submit-pending-replaced", lang, { time: formatRegionTime(kept.savedAt) }));
    try {
      submission = await buildSubmission(roster, district, options, trustedKey);
    } catch (error) {
      if (!(error instanceof CliError) || !error.problems) throw error;
      if (line.options.json === true) {
        printJson(io, { submitted: false, problems: error.problems });
      } else {
        printRosterHeader(line.positionals[0]!, roster, line, io);
        printProblems(error.problems, lang, io.out);
        const hint = mapHint(error.problems, lang);
        if (hint !== null) io.out(`${hint}\n`);
      }
      io.err(error.messageIn(lang));
      return EXIT_REJECTED;
    }
  }
  const idempotencyKey = resend?.idempotencyKey ?? newIdempotencyKey();
  // Kept before it leaves (best effort): a run stopped while sending (Ctrl+C, a closed laptop) leaves it
  // for the next run to send again with the same key.
  const keep = () =>
    pending
      .save({
        server: api.server,
        district,
        year: options.year,
        roster: identity,
        idempotencyKey,
        sealedTo: sealedTo ?? null,
        savedAt: resend?.savedAt ?? new Date().toISOString(),
        submission,
      })
      .then(
        () => null,
        (error: unknown) =>
          error instanceof CliError ? error.text : localized("unexpected", { message: String(error) }),
      );
  const keptBefore = (await keep()) === null;
  const receipt = await postSubmission(api, submission, {
    idempotencyKey,
    onRetry: (reason, delayMs) =>
      io.err(t("retrying", lang, { reason, seconds: (delayMs / 1000).toFixed(1) })),
    onArrivalUnknown: async () => {
      const failure = keptBefore ? null : await keep();
      return failure === null
        ? localized("submit-arrival-unknown", { file: pending.path, year: options.year })
        : localized("submit-arrival-unknown-not-kept", { reason: failure, year: options.year });
    },
    // Known not to have left: only a submission first kept by this run is dropped (an older one may have arrived).
    onNotSent: () => (resend === null ? pending.remove() : Promise.resolve()),
    onBodyRefused: () => pending.remove(),
  }).catch(async (error: unknown) => {
    // Refused by the server (a token, a locked year…): this run's copy was answered; an older one may have arrived.
    if (resend === null && error instanceof CliError && error.exitCode === EXIT_REJECTED)
      await pending.remove();
    throw error;
  });
  await pending.remove();
  // The server accepted a submission sealed to this key: it is the key this district trusts from now on.
  if (sealedTo !== undefined) await rememberAcceptedKey(trusted, sealedTo);
  if (line.options.json === true) printJson(io, receipt);
  else {
    if (counts.warning > 0) {
      io.out(`${problemCounts(roster.problems, lang)}\n`);
    }
    io.out(formatReceipt(receipt, lang));
  }
  return EXIT_OK;
}
