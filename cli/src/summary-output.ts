import {
  STAGE_LIST_ORDER,
  attestationDueTable,
  categoryTable,
  educationTable,
  formatCell,
  formatRegionTime,
  indicatorTable,
  noStageLabel,
  overviewTable,
  pickColumns,
  stageTable,
  stageTitle,
  textIn,
  type Lang,
  type SummaryFigures,
  type Table,
} from "@sapa/shared";
import { t } from "./messages.ts";
import { formatTable, heading, type Align } from "./output.ts";

/**
 * A table of the shared presentation model for the terminal: short headings where given, figures right,
 * timestamps in Aktobe time ("22.11.2026 08:57").
 */
export function renderTable(table: Table, lang: Lang): string {
  const headers = [textIn(table.stub, lang), ...table.columns.map((c) => textIn(c.short ?? c.heading, lang))];
  const rows = table.rows.map((row) => [
    textIn(row.label, lang),
    ...row.cells.map((cell) =>
      cell.kind === "timestamp" && cell.value !== null
        ? formatRegionTime(cell.value)
        : formatCell(cell, lang),
    ),
  ]);
  const align: Align[] = ["left", ...table.columns.map((c): Align => (c.kind === "text" ? "left" : "right"))];
  return formatTable(headers, rows, align);
}

/** The stage comparison (target against actual per category and for the band) as a terminal table. */
export function formatStage(summary: Pick<SummaryFigures, "stage">, lang: Lang): string {
  const stage = stageTable(summary);
  if (!stage)
    return `${textIn("stage", lang)} · ${summary.stage.year}: ${textIn(noStageLabel(summary), lang)}`;
  return `${textIn(stageTitle(summary), lang)}\n${renderTable(pickColumns(stage, STAGE_LIST_ORDER), lang)}`;
}

/**
 * The figures of one Summary as terminal tables: overview, categories, education, stage, attestation, and
 * the plan's optional indicators when the roster has their columns.
 */
export function formatSummary(summary: SummaryFigures, lang: Lang): string {
  const indicators = indicatorTable(summary);
  return `${[
    heading(t("figures", lang)),
    renderTable(overviewTable(summary), lang),
    renderTable(categoryTable(summary), lang),
    renderTable(educationTable(summary), lang),
    formatStage(summary, lang),
    renderTable(attestationDueTable(summary), lang),
    ...(indicators ? [renderTable(indicators, lang)] : []),
  ].join("\n\n")}\n`;
}
