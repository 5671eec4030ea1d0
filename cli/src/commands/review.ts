import { ApiError } from "@sapa/client";
import {
  REVIEW_ACTIONS,
  REVIEW_STATUS_LABELS,
  academicYearToday,
  findDistrict,
  type DistrictId,
  type ReviewAction,
  type ReviewRequest,
  type ReviewStatus,
} from "@sapa/shared";
import { apiOptions, cliClient, orCliError, toCliError } from "../api.ts";
import { parseDistrictOption, parseYearOption, stringOption, type CommandLine } from "../command-line.ts";
import { CliError, EXIT_OK, EXIT_REJECTED, usageError } from "../errors.ts";
import { localized } from "../messages.ts";
import type { Io } from "../io.ts";
import { formatDistrictStatus, formatReviewList } from "../review-output.ts";
import { formatYearLock } from "../years-output.ts";
import { printJson } from "../json-output.ts";

const yearOf = (line: CommandLine) => {
  const text = stringOption(line.options, "year");
  return text === undefined ? academicYearToday() : parseYearOption(text);
};

/**
 * A review the server refused because the district moved on (409): what its status or newest revision is
 * now, from the refusal's details, where the server's own sentence only names them ("details.status").
 */
function reviewRefusal(error: unknown, district: DistrictId, action: ReviewAction): CliError | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const details = (error.details ?? {}) as { status?: ReviewStatus; revision?: number; seen?: number };
  const name = findDistrict(district)?.name ?? { kk: district, ru: district, en: district };
  if (error.code === "review-invalid-transition" && details.status && REVIEW_STATUS_LABELS[details.status])
    return new CliError(
      EXIT_REJECTED,
      localized("review-not-now", { district: name, status: REVIEW_STATUS_LABELS[details.status], action }),
    );
  if (error.code === "review-stale" && typeof details.revision === "number")
    return new CliError(
      EXIT_REJECTED,
      localized("review-stale", { district: name, revision: details.revision, seen: details.seen ?? "?" }),
    );
  return undefined;
}

/**
 * `sapa review list [--year Y]` and `sapa review accept|return|reopen DISTRICT [--year Y] [--comment C]
 * [--revision N]` (region token). `return` needs --comment: it tells the district what to fix.
 */
export async function reviewCommand(line: CommandLine, io: Io): Promise<number> {
  const [action, districtText] = line.positionals;
  const api = apiOptions(line, io);
  const year = yearOf(line);
  const json = line.options.json === true;

  if (action === "list") {
    if (districtText !== undefined)
      throw usageError("too-many-args", { arg: districtText, command: "review" });
    const list = await orCliError(api.server, cliClient(api).reviewList(year));
    if (json) printJson(io, list);
    else io.out(formatReviewList(list, line.lang));
    return EXIT_OK;
  }
  if (!(REVIEW_ACTIONS as readonly string[]).includes(action ?? "") || districtText === undefined)
    throw usageError("review-subcommand");
  const district = parseDistrictOption(districtText);
  const comment = stringOption(line.options, "comment");
  if (action === "return" && (comment === undefined || comment.trim() === ""))
    throw usageError("review-comment-required");
  const revisionText = stringOption(line.options, "revision");
  const revision = revisionText === undefined ? undefined : Number(revisionText);
  if (revision !== undefined && !(Number.isInteger(revision) && revision >= 1))
    throw usageError("bad-revision", { value: revisionText ?? "" });
  const body: ReviewRequest = {
    year,
    ...(comment === undefined ? {} : { comment }),
    ...(revision === undefined ? {} : { revision }),
  };
  const state = await cliClient(api)
    .review(district, action as ReviewAction, body)
    .catch((error: unknown) => {
      throw reviewRefusal(error, district, action as ReviewAction) ?? toCliError(error, api.server);
    });
  if (json) printJson(io, state);
  else io.out(formatDistrictStatus(state, line.lang));
  return EXIT_OK;
}

/**
 * `sapa status [--year Y]`: a district token sees its own status and the region's comment; a region token
 * sees the 13 districts' table; both see when the year is locked.
 */
export async function statusCommand(line: CommandLine, io: Io): Promise<number> {
  const api = apiOptions(line, io);
  const client = cliClient(api);
  const year = yearOf(line);
  const [list, lock] = await Promise.all([
    orCliError(api.server, client.reviewList(year)),
    orCliError(api.server, client.yearLock(year)),
  ]);
  if (line.options.json === true) {
    printJson(io, list);
    return EXIT_OK;
  }
  if (list.districts.length === 1) io.out(formatDistrictStatus(list.districts[0]!, line.lang));
  else io.out(formatReviewList(list, line.lang));
  // A locked year refuses submissions and review changes: said here, not first by a refusal.
  if (lock.locked) io.out(`\n${formatYearLock(lock, line.lang)}`);
  return EXIT_OK;
}
