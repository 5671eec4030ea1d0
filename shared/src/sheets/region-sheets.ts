/** The region's sheets of the consolidated report: the districts side by side, and the attestation list. */
import { label, type LabelKey } from "../i18n/labels.ts";
import {
  attestationListTable,
  completenessTable,
  districtTable,
  stageGapTable,
} from "../present/report-tables.ts";
import { stageTitle } from "../present/summary-tables.ts";
import { textIn } from "../present/table.ts";
import type { AcademicYear, AttestationEntry, Lang, ReportFigures } from "../types.ts";
import { SHEET_FORMAT, sheetName, type SheetDescription } from "./description.ts";
import { SheetLayout } from "./layout.ts";
import { SHEET_WORDS } from "./words.ts";
import { timestampCell } from "./summary-sheets.ts";

/**
 * The districts sheet: when the report was made, its stage, then one row per unit in the region's order
 * (one that has not submitted grey and marked, then the region on its own totals, gaps red or green; the header
 * frozen), completeness per unit, and every unit's stage gaps per category.
 */
export function districtsSheet(report: ReportFigures, lang: Lang): SheetDescription {
  const L = (key: LabelKey) => label(key, lang);
  const sheet = new SheetLayout(lang);
  sheet.title(sheetName("districts", lang));
  sheet.line(L("year"), { value: report.year, format: SHEET_FORMAT.text });
  sheet.line(L("generatedAt"), timestampCell(report.generatedAt));
  const stage = report.region.stage;
  sheet.line(stage.stage ? textIn(stageTitle(report.region), lang) : `${L("noStage")}: ${stage.year}`);
  sheet.blank();
  const table = sheet.table(districtTable(report, "sheet"), { gaps: (c) => c.key.startsWith("gapPp.") });
  sheet.blank();
  sheet.table(completenessTable(report));
  const gaps = stageGapTable(report);
  if (gaps.rows.length > 0) {
    sheet.blank();
    sheet.title(SHEET_WORDS.stageGaps[lang]);
    sheet.table(gaps, { gaps: (c) => c.key === "gapPp" });
  }
  return sheet.describe("districts", { freezeRows: table.header!, widths: { label: 30, others: 14 } });
}

/** The teachers due for attestation (all pages of the list), by year, district and organisation. */
export function attestationSheet(
  year: AcademicYear,
  entries: readonly AttestationEntry[],
  lang: Lang,
): SheetDescription {
  const sheet = new SheetLayout(lang);
  sheet.title(sheetName("attestation", lang));
  sheet.line(label("year", lang), { value: year, format: SHEET_FORMAT.text });
  sheet.blank();
  const at = sheet.table(attestationListTable(entries), { caption: "stub" });
  return sheet.describe("attestation", {
    freezeRows: at.header!,
    widths: { label: 12, others: [24, 36, 34, 20, 14, 14] },
  });
}
