import { resolve } from "node:path";
import {
  academicYearToday,
  findDistrict,
  groupListTable,
  groupTable,
  readGroupMembers,
  type AcademicYear,
  type GroupMember,
  type GroupReport,
  type Lang,
} from "@sapa/shared";
import { apiOptions, cliClient, orCliError, yearsWithData, type ApiOptions } from "../api.ts";
import { parseYearOption, stringOption, type CommandLine } from "../command-line.ts";
import { CliError, EXIT_OK, EXIT_REJECTED, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { localized, t } from "../messages.ts";
import { heading } from "../output.ts";
import { findSheet } from "../roster-file.ts";
import { formatStage, renderTable } from "../summary-output.ts";
import { readWorkbookFile } from "../xlsx-read.ts";
import { printJson } from "../json-output.ts";

const SUBCOMMANDS = ["list", "set", "show", "delete"] as const;

/** The members listed in a workbook's sheet (the first, or --sheet) or a CSV file; errors stop here. */
export async function readMembersFile(file: string, sheet: string | undefined): Promise<GroupMember[]> {
  const sheets = await readWorkbookFile(file);
  const grid = sheet === undefined ? sheets[0]! : findSheet(sheets, sheet);
  const read = readGroupMembers(grid.grid);
  if (read.problems.length > 0)
    throw new CliError(EXIT_REJECTED, localized("group-file-errors", { file }), read.problems);
  if (read.members.length === 0) throw usageError("group-file-empty", { file });
  return read.members;
}

/** Every group's report for `year` (none when the region has defined no group), for the report workbook. */
export async function fetchGroupReports(api: ApiOptions, year: AcademicYear): Promise<GroupReport[]> {
  const client = cliClient(api);
  const { groups } = await orCliError(api.server, client.groups());
  return Promise.all(groups.map((g) => orCliError(api.server, client.groupReport(g.name, year))));
}

/**
 * The newest academic year any district has data for: `group set` without --year checks its members
 * there, not in the current year, which early in a year has no data yet and would find no member at all.
 * No data in any year refuses, naming --year.
 */
async function newestYearWithData(api: ApiOptions): Promise<AcademicYear> {
  const years = await yearsWithData(api);
  if (years.length === 0) throw usageError("group-year-no-data");
  return years.at(-1)!;
}

const memberLine = (m: GroupMember, lang: Lang) =>
  `  ${findDistrict(m.district)?.name[lang] ?? m.district} — ${m.organization}`;

/**
 * `sapa group list [--csv] | set NAME --from FILE [--sheet S] [--year Y] | show NAME [--year Y] | delete NAME`
 * (region token). `set` replaces the group's members with the file's and lists the members that match no
 * organisation in the year's data; `list --csv` prints every group's figures of the year as CSV; `show` prints the group's organisations, total and stage comparison.
 */
export async function groupCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  const [action, name] = line.positionals;
  if (!(SUBCOMMANDS as readonly (string | undefined)[]).includes(action))
    throw usageError("group-subcommand");
  if (action === "list" && name !== undefined)
    throw usageError("too-many-args", { arg: name, command: "group" });
  if (action !== "list" && (name === undefined || name.trim() === ""))
    throw usageError("group-name-missing", { action: action ?? "" });
  const yearText = stringOption(line.options, "year");
  const year = yearText === undefined ? undefined : parseYearOption(yearText);
  const from = stringOption(line.options, "from");
  if (action === "set" && from === undefined) throw usageError("group-from-missing");
  // The file is read before the server is asked: a broken list costs no request.
  const members =
    action === "set"
      ? await readMembersFile(resolve(io.cwd, from!), stringOption(line.options, "sheet"))
      : [];
  const api: ApiOptions = apiOptions(line, io);
  const client = cliClient(api);
  const json = line.options.json === true;

  switch (action) {
    case "list": {
      if (line.options.csv === true) {
        if (json) throw usageError("json-csv-conflict");
        // Every group's figures of the year, the report workbook's "Groups" sheet as CSV.
        io.out(await orCliError(api.server, client.groupsCsv(year ?? academicYearToday())));
        return EXIT_OK;
      }
      const list = await orCliError(api.server, client.groups());
      if (json) printJson(io, list);
      else
        io.out(
          list.groups.length === 0 ? t("group-none", lang) : renderTable(groupListTable(list.groups), lang),
        );
      return EXIT_OK;
    }
    case "set": {
      const setYear = year ?? (await newestYearWithData(api));
      // Which year the members were checked against, when the user did not say (stderr beside --json).
      if (year === undefined) (json ? io.err : io.out)(t("group-year-newest", lang, { year: setYear }));
      const saved = await orCliError(api.server, client.putGroup(name!, members, setYear));
      if (json) {
        printJson(io, saved);
        return EXIT_OK;
      }
      io.out(t("group-saved", lang, { name: saved.group.name, members: saved.group.members.length }));
      if (saved.unmatched.length === 0) io.out(t("group-all-matched", lang, { year: saved.year }));
      else
        io.out(
          [
            t("group-unmatched", lang, { year: saved.year, count: saved.unmatched.length }),
            ...saved.unmatched.map((m) => memberLine(m, lang)),
          ].join("\n"),
        );
      return EXIT_OK;
    }
    case "show": {
      const report = await orCliError(api.server, client.groupReport(name!, year));
      if (json) {
        printJson(io, report);
        return EXIT_OK;
      }
      const lines = [
        heading(`${report.name} · ${report.year}`),
        renderTable(groupTable(report), lang),
        "",
        formatStage(report.figures, lang),
      ];
      if (report.unmatched.length > 0)
        lines.push(
          "",
          t("group-unmatched", lang, { year: report.year, count: report.unmatched.length }),
          ...report.unmatched.map((m) => memberLine(m, lang)),
        );
      io.out(lines.join("\n"));
      return EXIT_OK;
    }
    default: {
      const deleted = await orCliError(api.server, client.deleteGroup(name!));
      if (json) printJson(io, deleted);
      else io.out(t("group-deleted", lang, { name: deleted.deleted }));
      return EXIT_OK;
    }
  }
}
