import { REVIEW_ACTIONS, academicYearToday, type ReviewAction, type ReviewRequest } from "@sapa/shared";
import { apiOptions, cliClient, orCliError } from "../api.ts";
import { parseDistrictOption, parseYearOption, stringOption, type CommandLine } from "../command-line.ts";
import { EXIT_OK, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { formatDistrictStatus, formatReviewList } from "../review-output.ts";
import { printJson } from "../json-output.ts";

const yearOf = (line: CommandLine) => {
  const text = stringOption(line.options, "year");
  return text === undefined ? academicYearToday() : parseYearOption(text);
};

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
  const state = await orCliError(api.server, cliClient(api).review(district, action as ReviewAction, body));
  if (json) printJson(io, state);
  else io.out(formatDistrictStatus(state, line.lang));
  return EXIT_OK;
}

/**
 * `sapa status [--year Y]`: a district token sees its own status and the region's comment; a region token
 * sees the 13 districts' table.
 */
export async function statusCommand(line: CommandLine, io: Io): Promise<number> {
  const api = apiOptions(line, io);
  const list = await orCliError(api.server, cliClient(api).reviewList(yearOf(line)));
  if (line.options.json === true) printJson(io, list);
  else if (list.districts.length === 1) io.out(formatDistrictStatus(list.districts[0]!, line.lang));
  else io.out(formatReviewList(list, line.lang));
  return EXIT_OK;
}
