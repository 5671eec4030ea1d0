/** The summary sheets: a district's own figures, and the region's merged figures in the same layout. */
import { formatBand, label, type LabelKey } from "../i18n/labels.ts";
import { serialFromIso } from "../roster/dates.ts";
import {
  attestationDueTable,
  categoryTable,
  educationTable,
  indicatorTable,
  organizationTable,
  overviewTable,
  noStageLabel,
  stageTable,
  stageTitle,
} from "../present/summary-tables.ts";
import { completenessSummaryTable } from "../present/report-tables.ts";
import { textIn } from "../present/table.ts";
import type { Receipt } from "../api/schemas.ts";
import type { Lang, OrganizationSummary, ReportFigures, SummaryFigures } from "../types.ts";
import { PLAN_INDICATOR_TARGETS, type IndicatorTargets } from "../plan/indicator-targets.ts";
import {
  NO_CHART_NOTE,
  SHEET_FORMAT,
  sheetName,
  type SheetChart,
  type SheetDescription,
} from "./description.ts";
import { SheetLayout, regionTimeSerial } from "./layout.ts";

/** Columns the summary sheet spans (A…H): the widest table is the per-organisation one. */
export const SUMMARY_WIDTH = 8;
/** The chart sits right of the tables. */
const CHART_AT = { row: 2, column: 10, rows: 19, columns: 8 };

const dateCell = (iso: string) => {
  const serial = serialFromIso(iso);
  return serial === null
    ? { value: iso, format: SHEET_FORMAT.text }
    : { value: serial, format: SHEET_FORMAT.date };
};

/** A moment as the region's wall clock shows it, a real date-time cell. */
export const timestampCell = (iso: string) => {
  const serial = regionTimeSerial(iso);
  return serial === null
    ? { value: iso, format: SHEET_FORMAT.text }
    : { value: serial, format: SHEET_FORMAT.timestamp };
};

const text = (value: string) => ({ value, format: SHEET_FORMAT.text });

/**
 * The figures' blocks one under another: overview, categories, education, this year's awards against the
 * stage (gaps red or green, and a column chart of target and actual per category), attestation due, the
 * plan's other indicators. Returns the chart over the stage block, when the year has a stage.
 */
function figureBlocks(
  sheet: SheetLayout,
  summary: SummaryFigures,
  indicatorTargets: IndicatorTargets | null = null,
): SheetChart | null {
  const { lang } = sheet;
  const L = (key: LabelKey) => label(key, lang);
  sheet.table(overviewTable(summary), { header: false });
  sheet.blank();
  sheet.table(categoryTable(summary));
  sheet.blank();
  sheet.table(educationTable(summary));
  sheet.blank();

  const stage = stageTable(summary);
  const band = summary.stage.band ? ` (${L("band")}: ${formatBand(summary.stage.band, lang)})` : "";
  sheet.title(`${L("awardedInYear")}: ${textIn(stageTitle(summary), lang)}${band}`);
  let chart: SheetChart | null = null;
  if (stage) {
    const at = sheet.table({ ...stage, title: null }, { gaps: (c) => c.key === "gapPp" });
    const categories = stage.rows.filter((r) => r.role !== "total").length;
    chart = {
      type: "column",
      title: `${L("target")} / ${L("actual")}, ${summary.stage.year}`,
      // Category, target, actual of the four categories (the table's first two columns).
      source: { row: at.header!, column: 1, rows: 1 + categories, columns: 3 },
      at: CHART_AT,
      note: NO_CHART_NOTE[lang],
    };
  } else {
    sheet.line(L(noStageLabel(summary)));
  }
  if (summary.awardedYearUnknown > 0) {
    sheet.line(L("awardedYearUnknown"), { value: summary.awardedYearUnknown, format: SHEET_FORMAT.count });
  }
  sheet.blank();
  sheet.table(attestationDueTable(summary));
  const indicators = indicatorTable(summary, indicatorTargets);
  if (indicators) {
    sheet.blank();
    sheet.table(indicators);
  }
  return chart;
}

const SUMMARY_WIDTHS = { label: 46, others: 17 };

/**
 * A district's summary sheet from its checked roster: report date, year, the receipt when the figures
 * were submitted, the figure blocks with the stage chart, and one row per organisation.
 */
export function summarySheet(
  summary: SummaryFigures & { byOrganization?: readonly OrganizationSummary[] },
  opts: { lang: Lang; receipt?: Receipt | null },
): SheetDescription {
  const { lang } = opts;
  const L = (key: LabelKey) => label(key, lang);
  const sheet = new SheetLayout(lang);
  sheet.title(sheetName("summary", lang));
  sheet.line(L("asOf"), dateCell(summary.asOf));
  sheet.line(L("year"), text(summary.year));
  if (opts.receipt) {
    const r = opts.receipt;
    sheet.line(
      L("revision"),
      { value: r.revision, format: SHEET_FORMAT.count },
      text(L("submittedAt")),
      timestampCell(r.receivedAt),
      text(L("receiptId")),
      text(r.id),
    );
  }
  sheet.blank();
  const chart = figureBlocks(sheet, summary);
  if (summary.byOrganization) {
    sheet.blank();
    sheet.table(organizationTable(summary.byOrganization));
  }
  return sheet.describe("summary", { widths: SUMMARY_WIDTHS, chart, width: SUMMARY_WIDTH });
}

/**
 * The region's summary sheet from the consolidated report: when it was made (Aktobe time), the report
 * date, completeness, then the region's figure blocks (the organisations have their own sheet).
 */
export function regionSummarySheet(report: ReportFigures, lang: Lang): SheetDescription {
  const L = (key: LabelKey) => label(key, lang);
  const sheet = new SheetLayout(lang);
  sheet.title(sheetName("regionSummary", lang));
  sheet.line(L("year"), text(report.year));
  sheet.line(L("generatedAt"), timestampCell(report.generatedAt));
  sheet.line(L("asOf"), dateCell(report.region.asOf));
  sheet.blank();
  sheet.table(completenessSummaryTable(report));
  sheet.blank();
  // The region is held against the plan's other indicators too: count, target and what is left.
  const chart = figureBlocks(sheet, report.region, report.indicatorTargets ?? PLAN_INDICATOR_TARGETS);
  return sheet.describe("regionSummary", { widths: SUMMARY_WIDTHS, chart, width: SUMMARY_WIDTH });
}
