import {
  CATEGORY_KEYS,
  categoryName,
  DISTRICTS,
  findDistrict,
  isLegacyCategory,
  label,
  serialFromIso,
  STAGE_CATEGORY_KEYS,
  type Lang,
  type Localized,
  type Report,
  type Summary,
} from "@sapa/shared";
import { columnLetter, rectAddress } from "./address.ts";
import { writeBlocks } from "./block-writer.ts";
import { detectRequirementSets } from "./requirements.ts";
import { safeSheetName } from "./sheet-names.ts";
import { GAP_COLORS } from "./summary-sheet.ts";
import { FORMAT, type SheetCell } from "./summary-layout.ts";

/** The per-district sheet's name (≤ 31 characters, none of : \ / ? * [ ]). */
const REPORT_TITLE: Localized = { kk: "Sapa — облыс", ru: "Sapa — область", en: "Sapa — region" };
const HEADER_FILL = "#D9E1F2";
/** Grey text for a district that has not submitted, so the gap in the table is seen at a glance. */
const MISSING_FONT = "#808080";
const LEGACY_KEYS = CATEGORY_KEYS.filter(isLegacyCategory);

/** The per-district table: name, revision, submitted at, stock, categories, quality, stage gaps, needed. */
const COLUMNS = [
  FORMAT.text,
  FORMAT.count,
  FORMAT.text,
  FORMAT.count,
  FORMAT.count,
  ...STAGE_CATEGORY_KEYS.map(() => FORMAT.count),
  FORMAT.count,
  FORMAT.share,
  ...STAGE_CATEGORY_KEYS.map(() => FORMAT.pp),
  ...STAGE_CATEGORY_KEYS.map(() => FORMAT.count),
];
/** 1-based column of the first stage gap. */
const FIRST_GAP_COLUMN = COLUMNS.indexOf(FORMAT.pp) + 1;
/** Columns of the sheet (A…S). */
export const REPORT_WIDTH = COLUMNS.length;

/** The report sheet as one matrix plus where its header, total and not-submitted rows sit (1-based). */
export interface ReportLayout {
  values: SheetCell[][];
  formats: string[][];
  titleRows: number[];
  headerRow: number;
  totalRow: number;
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
 * one row per district in the region's order (not-submitted ones marked), the region total, completeness.
 */
export function reportLayout(report: Report, opts: { lang: Lang; title: string }): ReportLayout {
  const { lang } = opts;
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  const rows: { cells: SheetCell[]; formats?: string[] }[] = [];
  const push = (cells: SheetCell[], formats?: string[]) =>
    rows.push({ cells, ...(formats ? { formats } : {}) });
  const text2 = [FORMAT.general, FORMAT.text];

  push([opts.title]);
  push([L("year"), report.year], text2);
  push([L("generatedAt"), report.generatedAt], text2);
  push([L("asOf"), serialFromIso(report.region.asOf) ?? report.region.asOf], [FORMAT.general, FORMAT.date]);
  const stage = report.region.stage;
  push([stage.stage ? `${L(`stage.${stage.stage}`)}, ${stage.year}` : `${L("noStage")}: ${stage.year}`]);
  push([]);

  const headerRow = push([
    L("district"),
    L("revision"),
    L("submittedAt"),
    L("teachers"),
    L("organizations"),
    ...STAGE_CATEGORY_KEYS.map((k) => categoryName(k, lang)),
    LEGACY_KEYS.map((k) => categoryName(k, lang)).join(" / "),
    L("qualitativeShare"),
    ...STAGE_CATEGORY_KEYS.map((k) => `${L("gapPp")}: ${categoryName(k, lang)}`),
    ...STAGE_CATEGORY_KEYS.map((k) => `${L("teachersNeeded")}: ${categoryName(k, lang)}`),
  ]);

  const figures = (s: Summary): SheetCell[] => {
    const lines = s.stage.categories;
    return [
      s.teachers,
      s.organizations,
      ...STAGE_CATEGORY_KEYS.map((k) => s.byCategory[k]),
      LEGACY_KEYS.reduce((n, k) => n + s.byCategory[k], 0),
      s.qualitativeShare,
      ...STAGE_CATEGORY_KEYS.map((k) => lines?.[k].gapPp ?? ""),
      ...STAGE_CATEGORY_KEYS.map((k) => lines?.[k].teachersNeeded ?? ""),
    ];
  };
  const byId = new Map(report.districts.map((d) => [d.district, d]));
  const missingRows: number[] = [];
  for (const district of DISTRICTS) {
    const entry = byId.get(district.id);
    if (entry) {
      push([district.name[lang], entry.revision, entry.submittedAt, ...figures(entry.summary)], COLUMNS);
    } else {
      missingRows.push(push([district.name[lang], L("missing")], [FORMAT.text, FORMAT.text]));
    }
  }
  const totalRow = push([L("region"), "", "", ...figures(report.region)], COLUMNS);
  push([]);

  const { expected, submitted, missing } = report.completeness;
  const completeness = push([L("completeness")]);
  push([L("submitted"), submitted], [FORMAT.general, FORMAT.count]);
  push([L("expected"), expected], [FORMAT.general, FORMAT.count]);
  const names = missing.map((id) => findDistrict(id)?.name[lang] ?? id).join(", ");
  push([L("missing"), missing.length, names], [FORMAT.general, FORMAT.count, FORMAT.text]);

  const pad = <V>(xs: readonly V[] | undefined, fill: V) =>
    Array.from({ length: REPORT_WIDTH }, (_, i) => xs?.[i] ?? fill);
  const gaps: ReportLayout["gaps"] = [];
  for (let row = headerRow + 1; row <= totalRow; row++) {
    STAGE_CATEGORY_KEYS.forEach((_, i) => {
      const gap = rows[row - 1]!.cells[FIRST_GAP_COLUMN - 1 + i];
      if (typeof gap === "number") {
        gaps.push({ address: `${columnLetter(FIRST_GAP_COLUMN + i)}${row}`, behind: gap > 0 });
      }
    });
  }
  return {
    values: rows.map((r) => pad(r.cells, "" as SheetCell)),
    formats: rows.map((r) => pad(r.formats, FORMAT.general as string)),
    titleRows: [1, completeness],
    headerRow,
    totalRow,
    missingRows,
    gaps,
  };
}

/**
 * Creates or rewrites Sapa's per-district report sheet from the server's consolidated report. Other sheets
 * are never touched, and a second run clears the sheet and writes it again, so it always ends up the same.
 * Two round trips: find the sheet, then write everything.
 */
export async function writeReportSheet(report: Report, opts: { lang: Lang }): Promise<{ sheet: string }> {
  const caps = detectRequirementSets();
  const name = reportSheetName(opts.lang);
  const layout = reportLayout(report, { lang: opts.lang, title: name });
  const rowAddress = (row: number) => rectAddress(row, 1, 1, REPORT_WIDTH);

  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const existing = sheets.items.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    const ws = existing ? sheets.getItem(existing.name) : sheets.add(name);
    // Clear and rewrite (rather than delete and re-add) so formulas pointing at the sheet survive.
    if (existing) ws.getRange().clear("All");
    if (caps.canSuspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();

    await writeBlocks(context, ws, { row: 1, column: 1 }, layout.values, layout.formats);

    for (const row of layout.titleRows) ws.getRange(`A${row}`).format.font.bold = true;
    const header = ws.getRange(rowAddress(layout.headerRow));
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
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
