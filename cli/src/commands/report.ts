import { resolve } from "node:path";
import {
  academicYearToday,
  formatShare,
  label,
  findDistrict,
  type AcademicYear,
  type Lang,
  type Report,
  type Summary,
} from "@sapa/shared";
import { legacyReport, type OnProgress } from "@sapa/client";
import { cliClient, orCliError, resolveServer, resolveToken, type ApiOptions } from "../api.ts";
import { parseYearOption, stringOption, type CommandLine } from "../args.ts";
import { EXIT_OK, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { t } from "../messages.ts";
import { formatTable, heading } from "../output.ts";
import { formatStage } from "../summary-output.ts";
import { writeReportWorkbook } from "../xlsx-report.ts";

/**
 * The report of a year: its figures (GET /api/report) and its organisation and attestation lists read from
 * their pages, all of the same revisions; `onProgress` hears of every page.
 */
export async function fetchReport(
  api: ApiOptions,
  year: AcademicYear,
  onProgress?: OnProgress,
): Promise<Report> {
  const pulled = await orCliError(
    api.server,
    cliClient(api).pullReport(year, onProgress ? { onProgress } : {}),
  );
  return legacyReport(pulled);
}

function tableRow(name: string, s: Summary, revision: number | string, lang: Lang): (string | number)[] {
  return [
    name,
    s.teachers,
    s.organizations,
    s.byCategory.moderator,
    s.byCategory.expert,
    s.byCategory.researcher,
    s.byCategory.master,
    s.byCategory["legacy-higher"] + s.byCategory["legacy-first"] + s.byCategory["legacy-second"],
    s.byCategory.unknown,
    formatShare(s.qualitativeShare, lang),
    revision,
  ];
}

/** The regional table (districts and the region's total), the region's stage gaps and completeness. */
export function formatReport(report: Report, lang: Lang): string {
  const rows = report.districts.map((d) => tableRow(d.name[lang], d.summary, d.revision, lang));
  const regionRow = tableRow(label("region", lang), report.region, "", lang);
  const table = formatTable(
    [
      label("district", lang),
      t("col-teachers", lang),
      t("col-organizations", lang),
      label("category.moderator", lang),
      label("category.expert", lang),
      label("category.researcher", lang),
      label("category.master", lang),
      t("col-legacy", lang),
      t("col-unknown", lang),
      label("qualitativeShare", lang),
      label("revision", lang),
    ],
    [...rows, regionRow],
    ["left", "right", "right", "right", "right", "right", "right", "right", "right", "right", "right"],
  );
  const missing = report.completeness.missing.map((id) => findDistrict(id)?.name[lang] ?? id);
  const completeness =
    `${label("completeness", lang)}: ${label("submitted", lang)} ${report.completeness.submitted} / ${report.completeness.expected}` +
    (missing.length > 0 ? `; ${label("missing", lang)}: ${missing.join(", ")}` : "");
  return [
    heading(`${label("year", lang)} ${report.year} · ${label("generatedAt", lang)} ${report.generatedAt}`),
    table,
    "",
    completeness,
    "",
    formatStage(report.region, lang),
    "",
  ].join("\n");
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
    throw usageError("out-not-xlsx", { file: out });
  const api: ApiOptions = {
    server: resolveServer(stringOption(line.options, "server"), io.env),
    token: resolveToken(stringOption(line.options, "token"), io.env),
    lang,
    env: io.env,
  };

  if (line.options.csv === true) {
    io.out(await orCliError(api.server, cliClient(api).reportCsv(year)));
    return EXIT_OK;
  }

  const report = await fetchReport(api, year, (done, total) =>
    io.err(t("report-progress", lang, { done, total: total ?? "?" })),
  );
  if (line.options.json === true) {
    io.out(JSON.stringify(report, null, 2));
    return EXIT_OK;
  }
  if (out !== undefined) {
    const file = resolve(io.cwd, out);
    try {
      await writeReportWorkbook(report, lang, file);
    } catch (error) {
      throw usageError("file-not-writable", { file, reason: (error as Error).message });
    }
    io.out(t("report-written", lang, { file: out }));
    return EXIT_OK;
  }
  io.out(formatReport(report, lang));
  return EXIT_OK;
}
