import { resolve } from "node:path";
import {
  PLAN_INDICATOR_TARGETS,
  indicatorTable,
  indicatorYearsTable,
  academicYearToday,
  completenessLine,
  completenessSummaryTable,
  districtTable,
  formatCell,
  formatRegionTime,
  label,
  type AcademicYear,
  type Lang,
  type ReportFigures,
} from "@sapa/shared";
import type { OnProgress, PulledReport } from "@sapa/client";
import { apiOptions, cliClient, orCliError, yearsWithData, type ApiOptions } from "../api.ts";
import { parseYearOption, stringOption, type CommandLine } from "../command-line.ts";
import { EXIT_OK, assertWritable, fileWriteError, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { countIn, t } from "../messages.ts";
import { heading } from "../output.ts";
import { formatStage, renderTable } from "../summary-output.ts";
import { openReportNames, unlockRegionKeyFile } from "../region-key-file.ts";
import { reportSheets, writeSheetsFile } from "../report-workbook.ts";
import { printJson } from "../json-output.ts";

/**
 * The report of a year: its figures (GET /api/report) and its organisation and attestation lists read from
 * their pages, all of the same revisions; `onProgress` hears of every page.
 */
export async function fetchReport(
  api: ApiOptions,
  year: AcademicYear,
  onProgress?: OnProgress,
): Promise<PulledReport> {
  return orCliError(api.server, cliClient(api).pullReport(year, onProgress ? { onProgress } : {}));
}

/** The regional table (districts that have submitted and the region's total), completeness, the region's stage gaps. */
export function formatReport(report: ReportFigures, lang: Lang): string {
  const districts = districtTable(report, "terminal");
  const submitted = { ...districts, rows: districts.rows.filter((r) => r.role !== "missing") };
  const missing = completenessSummaryTable(report).rows.find((r) => r.key === "missing")!;
  const completeness =
    `${label("completeness", lang)}: ${completenessLine(report.completeness, lang)}` +
    (report.completeness.missing.length > 0
      ? ` · ${label("missing", lang)}: ${formatCell(missing.cells[1]!, lang)}`
      : "");
  return [
    heading(
      `${label("year", lang)} ${report.year} · ${label("generatedAt", lang)} ${formatRegionTime(report.generatedAt)}`,
    ),
    renderTable(submitted, lang),
    "",
    completeness,
    "",
    formatStage(report.region, lang),
    "",
    ...formatIndicatorTargets(report, lang),
  ].join("\n");
}

/**
 * The region's other plan indicators against the region's targets (the server's, the plan's by default):
 * count, target and what is left, then courses and internships with the calendar years side by side.
 */
function formatIndicatorTargets(report: ReportFigures, lang: Lang): string[] {
  const targets = report.indicatorTargets ?? PLAN_INDICATOR_TARGETS;
  const table = indicatorTable(report.region, targets);
  if (!table)
    return [`${label("courses", lang)}, ${label("internships", lang)}: ${label("noData", lang)}`, ""];
  return [renderTable(table, lang), "", renderTable(indicatorYearsTable(report.region, targets), lang), ""];
}

/** `sapa report [--year] [--json | --csv | --out report.xlsx]`: the region's consolidated report. */
export async function reportCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  const yearText = stringOption(line.options, "year");
  const year = yearText === undefined ? academicYearToday() : parseYearOption(yearText);
  const out = stringOption(line.options, "out");
  const modes = [line.options.json === true, line.options.csv === true, out !== undefined].filter(
    Boolean,
  ).length;
  if (modes > 1) throw usageError("report-format-conflict");
  if (out !== undefined && !out.toLowerCase().endsWith(".xlsx"))
    throw usageError("out-not-xlsx", { flag: "--out", file: out });
  // Names opened with the key appear only in the workbook and the JSON: elsewhere the key would do nothing.
  const keyFile = stringOption(line.options, "key");
  if (keyFile !== undefined && out === undefined && line.options.json !== true)
    throw usageError("report-key-unused");
  // A file that cannot be written is said before every page of the report is downloaded.
  if (out !== undefined) await assertWritable(resolve(io.cwd, out));
  const api: ApiOptions = apiOptions(line, io);

  if (line.options.csv === true) {
    io.out(await orCliError(api.server, cliClient(api).reportCsv(year)));
    return EXIT_OK;
  }

  // The key is opened first: a wrong passphrase is said before anything is downloaded.
  const key = keyFile === undefined ? null : await unlockRegionKeyFile(keyFile, io, lang);
  const pulled = await fetchReport(api, year, (done, total) =>
    io.err(t("report-progress", lang, { done, total: total ?? "?" })),
  );
  if (pulled.figures.completeness.submitted === 0) await sayYearsWithData(api, year, io, lang);
  if (key !== null) {
    const names = await openReportNames(api, pulled, key);
    pulled.attestation = names.attestation;
    io.err(t("names-opened", lang, { opened: countIn(names.opened), failed: countIn(names.failed) }));
  }
  if (line.options.json === true) {
    printJson(io, pulled);
    return EXIT_OK;
  }
  if (out !== undefined) {
    const file = resolve(io.cwd, out);
    const sheets = await reportSheets(api, pulled, lang);
    try {
      await writeSheetsFile(file, sheets);
    } catch (error) {
      throw fileWriteError(file, error);
    }
    io.out(t("report-written", lang, { file: out }));
    return EXIT_OK;
  }
  io.out(formatReport(pulled.figures, lang));
  return EXIT_OK;
}

/**
 * Beside the report of a year no unit has sent data for (a mistyped --year, or a year not started): the
 * years that have data, on stderr, so that the empty report is not taken for the region's picture.
 */
async function sayYearsWithData(api: ApiOptions, year: AcademicYear, io: Io, lang: Lang): Promise<void> {
  const years = await yearsWithData(api);
  io.err(
    years.length === 0
      ? t("report-no-data-anywhere", lang, { year })
      : t("report-no-data", lang, { year, years: years.join(", ") }),
  );
}
