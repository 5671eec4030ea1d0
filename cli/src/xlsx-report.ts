import ExcelJS from "exceljs";
import type { PulledReport } from "@sapa/client";
import {
  attestationListTable,
  completenessTable,
  districtTable,
  organizationSheetTable,
  groupsTable,
  stageGapTable,
  targetsOfComparison,
  textIn,
  type Cell,
  type CellKind,
  type GroupReport,
  type Lang,
  type Table,
} from "@sapa/shared";

/** Number formats and widths (characters) of each kind of value. */
const KINDS: Record<CellKind, { format?: string; width: number }> = {
  count: { width: 12 },
  share: { format: "0.00%", width: 13 },
  pp: { format: "+0.00;-0.00;0.00", width: 15 },
  date: { format: "dd.mm.yyyy", width: 14 },
  timestamp: { format: "dd.mm.yyyy hh:mm", width: 18 },
  text: { width: 22 },
};
/** Columns whose names run long. */
const WIDE: Record<string, number> = { organization: 36, fullName: 34, district: 24 };
const LABEL_WIDTH = 26;
const HEADER_FILL = "FFDDEBF7";
const REGION_FONT = "FF1F4E79";
const MISSING_FONT = "FFC00000";

/** Sheet names: Excel allows 31 characters and no []:*?/\ . */
const SHEET_NAMES: Record<string, Record<Lang, string>> = {
  districts: { kk: "Облыс және аудандар", ru: "Область и районы", en: "Region and districts" },
  stage: { kk: "Кезең айырмасы", ru: "Отставание по этапу", en: "Stage gaps" },
  completeness: { kk: "Есеп тапсыру", ru: "Полнота сдачи", en: "Completeness" },
  attestation: { kk: "Аттестаттау тізімі", ru: "Список аттестации", en: "Attestation due" },
  organizations: { kk: "Ұйымдар", ru: "Организации", en: "Organisations" },
  groups: { kk: "Топтар", ru: "Группы", en: "Groups" },
};

/** A cell's value as exceljs writes it: numbers, real dates, text in the language. */
function cellValue(cell: Cell, lang: Lang): ExcelJS.CellValue {
  if (cell.value === null) return null;
  switch (cell.kind) {
    case "text":
      return textIn(cell.value, lang);
    case "date":
      return isoToDate(cell.value);
    case "timestamp":
      return wallClock(cell.value);
    default:
      return cell.value;
  }
}

/**
 * Adds a table as a sheet: a bold, frozen, filterable header row, formats and widths by kind of value,
 * totals bold, the region's total in blue, a missing unit's status in red.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: Table, lang: Lang): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  sheet.columns = [
    { key: "0", header: textIn(table.stub, lang), width: LABEL_WIDTH },
    ...table.columns.map((c, i) => {
      const kind = KINDS[c.kind];
      return {
        key: String(i + 1),
        header: textIn(c.heading, lang),
        width: WIDE[c.key] ?? kind.width,
        ...(kind.format ? { style: { numFmt: kind.format } } : {}),
      };
    }),
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.height = 45;
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: "thin" } };
    cell.numFmt = "General";
  });
  for (const row of table.rows) {
    const added = sheet.addRow([textIn(row.label, lang), ...row.cells.map((c) => cellValue(c, lang))]);
    if (row.role === "total") {
      added.font = row.region ? { bold: true, color: { argb: REGION_FONT } } : { bold: true };
    }
    if (row.role === "missing") added.getCell(2).font = { bold: true, color: { argb: MISSING_FONT } };
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, sheet.rowCount), column: 1 + table.columns.length },
  };
}

/**
 * The consolidated report as a workbook for reading: a sheet per view (region and districts, stage gaps,
 * completeness, the attestation list and the organisations read from their pages), headers in `lang`, bold
 * frozen headers, percent formats, widths and autofilters; when the region has defined groups of
 * organisations, a "Groups" sheet and, on the organisations sheet, each one's groups and the groups' rows.
 */
export function buildReportWorkbook(
  pulled: PulledReport,
  lang: Lang,
  groups: readonly GroupReport[] = [],
): ExcelJS.Workbook {
  const { figures: report, attestation, organizations } = pulled;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sapa";
  workbook.created = new Date(report.generatedAt);

  // The region first, then each district that has submitted.
  const units = districtTable(report, "workbook");
  const region = units.rows.filter((r) => r.region);
  const submitted = units.rows.filter((r) => !r.region && r.role !== "missing");
  addTableSheet(workbook, SHEET_NAMES.districts![lang], { ...units, rows: [...region, ...submitted] }, lang);
  addTableSheet(workbook, SHEET_NAMES.stage![lang], stageGapTable(report), lang);
  addTableSheet(workbook, SHEET_NAMES.completeness![lang], completenessTable(report), lang);
  addTableSheet(workbook, SHEET_NAMES.attestation![lang], attestationListTable(attestation), lang);
  addTableSheet(
    workbook,
    SHEET_NAMES.organizations![lang],
    // The server's targets for the year, as the report's figures were compared with them.
    organizationSheetTable(
      report.year,
      organizations,
      attestation,
      targetsOfComparison(report.region.stage),
      groups,
    ),
    lang,
  );
  if (groups.length > 0)
    addTableSheet(workbook, SHEET_NAMES.groups![lang], groupsTable(report.year, groups), lang);
  return workbook;
}

/** An ISO date as the UTC midnight exceljs writes as that day's serial. */
function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A timestamp as this machine's wall-clock time (exceljs writes Dates as UTC serials; people read local time). */
function wallClock(iso: string): Date | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
}

/** Writes the report workbook to `file`. */
export async function writeReportWorkbook(
  pulled: PulledReport,
  lang: Lang,
  file: string,
  groups: readonly GroupReport[] = [],
): Promise<void> {
  await buildReportWorkbook(pulled, lang, groups).xlsx.writeFile(file);
}
