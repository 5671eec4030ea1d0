import {
  DISTRICT_TABLE_VIEWS,
  attestationListTable,
  completenessSummaryTable,
  districtTable,
  label,
  serialFromIso,
  stageTitle,
  textIn,
  type AttestationEntry,
  type Lang,
  type Localized,
  type ReportFigures,
} from "@sapa/shared";
import { columnLetter, rectAddress } from "./address.ts";
import { writeBlocks } from "./block-writer.ts";
import { detectRequirementSets } from "./requirements.ts";
import { findOrAddSheet } from "./rewrite-sheet.ts";
import { safeSheetName } from "./sheet-names.ts";
import { GAP_COLORS } from "./summary-sheet.ts";
import { FORMAT, SheetRows, tableRows, toMatrices, type LaidRow, type SheetCell } from "./table-block.ts";

/** The per-district sheet's name (≤ 31 characters, none of : \\ / ? * [ ]). */
const REPORT_TITLE: Localized = { kk: "Sapa — облыс", ru: "Sapa — область", en: "Sapa — region" };
const HEADER_FILL = "#D9E1F2";
/** Grey text for a district that has not submitted, so the gap in the table is seen at a glance. */
const MISSING_FONT = "#808080";

/** Columns of the sheet (A…S): the label and the report sheet's view of the per-district table. */
export const REPORT_WIDTH = 1 + DISTRICT_TABLE_VIEWS.sheet.length;

/** The report sheet as one matrix plus where its header, total and not-submitted rows sit (1-based). */
export interface ReportLayout {
  values: SheetCell[][];
  formats: string[][];
  titleRows: number[];
  headerRow: number;
  totalRow: number;
  /** Header of the attestation list under the completeness block. */
  listHeaderRow: number;
  missingRows: number[];
  /** Stage gap cells (pp) with a figure: red when behind the target, green when on or above it. */
  gaps: { address: string; behind: boolean }[];
}

/** The report sheet's name in a language. */
export function reportSheetName(lang: Lang): string {
  return safeSheetName(REPORT_TITLE[lang]);
}

/**
 * Lays the consolidated report out as cells (pure: every figure is the server's, copied as it came):
 * one row per district in the region's order (not-submitted ones marked), the region total, completeness,
 * then the teachers due for attestation.
 */
export function reportLayout(
  report: ReportFigures,
  attestation: readonly AttestationEntry[],
  opts: { lang: Lang; title: string },
): ReportLayout {
  const { lang } = opts;
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  const sheet = new SheetRows();
  const push = (...more: LaidRow[]) => sheet.push(...more);
  const text2 = [FORMAT.general, FORMAT.text];

  push({ cells: [opts.title], kind: "title" });
  push({ cells: [L("year"), report.year], formats: text2 });
  push({ cells: [L("generatedAt"), report.generatedAt], formats: text2 });
  push({
    cells: [L("asOf"), serialFromIso(report.region.asOf) ?? report.region.asOf],
    formats: [FORMAT.general, FORMAT.date],
  });
  const stage = report.region.stage;
  push({ cells: [stage.stage ? textIn(stageTitle(report.region), lang) : `${L("noStage")}: ${stage.year}`] });
  push({ cells: [] });

  const table = districtTable(report, "sheet");
  const headerRow = sheet.rows.length + 1;
  push(...tableRows(table, lang));
  const totalRow = sheet.rows.length;
  push({ cells: [] });
  push({ cells: [L("completeness")], kind: "title" });
  push(...tableRows(completenessSummaryTable(report), lang, false));
  push({ cells: [] });
  const list = attestationListTable(attestation);
  push({ cells: [textIn(list.title!, lang)], kind: "title" });
  const listHeaderRow = sheet.rows.length + 1;
  push(...tableRows({ ...list, title: null }, lang));

  const gapColumns = table.columns.flatMap((c, i) => (c.key.startsWith("gapPp.") ? [i] : []));
  const gaps: ReportLayout["gaps"] = [];
  table.rows.forEach((row, r) => {
    for (const i of gapColumns) {
      const gap = row.cells[i]!.value;
      if (typeof gap === "number") {
        gaps.push({ address: `${columnLetter(i + 2)}${headerRow + 1 + r}`, behind: gap > 0 });
      }
    }
  });
  return {
    ...toMatrices(sheet.rows, REPORT_WIDTH),
    titleRows: sheet.of("title"),
    headerRow,
    totalRow,
    listHeaderRow,
    missingRows: sheet.of("missing"),
    gaps,
  };
}

/**
 * Creates or rewrites Sapa's per-district report sheet from the server's consolidated report and the
 * attestation list read from its pages. Other sheets
 * are never touched, and a second run clears the sheet and writes it again, so it always ends up the same.
 * Two round trips: find the sheet, then write everything.
 */
export async function writeReportSheet(
  report: ReportFigures,
  attestation: readonly AttestationEntry[],
  opts: { lang: Lang },
): Promise<{ sheet: string }> {
  const caps = detectRequirementSets();
  const name = reportSheetName(opts.lang);
  const layout = reportLayout(report, attestation, { lang: opts.lang, title: name });
  const rowAddress = (row: number) => rectAddress(row, 1, 1, REPORT_WIDTH);

  return Excel.run(async (context) => {
    const { ws, existing } = await findOrAddSheet(context, name);
    if (existing) ws.getRange().clear("All");
    if (caps.canSuspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();

    await writeBlocks(context, ws, { row: 1, column: 1 }, layout.values, layout.formats);

    for (const row of layout.titleRows) ws.getRange(`A${row}`).format.font.bold = true;
    for (const row of [layout.headerRow, layout.listHeaderRow]) {
      const header = ws.getRange(rowAddress(row));
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      header.format.wrapText = true;
    }
    ws.getRange(rowAddress(layout.totalRow)).format.font.bold = true;
    for (const row of layout.missingRows) ws.getRange(rowAddress(row)).format.font.color = MISSING_FONT;
    // Static colours (ExcelApi 1.1) rather than conditional formats: the sheet is a snapshot rewritten on
    // every pull, and a rule would paint the blank cells of districts that have not submitted as on target.
    for (const { address, behind } of layout.gaps) {
      const colors = behind ? GAP_COLORS.behind : GAP_COLORS.onTarget;
      const cell = ws.getRange(address);
      cell.format.fill.color = colors.fill;
      cell.format.font.color = colors.font;
    }

    if (caps.canFreezePanes) ws.freezePanes.freezeRows(layout.headerRow);
    if (caps.canValuesOnlyUsedRange) {
      ws.getRange("A:A").format.columnWidth = 170;
      ws.getRange(`B:${columnLetter(REPORT_WIDTH)}`).format.columnWidth = 80;
    }
    await context.sync();
    return { sheet: name };
  });
}
