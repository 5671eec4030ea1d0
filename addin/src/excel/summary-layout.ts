import {
  attestationDueTable,
  categoryTable,
  columnIndex,
  educationTable,
  formatShare,
  indicatorTable,
  label,
  organizationTable,
  overviewTable,
  serialFromIso,
  stageTable,
  stageTitle,
  textIn,
  type IndicatorTargets,
  type Lang,
  type OrganizationSummary,
  type Receipt,
  type SummaryFigures,
} from "@sapa/shared";
import { columnLetter, rectAddress } from "./address.ts";
import { FORMAT, SheetRows, tableRows, toMatrices, type LaidRow, type SheetCell } from "./table-block.ts";

export { FORMAT, type SheetCell } from "./table-block.ts";

/** Columns the summary sheet uses (A…H): the widest table is the per-organisation one. */
export const SUMMARY_WIDTH = 8;

/** The summary sheet as one matrix plus where its titles, tables, gaps and chart data sit (1-based rows). */
export interface SummaryLayout {
  values: SheetCell[][];
  formats: string[][];
  titleRows: number[];
  headerRows: number[];
  totalRows: number[];
  /** The gap (percentage points) cells: red when behind the target, green when on or above it. */
  gaps: { address: string; firstRow: number; column: string; values: number[] } | null;
  /** Category / target / actual block for the native chart. */
  chart: { address: string; title: string } | null;
}

export interface SummaryLayoutOptions {
  lang: Lang;
  title: string;
  receipt?: Receipt | null;
  /** The per-organisation table's rows; none, no table. */
  organizations?: readonly OrganizationSummary[];
  /** The region's targets of the plan's other indicators: the region's summary shows target and what is left. */
  indicatorTargets?: IndicatorTargets | null;
}

/**
 * Lays a Summary's figures out as the summary sheet's cells (pure: the writer only moves it into Excel):
 * the shared tables one under another, with the stage gaps and the chart's block located.
 */
export function summaryLayout(summary: SummaryFigures, opts: SummaryLayoutOptions): SummaryLayout {
  const { lang } = opts;
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  const sheet = new SheetRows();
  const push = (...more: LaidRow[]) => sheet.push(...more);
  const blank = () => sheet.blank();

  push({ cells: [opts.title], kind: "title" });
  push({
    cells: [L("asOf"), serialFromIso(summary.asOf) ?? summary.asOf],
    formats: [FORMAT.general, FORMAT.date],
  });
  push({ cells: [L("year"), summary.year], formats: [FORMAT.general, FORMAT.text] });
  const receipt = opts.receipt;
  if (receipt) {
    push({
      cells: [L("revision"), receipt.revision, L("submittedAt"), receipt.receivedAt, "ID", receipt.id],
      formats: [FORMAT.general, FORMAT.count, FORMAT.general, FORMAT.text, FORMAT.general, FORMAT.text],
    });
  }
  blank();
  push(...tableRows(overviewTable(summary), lang, false));
  blank();
  push(...tableRows(categoryTable(summary), lang));
  blank();
  push(...tableRows(educationTable(summary), lang));
  blank();

  const stage = stageTable(summary);
  const band = summary.stage.band
    ? ` (${L("band")}: ${formatShare(summary.stage.band.min, lang)}–${formatShare(summary.stage.band.max, lang)})`
    : "";
  push({ cells: [`${L("awardedInYear")}: ${textIn(stageTitle(summary), lang)}${band}`], kind: "title" });
  let gaps: SummaryLayout["gaps"] = null;
  let chart: SummaryLayout["chart"] = null;
  if (stage) {
    const header = sheet.rows.length + 1;
    push(...tableRows({ ...stage, title: null }, lang));
    // The chart's block: category, target, actual (the table's first two columns) of the four categories.
    const gapColumn = 2 + columnIndex(stage, "gapPp");
    const values = stage.rows.map((r) => r.cells[gapColumn - 2]!.value as number);
    gaps = {
      address: rectAddress(header + 1, gapColumn, values.length, 1),
      firstRow: header + 1,
      column: columnLetter(gapColumn),
      values,
    };
    chart = {
      address: rectAddress(header, 1, 1 + stage.rows.filter((r) => r.role !== "total").length, 3),
      title: `${L("target")} / ${L("actual")}, ${summary.stage.year}`,
    };
  } else {
    push({ cells: [L("noStage")] });
  }
  if (summary.awardedYearUnknown > 0) {
    push({
      cells: [L("awardedYearUnknown"), summary.awardedYearUnknown],
      formats: [FORMAT.general, FORMAT.count],
    });
  }
  blank();
  push(...tableRows(attestationDueTable(summary), lang));
  const indicators = indicatorTable(summary, opts.indicatorTargets ?? null);
  if (indicators) {
    blank();
    push(...tableRows(indicators, lang));
  }

  if (opts.organizations) {
    blank();
    push(...tableRows(organizationTable(opts.organizations), lang));
  }

  return {
    ...toMatrices(sheet.rows, SUMMARY_WIDTH),
    titleRows: sheet.of("title"),
    headerRows: sheet.of("header"),
    totalRows: sheet.of("total"),
    gaps,
    chart,
  };
}

/** "A5:H5": a whole row of the summary table area. */
export function summaryRowAddress(row: number): string {
  return `A${row}:${columnLetter(SUMMARY_WIDTH)}${row}`;
}
