/**
 * What the sheet-writing actions do, loaded with the first of them (issue 19, item 7): the shared sheet
 * descriptions (summary, the report's workbook, groups, trend) are not part of the pane's start-up.
 */

import {
  candidatesSheet,
  findDistrict,
  formatCount,
  groupReport,
  groupsSheet,
  isSealedName,
  reportWorkbook,
  sheetName,
  summarySheet,
  targetsOfComparison,
  type AcademicYear,
  type AttestationEntry,
  type CandidatesReport,
  type Lang,
  type OrganizationSummary,
  type ReportFigures,
  type SheetDescription,
  type Summary,
  type UnlockedRegionKey,
} from "@sapa/shared";
import type { OpenedReportNames } from "@sapa/client";
import type { ApiClient } from "../api/client.ts";
import type { Translate } from "../translate.ts";
import type { ExcelPort } from "./excel-port.ts";
import type { Notices } from "./use-notices.ts";
import type { LoadStep } from "./use-region-view.ts";

/** Writes the checked roster's figures to the summary sheet; the name of the sheet written. */
export async function writeSummarySheet(excel: ExcelPort, summary: Summary, lang: Lang): Promise<string> {
  return (await excel.writeSheet(summarySheet(summary, { lang }))).sheet;
}

/** Writes the district's candidates for a category to their sheet; the name of the sheet written. */
export async function writeCandidatesSheet(
  excel: ExcelPort,
  report: CandidatesReport,
  lang: Lang,
): Promise<string> {
  return (await excel.writeSheet(candidatesSheet(report, lang))).sheet;
}

/** What the region's pull works with. */
export interface PullContext {
  excel: ExcelPort;
  client: ApiClient;
  /** The region's key opened for this session: the pulled attestation list gets its names opened. */
  regionKey: UnlockedRegionKey | null;
  year: AcademicYear;
  lang: Lang;
  t: Translate;
  notices: Notices;
  /** Hears what the pull is doing (reading, opening names, writing sheet i of n), for its progress bar. */
  onStep?: (step: LoadStep) => void;
}

/**
 * The regional centre's consolidated report, written to the report workbook's sheets, and the notices
 * saying what was written (and which names stay encrypted). A write that fails part-way says which sheets
 * hold this pull and which may be incomplete.
 */
export async function pullReport({
  excel,
  client,
  regionKey,
  year,
  lang,
  t,
  notices,
  onStep = () => undefined,
}: PullContext): Promise<void> {
  // The previous pull's "written" is not this one's: it goes while this one runs.
  notices.resolve("report");
  onStep({ label: t("regionLoadingFigures"), value: null });
  // Checked against the shared schemas by the client; the lists are read from their pages.
  const pulled = await client.report(year, {
    onProgress: (done, total = 0) =>
      onStep({
        label: t("pullStepReading", { done: formatCount(done, lang), total: formatCount(total, lang) }),
        value: total > 0 ? Math.min(1, done / total) : null,
      }),
  });
  const { figures: report, organizations } = pulled;
  // Names are opened here, in the pane, with the session's key; without it they stay "encrypted".
  if (regionKey) onStep({ label: t("pullStepNames"), value: null });
  const names = regionKey ? await client.openNames(pulled, regionKey) : null;
  const attestation = names?.attestation ?? pulled.attestation;
  const sealed = attestation.filter((e) => isSealedName(e.fullName)).length;
  // The names the list shows opened: its sealed entries before opening less those still sealed (names.opened
  // counts every roster row opened, of teachers due for attestation or not).
  const sealedPulled = pulled.attestation.filter((e) => isSealedName(e.fullName)).length;
  const written = await writeReportSheets(
    excel,
    client,
    { report, organizations, attestation },
    lang,
    t,
    onStep,
    notices,
  );
  if (!written) return;
  notices.resolve("report", { authenticated: true });
  // What could not be opened first: the success notice below keeps other actions' warnings only.
  const unopened = names ? namesNotOpened(names, lang, t) : [];
  if (unopened.length > 0) notices.notify("key", "warning", unopened.join(" "));
  const aboutNames = names
    ? t("namesOpened", { opened: sealedPulled - sealed, total: sealedPulled })
    : sealed > 0
      ? t("namesEncrypted")
      : "";
  // What was written, as a short list of links to the sheets (issue 19, item 6).
  notices.notify(
    "report",
    "success",
    [
      t("pulledReport", {
        submitted: report.completeness.submitted,
        expected: report.completeness.expected,
      }),
      aboutNames,
    ]
      .filter(Boolean)
      .join(" "),
    { sheets: written },
  );
}

/** Why some names of the pulled list stay "encrypted": altered rows, districts sealed to another key. */
function namesNotOpened(names: OpenedReportNames, lang: Lang, t: Translate): string[] {
  const words = names.failed > 0 ? [t("namesFailed", { failed: names.failed })] : [];
  for (const [keyId, districts] of names.otherKeys)
    words.push(
      t("namesOtherKey", {
        districts: districts.map((d) => findDistrict(d)?.name[lang] ?? d).join(", "),
        hex: keyId.match(/.{4}/g)!.join(" "),
      }),
    );
  return words;
}

/**
 * The consolidated report's sheets, as every host writes them (@sapa/shared's reportWorkbook): the region's
 * summary, the districts, the organisations with the groups first (progress shown while the long lists go
 * in), the attestation list, the trend with its chart, the groups (each group's figures from the pulled
 * organisations, so both sheets speak of the same revisions) and the candidates' counts; the words saying
 * what was written, and that the chart is missing where the host cannot draw one. When a sheet cannot be
 * written, the error notice says which sheets hold this pull and which may be incomplete; null then.
 */
async function writeReportSheets(
  excel: ExcelPort,
  client: ApiClient,
  pulled: {
    report: ReportFigures;
    organizations: readonly OrganizationSummary[];
    attestation: readonly AttestationEntry[];
  },
  lang: Lang,
  t: Translate,
  onStep: (step: LoadStep) => void,
  notices: Notices,
): Promise<{ sheet: string; about: string }[] | null> {
  const { report, organizations, attestation } = pulled;
  onStep({ label: t("pullStepMore"), value: null });
  // The candidates' counts of the report's year (no names: those stay in the districts' workbooks).
  const [trend, { groups }, candidates] = await Promise.all([
    client.trend(),
    client.groups(),
    client.candidates(report.year),
  ]);
  // The server's targets for the year, as the report's figures were compared with them.
  const targets = targetsOfComparison(report.region.stage);
  const reports = groups.map((g) => groupReport(g, report.year, organizations, targets));
  const sheets: SheetDescription[] = reportWorkbook(
    { figures: report, organizations, attestation, targets, groups: reports, trend, candidates },
    lang,
  );
  // A Groups sheet from an earlier pull is rewritten even when the region has no group left, so no
  // stale figures stay in the workbook; without one, no empty sheet is added.
  const groupsName = sheetName("groups", lang);
  if (reports.length === 0 && (await excel.listSheets()).some((s) => s.name === groupsName))
    sheets.push(groupsSheet(report.year, [], lang));
  const charted = new Map<string, boolean>();
  const done: string[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const step = (part: number) =>
      onStep({
        label: t("pullStepWriting", { index: i + 1, count: sheets.length, sheet: sheet.name }),
        value: (i + part) / sheets.length,
      });
    step(0);
    try {
      const written = await excel.writeSheet(sheet, (rows, total) => step(rows / Math.max(1, total)));
      if (sheet.chart) charted.set(sheet.name, written.chart);
    } catch (error) {
      // Sheets of two pulls side by side would disagree without a word: say which is which.
      const before = done.length > 0 ? t("pullWrittenBefore", { sheets: done.join(", ") }) : "";
      notices.notify(
        "report",
        "error",
        `${excel.officeErrorMessage(error, lang)} ${t("pullPartlyWritten", { written: before, failed: sheet.name })}`,
        { sheets: [...done, sheet.name].map((name) => ({ sheet: name })) },
      );
      return null;
    }
    done.push(sheet.name);
  }
  // What was written, each a link to its sheet, in the workbook's order.
  const about: Record<SheetDescription["key"], string | null> = {
    regionSummary: t("pulledRegion"),
    districts: t("pulledDistricts"),
    organizations: t("pulledOrganizations", { count: organizations.length }),
    attestation: t("pulledAttestation", { count: attestation.length }),
    trend: null,
    groups: t("pulledGroups", { count: reports.length }),
    candidateCounts: t("pulledCandidates"),
    summary: null,
    candidates: null,
    receipts: null,
  };
  return sheets.map((sheet) => ({
    sheet: sheet.name,
    about:
      sheet.key === "trend"
        ? t(charted.get(sheet.name) === false ? "pulledTrendNoChart" : "pulledTrend")
        : (about[sheet.key] ?? sheet.name),
  }));
}
