/**
 * The region's list sheets (organisations with the groups first, groups, trend with its chart, candidate
 * counts) and the district's candidates and submissions: a title, the year, then shared tables.
 */
import { findDistrict } from "../plan/districts.ts";
import { PLAN_STAGE_TARGETS } from "../plan/targets.ts";
import { label } from "../i18n/labels.ts";
import {
  candidateCategoriesTable,
  candidateDistrictsTable,
  candidateListTable,
  candidateOrganizationsTable,
} from "../present/candidate-tables.ts";
import { groupsTable } from "../present/group-tables.ts";
import { organizationSheetTable } from "../present/organization-sheet.ts";
import { textIn } from "../present/table.ts";
import {
  trendChartTable,
  trendIndicatorTables,
  trendIndicatorsTitle,
  trendSheetTable,
} from "../present/trend-table.ts";
import type { Receipt } from "../api/schemas.ts";
import type { CandidateCounts } from "../figures/candidate-counts.ts";
import type { CandidatesReport } from "../figures/candidates.ts";
import type { Trend } from "../figures/trend.ts";
import type { GroupReport } from "../region/groups.ts";
import type { AcademicYear, AttestationEntry, Lang, OrganizationSummary, StageTargets } from "../types.ts";
import {
  NO_CHART_NOTE,
  SHEET_FORMAT,
  sheetName,
  type SheetDescription,
  type SheetKey,
} from "./description.ts";
import { SheetLayout } from "./layout.ts";
import { timestampCell } from "./summary-sheets.ts";
import { SHEET_WORDS } from "./words.ts";

/** Characters: a name column, then figures. */
const LIST_WIDTHS = { label: 36, others: 14 };

/** A sheet's title and "Academic year: 2025-2026" (and more lines), then a blank row. */
function headed(key: SheetKey, lang: Lang, year: AcademicYear, ...more: string[]): SheetLayout {
  const sheet = new SheetLayout(lang);
  sheet.title(sheetName(key, lang));
  sheet.title(`${label("year", lang)}: ${year}`);
  for (const line of more) sheet.title(line);
  sheet.blank();
  return sheet;
}

/** The rule's setting as a title line: "Minimum years since the last award: 2". */
const minimumLine = (minYears: number, lang: Lang) => `${label("minYearsSinceAward", lang)}: ${minYears}`;

/**
 * Every organisation of the report (all pages) with what holds it back, by district then distance to the
 * target; with the region's groups (reports of the same year and data), the groups' rows first and each
 * organisation's groups named. The header stays in view.
 */
export function organizationsSheet(
  year: AcademicYear,
  organizations: readonly OrganizationSummary[],
  attestation: readonly AttestationEntry[],
  opts: { lang: Lang; targets?: readonly StageTargets[]; groups?: readonly GroupReport[] },
): SheetDescription {
  const sheet = headed("organizations", opts.lang, year);
  const at = sheet.table(organizationSheetTable(year, organizations, attestation, opts.targets, opts.groups));
  return sheet.describe("organizations", { freezeRows: at.header!, widths: LIST_WIDTHS });
}

/** Every group of organisations of the year with its figures. */
export function groupsSheet(
  year: AcademicYear,
  reports: readonly GroupReport[],
  lang: Lang,
): SheetDescription {
  const sheet = headed("groups", lang, year);
  const at = sheet.table(groupsTable(year, reports));
  return sheet.describe("groups", { freezeRows: at.header!, widths: LIST_WIDTHS });
}

/** Rows the trend chart covers under its block. */
const TREND_CHART_ROWS = 16;

/**
 * The plan's years side by side: a block of the target band and the region's actual per year with a line
 * chart of it right under it (a year without data a gap in the line), then every year's region, districts
 * and groups (no data: empty, never 0); below them the region's other plan indicators against its targets.
 */
export function trendSheet(
  trend: Trend,
  opts: { lang: Lang; targets?: readonly StageTargets[] },
): SheetDescription {
  const { lang } = opts;
  const sheet = new SheetLayout(lang);
  sheet.title(sheetName("trend", lang));
  sheet.blank();
  const block = sheet.table(trendChartTable(trend, opts.targets ?? PLAN_STAGE_TARGETS));
  const chartRow = sheet.next + 1;
  for (let r = 0; r < TREND_CHART_ROWS + 1; r++) sheet.blank();
  sheet.blank();
  sheet.table(trendSheetTable(trend));
  if (trend.indicators) {
    sheet.blank();
    sheet.title(textIn(trendIndicatorsTitle(trend.indicators), lang));
    trendIndicatorTables(trend).forEach((table, i) => {
      if (i > 0) sheet.blank();
      sheet.table(table);
    });
  }
  return sheet.describe("trend", {
    widths: { label: 30, others: 14 },
    chart: {
      type: "line",
      title: SHEET_WORDS.trendChart[lang],
      source: { row: block.header!, column: 1, rows: block.last - block.header! + 1, columns: 4 },
      at: { row: chartRow, column: 1, rows: TREND_CHART_ROWS, columns: 8 },
      note: NO_CHART_NOTE[lang],
    },
  });
}

/**
 * The district's candidates from its own roster: needed, candidates, shortfall and undecided per stage
 * category, then every candidate by organisation (names come from the workbook and stay in it).
 */
export function candidatesSheet(report: CandidatesReport, lang: Lang): SheetDescription {
  const sheet = headed("candidates", lang, report.year, minimumLine(report.minYearsSinceAward, lang));
  sheet.table(candidateCategoriesTable(report));
  sheet.blank();
  sheet.table(candidateListTable(report));
  return sheet.describe("candidates", { widths: { label: 36, others: [34, 20, 20, 30, 14] } });
}

/** The region's candidate counts (no names): per district with the total, then per organisation. */
export function candidateCountsSheet(counts: CandidateCounts, lang: Lang): SheetDescription {
  const sheet = headed("candidateCounts", lang, counts.year, minimumLine(counts.minYearsSinceAward, lang));
  sheet.table(candidateDistrictsTable(counts));
  sheet.blank();
  sheet.table(candidateOrganizationsTable(counts));
  return sheet.describe("candidateCounts", { widths: LIST_WIDTHS });
}

/** Columns of the submissions sheet; the receipt's id is the fifth. */
const RECEIPT_ID_COLUMN = 5;

/**
 * The district's submissions: a header, then one row per receipt (year, unit, revision, time received in
 * Aktobe time, receipt number, teachers, qualitative composition). The pane adds to it: a receipt already
 * listed (same number, e.g. after an outbox retry) is not listed twice.
 */
export function receiptsSheet(receipts: readonly Receipt[], lang: Lang): SheetDescription {
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  const sheet = new SheetLayout(lang);
  sheet.push({
    values: [
      L("year"),
      L("district"),
      L("revision"),
      L("submittedAt"),
      SHEET_WORDS.receiptId[lang],
      L("teachers"),
      L("qualitativeShare"),
    ],
    formats: Array(7).fill(SHEET_FORMAT.general),
    style: "header",
  });
  for (const r of receipts) {
    const time = timestampCell(r.receivedAt);
    sheet.push({
      values: [
        r.year,
        findDistrict(r.district)?.name[lang] ?? r.district,
        r.revision,
        time.value,
        r.id,
        r.summary.teachers,
        r.summary.qualitativeShare,
      ],
      formats: [
        SHEET_FORMAT.text,
        SHEET_FORMAT.text,
        SHEET_FORMAT.count,
        time.format,
        SHEET_FORMAT.text,
        SHEET_FORMAT.count,
        SHEET_FORMAT.share,
      ],
    });
  }
  return sheet.describe("receipts", {
    freezeRows: 1,
    widths: { label: 12, others: [24, 10, 18, 40, 12, 14] },
    append: { keyColumn: RECEIPT_ID_COLUMN, headerRows: 1 },
  });
}
