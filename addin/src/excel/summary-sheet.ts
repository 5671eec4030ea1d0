import type { IndicatorTargets, Lang, OrganizationSummary, Receipt, SummaryFigures } from "@sapa/shared";
import { writeBlocks } from "./block-writer.ts";
import { columnLetter } from "./address.ts";
import { detectRequirementSets } from "./requirements.ts";
import { findOrAddSheet } from "./rewrite-sheet.ts";
import { sheetTitle } from "./sheet-titles.ts";
import { SUMMARY_WIDTH, summaryLayout, summaryRowAddress } from "./summary-layout.ts";

export interface SummarySheetOptions {
  lang: Lang;
  /** First line of the sheet; default the sheet's name. */
  title?: string;
  /** The server's receipt, shown under the title when the figures were submitted. */
  receipt?: Receipt | null;
  /** The region's targets of the plan's other indicators (the region's summary only). */
  indicatorTargets?: IndicatorTargets | null;
}

/** Colours of behind-target (red) and on-target (green) gaps: Excel's own "bad" and "good" styles. */
export const GAP_COLORS = {
  behind: { fill: "#FFC7CE", font: "#9C0006" },
  onTarget: { fill: "#C6EFCE", font: "#006100" },
} as const;
const HEADER_FILL = "#D9E1F2";
const CHART_POSITION = { start: "J2", end: "Q20" };

/**
 * Creates or rewrites Sapa's summary sheet (stock, stage comparison with red/green gaps, attestation due,
 * per organisation when the summary lists them, a clustered column chart of actual vs target). The roster is never touched, and a
 * second run clears the sheet and writes it again, so it always ends up the same.
 */
export async function writeSummarySheet(
  summary: SummaryFigures & { byOrganization?: readonly OrganizationSummary[] },
  opts: SummarySheetOptions,
): Promise<{ sheet: string }> {
  const caps = detectRequirementSets();
  const name = sheetTitle("summary", opts.lang);
  const layout = summaryLayout(summary, {
    lang: opts.lang,
    title: opts.title ?? name,
    receipt: opts.receipt ?? null,
    ...(summary.byOrganization ? { organizations: summary.byOrganization } : {}),
    ...(opts.indicatorTargets ? { indicatorTargets: opts.indicatorTargets } : {}),
  });

  return Excel.run(async (context) => {
    const { ws, existing } = await findOrAddSheet(context, name);
    if (existing) {
      ws.charts.load("items/name");
      ws.getRange().clear("All");
      if (caps.canConditionalFormat) ws.getRange().conditionalFormats.clearAll();
      await context.sync();
      for (const chart of ws.charts.items) chart.delete();
    }
    if (caps.canSuspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();

    await writeBlocks(context, ws, { row: 1, column: 1 }, layout.values, layout.formats);

    for (const row of layout.titleRows) ws.getRange(`A${row}`).format.font.bold = true;
    for (const row of layout.headerRows) {
      const range = ws.getRange(summaryRowAddress(row));
      range.format.font.bold = true;
      range.format.fill.color = HEADER_FILL;
      range.format.wrapText = true;
    }
    for (const row of layout.totalRows) ws.getRange(summaryRowAddress(row)).format.font.bold = true;

    if (layout.gaps) {
      const gapRange = ws.getRange(layout.gaps.address);
      if (caps.canConditionalFormat) {
        const behind = gapRange.conditionalFormats.add("CellValue");
        behind.cellValue.format.fill.color = GAP_COLORS.behind.fill;
        behind.cellValue.format.font.color = GAP_COLORS.behind.font;
        behind.cellValue.rule = { formula1: "0", operator: "GreaterThan" };
        const onTarget = gapRange.conditionalFormats.add("CellValue");
        onTarget.cellValue.format.fill.color = GAP_COLORS.onTarget.fill;
        onTarget.cellValue.format.font.color = GAP_COLORS.onTarget.font;
        onTarget.cellValue.rule = { formula1: "0", operator: "LessThanOrEqual" };
      } else {
        // Older hosts: the same colours, fixed at write time (rewritten with the figures each run).
        const { firstRow, column } = layout.gaps;
        layout.gaps.values.forEach((gap, i) => {
          const colors = gap > 0 ? GAP_COLORS.behind : GAP_COLORS.onTarget;
          const cell = ws.getRange(`${column}${firstRow + i}`);
          cell.format.fill.color = colors.fill;
          cell.format.font.color = colors.font;
        });
      }
    }

    if (caps.canValuesOnlyUsedRange) {
      ws.getRange("A:A").format.columnWidth = 260;
      ws.getRange(`B:${columnLetter(SUMMARY_WIDTH)}`).format.columnWidth = 95;
    }
    if (layout.chart && caps.canChart) {
      const chart = ws.charts.add("ColumnClustered", ws.getRange(layout.chart.address), "Columns");
      chart.title.text = layout.chart.title;
      chart.setPosition(CHART_POSITION.start, CHART_POSITION.end);
    }
    await context.sync();
    return { sheet: name };
  });
}
