import ExcelJS from "exceljs";
import {
  CATEGORY_KEYS,
  DISTRICTS,
  EDUCATION_KEYS,
  STAGE_CATEGORY_KEYS,
  label,
  type Lang,
  type Report,
  type Summary,
} from "@sapa/shared";

const PERCENT = "0.00%";
/** The plan's master target (0.01%) needs more digits than the other shares. */
const TARGET_PERCENT = "0.00##%";
const POINTS = "+0.00;-0.00;0.00";

interface Column {
  header: string;
  width: number;
  format?: string;
}

/** Sheet names: Excel allows 31 characters and no []:*?/\ . */
const SHEET_NAMES: Record<string, Record<Lang, string>> = {
  districts: { kk: "Облыс және аудандар", ru: "Область и районы", en: "Region and districts" },
  stage: { kk: "Кезең айырмасы", ru: "Отставание по этапу", en: "Stage gaps" },
  completeness: { kk: "Есеп тапсыру", ru: "Полнота сдачи", en: "Completeness" },
  attestation: { kk: "Аттестаттау тізімі", ru: "Список аттестации", en: "Attestation due" },
};

/** Adds a sheet with a bold, frozen, filterable header row and the given columns. */
function tableSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    header: c.header,
    width: c.width,
    ...(c.format ? { style: { numFmt: c.format } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.height = 45;
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { bottom: { style: "thin" } };
    cell.numFmt = "General";
  });
  return sheet;
}

function finishTable(sheet: ExcelJS.Worksheet, columnCount: number): void {
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, sheet.rowCount), column: columnCount },
  };
}

function districtName(id: string, lang: Lang): string {
  return DISTRICTS.find((d) => d.id === id)?.name[lang] ?? id;
}

/** One row of the districts sheet: counts, composition and shares of one unit. */
function summaryRow(
  name: string,
  summary: Summary,
  revision: number | null,
  submittedAt: string | null,
): unknown[] {
  return [
    name,
    summary.teachers,
    summary.organizations,
    ...CATEGORY_KEYS.map((k) => summary.byCategory[k]),
    summary.byCategory.unknown,
    ...EDUCATION_KEYS.map((k) => summary.byEducation[k]),
    summary.byEducation.unknown,
    summary.qualitativeShare,
    summary.anyCategoryShare,
    STAGE_CATEGORY_KEYS.reduce((sum, k) => sum + summary.awardedInYear[k], 0),
    summary.attestationOverdue,
    revision,
    submittedAt ? wallClock(submittedAt) : null,
  ];
}

/**
 * The consolidated report as a workbook for reading: a sheet per view (region and districts, stage gaps,
 * completeness, attestation due list), headers in `lang`, bold frozen headers, percent formats, widths and
 * autofilters.
 */
export function buildReportWorkbook(report: Report, lang: Lang): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sapa";
  workbook.created = new Date(report.generatedAt);

  // 1. Region and districts
  const columns: Column[] = [
    { header: label("district", lang), width: 26 },
    { header: label("teachers", lang), width: 12 },
    { header: label("organizations", lang), width: 14 },
    ...CATEGORY_KEYS.map((k) => ({ header: label(`category.${k}`, lang), width: 13 })),
    { header: `${label("field.category", lang)}: ${label("unknown", lang)}`, width: 14 },
    ...EDUCATION_KEYS.map((k) => ({
      header: `${label("field.education", lang)}: ${label(`education.${k}`, lang)}`,
      width: 16,
    })),
    { header: `${label("field.education", lang)}: ${label("unknown", lang)}`, width: 14 },
    { header: label("qualitativeShare", lang), width: 13, format: PERCENT },
    { header: label("anyCategoryShare", lang), width: 15, format: PERCENT },
    { header: `${label("awardedInYear", lang)} ${report.year}`, width: 15 },
    { header: label("attestationOverdue", lang), width: 14 },
    { header: label("revision", lang), width: 9 },
    { header: label("submittedAt", lang), width: 18, format: "dd.mm.yyyy hh:mm" },
  ];
  const districts = tableSheet(workbook, SHEET_NAMES.districts![lang], columns);
  const regionRow = districts.addRow(summaryRow(label("region", lang), report.region, null, null));
  regionRow.font = { bold: true };
  for (const d of report.districts) {
    districts.addRow(
      summaryRow(d.name[lang] || districtName(d.district, lang), d.summary, d.revision, d.submittedAt),
    );
  }
  finishTable(districts, columns.length);

  // 2. Stage gaps: one row per unit and category (and the band total), so the region can filter.
  const stageColumns: Column[] = [
    { header: label("district", lang), width: 26 },
    { header: label("stage", lang), width: 10 },
    { header: label("field.category", lang), width: 22 },
    { header: label("teachers", lang), width: 12 },
    { header: label("target", lang), width: 13, format: TARGET_PERCENT },
    { header: label("awarded", lang), width: 13 },
    { header: label("actual", lang), width: 13, format: PERCENT },
    { header: label("gapPp", lang), width: 15, format: POINTS },
    { header: label("teachersNeeded", lang), width: 16 },
    { header: label("withinBand", lang), width: 13 },
  ];
  const stage = tableSheet(workbook, SHEET_NAMES.stage![lang], stageColumns);
  const units: { name: string; summary: Summary; bold: boolean }[] = [
    { name: label("region", lang), summary: report.region, bold: true },
    ...report.districts.map((d) => ({
      name: d.name[lang] || districtName(d.district, lang),
      summary: d.summary,
      bold: false,
    })),
  ];
  for (const unit of units) {
    const comparison = unit.summary.stage;
    if (!comparison.categories || !comparison.total) continue;
    const stageName = comparison.stage ? label(`stage.${comparison.stage}`, lang) : "";
    for (const k of STAGE_CATEGORY_KEYS) {
      const line = comparison.categories[k];
      stage.addRow([
        unit.name,
        stageName,
        label(`category.${k}`, lang),
        unit.summary.teachers,
        line.target,
        line.awarded,
        line.actual,
        line.gapPp,
        line.teachersNeeded,
        null,
      ]);
    }
    const total = comparison.total;
    const bandText = comparison.band
      ? `${label("total", lang)} (${Math.round(comparison.band.min * 100)}–${Math.round(comparison.band.max * 100)}%)`
      : label("total", lang);
    const row = stage.addRow([
      unit.name,
      stageName,
      bandText,
      unit.summary.teachers,
      total.target,
      total.awarded,
      total.actual,
      total.gapPp,
      total.teachersNeeded,
      label(total.withinBand ? "yes" : "no", lang),
    ]);
    row.font = { bold: true };
    if (unit.bold) row.font = { bold: true, color: { argb: "FF1F4E79" } };
  }
  finishTable(stage, stageColumns.length);

  // 3. Completeness: every unit, submitted or missing.
  const completenessColumns: Column[] = [
    { header: label("district", lang), width: 26 },
    { header: label("completeness", lang), width: 16 },
    { header: label("revision", lang), width: 9 },
    { header: label("submittedAt", lang), width: 18, format: "dd.mm.yyyy hh:mm" },
    { header: label("teachers", lang), width: 12 },
  ];
  const completeness = tableSheet(workbook, SHEET_NAMES.completeness![lang], completenessColumns);
  const byId = new Map(report.districts.map((d) => [d.district, d]));
  for (const unit of DISTRICTS) {
    const submitted = byId.get(unit.id);
    const row = completeness.addRow([
      unit.name[lang],
      label(submitted ? "submitted" : "missing", lang),
      submitted?.revision ?? null,
      submitted ? wallClock(submitted.submittedAt) : null,
      submitted?.summary.teachers ?? null,
    ]);
    if (!submitted) row.getCell(2).font = { bold: true, color: { argb: "FFC00000" } };
  }
  const totals = completeness.addRow([
    `${label("submitted", lang)}: ${report.completeness.submitted} / ${report.completeness.expected}`,
  ]);
  totals.font = { bold: true };
  finishTable(completeness, completenessColumns.length);

  // 4. Attestation due list.
  const attestationColumns: Column[] = [
    { header: label("year", lang), width: 12 },
    { header: label("district", lang), width: 24 },
    { header: label("organization", lang), width: 36 },
    { header: label("field.fullName", lang), width: 34 },
    { header: label("field.category", lang), width: 22 },
    { header: label("field.categoryDate", lang), width: 14, format: "dd.mm.yyyy" },
    { header: label("expires", lang), width: 14, format: "dd.mm.yyyy" },
  ];
  const attestation = tableSheet(workbook, SHEET_NAMES.attestation![lang], attestationColumns);
  for (const entry of report.attestationDue) {
    attestation.addRow([
      entry.year,
      entry.district ? districtName(entry.district, lang) : "",
      entry.organization,
      entry.fullName,
      label(`category.${entry.category}`, lang),
      isoToDate(entry.categoryDate),
      isoToDate(entry.expires),
    ]);
  }
  finishTable(attestation, attestationColumns.length);
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
export async function writeReportWorkbook(report: Report, lang: Lang, file: string): Promise<void> {
  await buildReportWorkbook(report, lang).xlsx.writeFile(file);
}
