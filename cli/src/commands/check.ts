import { resolve } from "node:path";
import {
  academicYearBounds,
  academicYearOf,
  formatCount,
  formatDate,
  inAcademicYear,
  label,
  todayInRegion,
  type AcademicYear,
  type IsoDate,
  type Lang,
  type Problem,
} from "@sapa/shared";
import {
  listOption,
  parseDateOption,
  parseMappingOption,
  parseYearOption,
  stringOption,
  type CommandLine,
} from "../command-line.ts";
import { EXIT_OK, EXIT_REJECTED, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { countIn, t } from "../messages.ts";
import { countBySeverity, printProblems, problemCounts } from "../problems-output.ts";
import { checkRosterFile, type CheckedRoster, type RosterFileOptions } from "../roster-file.ts";
import { formatSummary } from "../summary-output.ts";
import { printJson } from "../json-output.ts";

/** The options check and submit share: file, sheet, report date, year and column mapping. */
export function rosterOptions(line: CommandLine, io: Io): { file: string; options: RosterFileOptions } {
  const file = line.positionals[0];
  if (file === undefined) throw usageError("missing-file", { command: line.command });
  const { asOf, year } = reportDateAndYear(line);
  const maps = listOption(line.options, "map");
  return {
    file: resolve(io.cwd, file),
    options: {
      sheet: stringOption(line.options, "sheet"),
      asOf,
      year,
      mapping: maps.length > 0 ? parseMappingOption(maps) : undefined,
    },
  };
}

/**
 * The report date and its academic year, as the pane keeps them: one within the other (the server refuses a
 * submission whose date is outside its year). Neither given: today in Aktobe and its year. A date alone: its
 * year. A year alone: today while that year runs, else its last day (a past year) or its first (a later one).
 * Both, not matching: a usage error naming both, before anything is read or sent.
 */
function reportDateAndYear(line: CommandLine): { asOf: IsoDate; year: AcademicYear } {
  const asOfText = stringOption(line.options, "as-of");
  const yearText = stringOption(line.options, "year");
  const asOf = asOfText === undefined ? null : parseDateOption(asOfText);
  if (yearText === undefined) {
    const date = asOf ?? todayInRegion();
    return { asOf: date, year: academicYearOf(date) };
  }
  const year = parseYearOption(yearText);
  const { start, end } = academicYearBounds(year);
  if (asOf === null) {
    const today = todayInRegion();
    return { asOf: today < start ? start : today > end ? end : today, year };
  }
  if (!inAcademicYear(asOf, year)) {
    throw usageError("as-of-outside-year", {
      asOf: formatDate(asOf),
      year,
      from: formatDate(start),
      to: formatDate(end),
    });
  }
  return { asOf, year };
}

/** The machine-readable result of `sapa check --json`. */
export function checkJson(displayFile: string, roster: CheckedRoster) {
  return {
    file: displayFile,
    sheet: roster.sheet,
    sheets: roster.sheets.map((s) => ({
      sheet: s.sheet,
      headerRow: s.headerRow,
      teachers: s.teachers.length,
    })),
    headerRow: roster.headerRow,
    columns: roster.columns.map(({ field, letter, header }) => ({ field, letter, header })),
    problems: roster.problems,
    summary: roster.summary,
  };
}

/**
 * Which sheet was read and why: one sheet among several says it held the most roster rows; a roster
 * spread over several sheets names each with its teachers.
 */
function sheetLine(roster: CheckedRoster, lang: Lang): string {
  if (roster.sheets.length > 1) {
    const list = roster.sheets
      .map((s) => `«${s.sheet}» (${formatCount(s.teachers.length, lang)})`)
      .join(", ");
    return t("sheets-read", lang, { sheets: list });
  }
  const others = roster.sheetNames.filter((name) => name !== roster.sheet);
  if (roster.chosen && others.length > 0) {
    return `${t("sheet", lang)}: ${t("sheet-chosen", lang, {
      sheet: roster.sheet,
      teachers: formatCount(roster.teachers.length, lang),
      others: others.map((name) => `«${name}»`).join(", "),
    })}`;
  }
  return `${t("sheet", lang)}: ${roster.sheet}`;
}

/** Prints where the roster was found and its problems. */
export function printRosterHeader(
  displayFile: string,
  roster: CheckedRoster,
  line: CommandLine,
  io: Io,
): void {
  const lang = line.lang;
  const header =
    roster.headerRow === null
      ? t("no-roster", lang)
      : `${roster.headerRow}; ${t("columns", lang)}: ${[...roster.columns]
          .sort((a, b) => a.index - b.index)
          .map((c) => `${c.letter}=${label(`field.${c.field}`, lang)}`)
          .join(", ")}`;
  io.out(
    [
      `${t("file", lang)}: ${displayFile}`,
      sheetLine(roster, lang),
      `${t("header-row", lang)}: ${header}`,
      `${label("asOf", lang)}: ${formatDate(roster.summary.asOf)}   ${label("year", lang)}: ${roster.summary.year}`,
      "",
      "",
    ].join("\n"),
  );
}

/**
 * The command line's own way past a header it does not recognise: --map, with the first missing field as the
 * example (the problem itself, shared with the pane, says which header to add); null when none is missing.
 */
export function mapHint(problems: readonly Problem[], lang: Lang): string | null {
  if (problems.some((p) => p.code === "header-not-found")) return t("map-hint-header", lang);
  const missing = problems.find((p) => p.code === "column-missing" && p.field !== undefined);
  return missing ? t("map-hint-column", lang, { field: String(missing.field) }) : null;
}

/** `sapa check FILE.xlsx`: problems and figures; exit 1 when the roster has errors. */
export async function checkCommand(line: CommandLine, io: Io): Promise<number> {
  const { file, options } = rosterOptions(line, io);
  const displayFile = line.positionals[0]!;
  const roster = await checkRosterFile(file, options);
  const counts = countBySeverity(roster.problems);
  if (line.options.json === true) {
    printJson(io, checkJson(displayFile, roster));
    return counts.error > 0 ? EXIT_REJECTED : EXIT_OK;
  }
  const lang = line.lang;
  printRosterHeader(displayFile, roster, line, io);
  printProblems(roster.problems, lang, io.out);
  const hint = mapHint(roster.problems, lang);
  if (hint !== null) io.out(`${hint}\n\n`);
  io.out(`${problemCounts(roster.problems, lang)}\n\n`);
  if (roster.teachers.length > 0) io.out(`${formatSummary(roster.summary, lang)}\n`);
  io.out(counts.error > 0 ? t("check-failed", lang, { count: countIn(counts.error) }) : t("check-ok", lang));
  return counts.error > 0 ? EXIT_REJECTED : EXIT_OK;
}
