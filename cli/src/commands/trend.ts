import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  NO_CHART_NOTE,
  pickColumns,
  textIn,
  trendGroupRowKey,
  trendIndicatorTables,
  trendIndicatorsTitle,
  trendSheet,
  trendSheetTable,
  type Lang,
  type Table,
  type Trend,
} from "@sapa/shared";
import { apiOptions, cliClient, orCliError, type ApiOptions } from "../api.ts";
import { stringOption, type CommandLine } from "../command-line.ts";
import { EXIT_OK, assertWritable, fileWriteError, usageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { t } from "../messages.ts";
import { heading } from "../output.ts";
import { renderTable } from "../summary-output.ts";
import { writeSheetsFile } from "../report-workbook.ts";

/** What the terminal shows of each unit and year: the stage (target, actual, gap, still needed) and the stock. */
const TERMINAL_COLUMNS = [
  "year",
  "teachers",
  "stage.target",
  "stage.actual",
  "stage.gapPp",
  "stage.teachersNeeded",
  "stage.bandVerdict",
  "qualitativeShare",
];

/**
 * The trend for the terminal: per year the region, every unit that has data in some year of the plan (a
 * unit without data in any year would be a column of blanks) and every group of organisations; a year
 * without data stays blank. Then the region's other plan indicators against its targets ("no data", not 0).
 */
export function formatTrend(trend: Trend, lang: Lang): string {
  const table = trendSheetTable(trend);
  const withData = new Set<string>(
    trend.years.flatMap((y) => y.districts.filter((d) => d.point !== null).map((d) => d.district)),
  );
  const groupRows = new Set(
    trend.years.flatMap((y) => y.groups.map((g) => trendGroupRowKey(y.year, g.name))),
  );
  const shown: Table = {
    ...table,
    rows: table.rows.filter((r) => r.region || groupRows.has(r.key) || withData.has(r.key.split("/")[1]!)),
  };
  const indicators = trend.indicators
    ? [
        "",
        heading(textIn(trendIndicatorsTitle(trend.indicators), lang)),
        trendIndicatorTables(trend)
          .map((block) => renderTable(block, lang))
          .join("\n\n"),
      ]
    : [];
  return `${[
    heading(t("trend-heading", lang)),
    renderTable(pickColumns(shown, TERMINAL_COLUMNS), lang),
    ...indicators,
  ].join("\n")}\n`;
}

/** `sapa trend [--csv FILE | --xlsx FILE]`: the plan's years side by side (GET /api/trend, region token). */
export async function trendCommand(line: CommandLine, io: Io): Promise<number> {
  const lang = line.lang;
  const csv = stringOption(line.options, "csv");
  const xlsx = stringOption(line.options, "xlsx");
  if (csv !== undefined && xlsx !== undefined) throw usageError("trend-format-conflict");
  if (csv !== undefined && !csv.toLowerCase().endsWith(".csv"))
    throw usageError("trend-not-csv", { file: csv });
  if (xlsx !== undefined && !xlsx.toLowerCase().endsWith(".xlsx"))
    throw usageError("out-not-xlsx", { flag: "--xlsx", file: xlsx });
  const target = csv ?? xlsx;
  if (target !== undefined) await assertWritable(resolve(io.cwd, target));
  const api: ApiOptions = apiOptions(line, io);
  const client = cliClient(api);
  const write = async (file: string, save: (path: string) => Promise<void>) => {
    const path = resolve(io.cwd, file);
    try {
      await save(path);
    } catch (error) {
      throw fileWriteError(path, error);
    }
    io.out(t("trend-written", lang, { file }));
  };

  if (csv !== undefined) {
    const text = await orCliError(api.server, client.trendCsv());
    // Excel reads UTF-8 only after a BOM; the reply's decoder may have dropped the server's.
    await write(csv, (path) => writeFile(path, text.startsWith("\uFEFF") ? text : `\uFEFF${text}`));
    return EXIT_OK;
  }
  const trend = await orCliError(api.server, client.trend());
  if (xlsx !== undefined) {
    // The pane's trend sheet; the file writer cannot draw its chart and says so on the sheet.
    await write(xlsx, (path) => writeSheetsFile(path, [trendSheet(trend, { lang })]));
    io.err(NO_CHART_NOTE[lang]);
    return EXIT_OK;
  }
  io.out(formatTrend(trend, lang));
  return EXIT_OK;
}
