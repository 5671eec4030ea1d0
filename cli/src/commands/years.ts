import {
  MAX_YEAR_WINDOW_YEARS,
  formatRegionTime,
  isAcademicYear,
  yearWindowProblem,
  type AcademicYear,
} from "@sapa/shared";
import { apiOptions, cliClient, orCliError } from "../api.ts";
import { parseYearOption, stringOption, type CommandLine } from "../command-line.ts";
import { EXIT_OK, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { printJson } from "../json-output.ts";
import { t } from "../messages.ts";
import { heading } from "../output.ts";
import { formatYearLock } from "../years-output.ts";

const ACTIONS: readonly string[] = ["lock", "unlock", "window"];

function windowYear(line: CommandLine, flag: "from" | "to"): AcademicYear {
  const value = stringOption(line.options, flag);
  if (value === undefined) throw usageError("years-window-needed");
  if (!isAcademicYear(value)) throw usageError("years-bad-window-year", { flag, value });
  return value;
}

/**
 * `sapa years [--json]`: the academic years open to submissions, each open or locked (any token).
 * `sapa years lock|unlock --year Y` (region token): while a year is locked, districts' submissions and the
 * review's changes for it are refused (409); the year is named, never taken from today, as locking is the
 * season's last step. `sapa years window --from Y --to Y` (region token): the years the region opens
 * besides the plan's. The server's refusals (a bad window, a district token) are said as for every command.
 */
export async function yearsCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  const [action, extra] = line.positionals;
  if (extra !== undefined || (action !== undefined && !ACTIONS.includes(action)))
    throw usageError("years-subcommand");
  const json = line.options.json === true;
  const api = apiOptions(line, io);
  const client = cliClient(api);

  if (action === "lock" || action === "unlock") {
    const text = stringOption(line.options, "year");
    if (text === undefined) throw usageError("years-year-needed", { action });
    const year = parseYearOption(text);
    const lock = await orCliError(
      api.server,
      action === "lock" ? client.lockYear(year) : client.unlockYear(year),
    );
    if (json) printJson(io, lock);
    else if (lock.locked)
      io.out(t("years-now-locked", lang, { year, time: formatRegionTime(lock.lockedAt ?? "") }));
    else io.out(t("years-now-unlocked", lang, { year }));
    return EXIT_OK;
  }

  if (action === "window") {
    const window = { from: windowYear(line, "from"), to: windowYear(line, "to") };
    // What the server's schema refuses, said with both years before any call (the server says only "to").
    const problem = yearWindowProblem(window);
    if (problem === "order") throw usageError("years-window-order", window);
    if (problem === "span") throw usageError("years-window-span", { ...window, max: MAX_YEAR_WINDOW_YEARS });
    const reply = await orCliError(api.server, client.putYearWindow(window));
    if (json) printJson(io, reply);
    else io.out(t("years-window-saved", lang, { open: reply.open.join(", ") }));
    return EXIT_OK;
  }

  const reply = await orCliError(api.server, client.yearWindow());
  const locks = await Promise.all(reply.open.map((year) => orCliError(api.server, client.yearLock(year))));
  if (json) {
    printJson(io, { ...reply, years: locks });
    return EXIT_OK;
  }
  io.out(
    [
      heading(t("years-heading", lang)),
      t("years-window", lang, {
        planFrom: reply.plan.from,
        planTo: reply.plan.to,
        from: reply.window.from,
        to: reply.window.to,
      }),
      ...locks.map((lock) => formatYearLock(lock, lang)),
    ].join("\n"),
  );
  return EXIT_OK;
}
