import {
  findDistrict,
  groupReport,
  isSealedName,
  targetsOfComparison,
  type AcademicYear,
  type AttestationEntry,
  type Lang,
  type OrganizationSummary,
  type ReportFigures,
  type Summary,
  type UnlockedRegionKey,
} from "@sapa/shared";
import type { OpenedReportNames } from "@sapa/client";
import type { ApiClient } from "../api/client.ts";
import type { Translate } from "../i18n.ts";
import type { ExcelPort } from "./excel-port.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";

export interface SheetWriters {
  /** Writes the checked roster's figures to the summary sheet. */
  onWriteSummary: () => void;
  /** The regional centre's consolidated report, written to two sheets. */
  onPullReport: () => void;
  onCreateRoster: (headers: "kk" | "ru") => void;
}

/** The actions that write sheets of Sapa's own; each says which sheet it wrote. */
export function useSheetWriters(options: {
  excel: ExcelPort;
  client: ApiClient;
  summary: Summary | null;
  /** The region's key opened for this session: the pulled attestation list gets its names opened. */
  regionKey: UnlockedRegionKey | null;
  year: AcademicYear;
  lang: Lang;
  t: Translate;
  runner: ActionRunner;
  notices: Notices;
  /** Called after a sheet was added, so the sheet picker lists it. */
  onSheetsChanged: () => void;
}): SheetWriters {
  const { excel, client, summary, regionKey, year, lang, t, runner, notices, onSheetsChanged } = options;
  // Each returns false: the success notice just written is the action's outcome and stays.
  return {
    onWriteSummary: () =>
      void runner.run("summary", async () => {
        if (!summary) return false;
        const written = await excel.writeSummarySheet(summary, { lang });
        notices.notify("summary", "success", t("written", { sheet: written.sheet }));
        onSheetsChanged();
        return false;
      }),
    onPullReport: () =>
      void runner.run("report", async () => {
        // Checked against the shared schemas by the client; the lists are read from their pages.
        const pulled = await client.report(year);
        const { figures: report, organizations } = pulled;
        // Names are opened here, in the pane, with the session's key; without it they stay "encrypted".
        const names = regionKey ? await client.openNames(pulled, regionKey) : null;
        const attestation = names?.attestation ?? pulled.attestation;
        const sealed = attestation.filter((e) => isSealedName(e.fullName)).length;
        // Both sheets: the region's merged figures (same layout as a district's summary) and the table the
        // regional centre works from, one row per district with who has not submitted yet.
        const region = await excel.writeSummarySheet(
          { ...report.region, attestationDue: attestation, byOrganization: organizations },
          { lang },
        );
        const perDistrict = await excel.writeReportSheet(report, attestation, { lang });
        const sheets = await writeRegionSheets(
          excel,
          client,
          { report, organizations, attestation },
          lang,
          t,
          notices,
        );
        notices.resolve("report", { authenticated: true });
        // What could not be opened first: the success notice below keeps other actions' warnings only.
        const unopened = names ? namesNotOpened(names, lang, t) : [];
        if (unopened.length > 0) notices.notify("key", "warning", unopened.join(" "));
        const aboutNames = names
          ? t("namesOpened", { opened: names.opened })
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
          {
            sheets: [
              { sheet: region.sheet, about: t("pulledRegion") },
              { sheet: perDistrict.sheet, about: t("pulledDistricts") },
              ...sheets,
            ],
          },
        );
        onSheetsChanged();
        return false;
      }),
    onCreateRoster: (headers) =>
      void runner.run("roster", async () => {
        const created = await excel.createRosterSheet(headers);
        notices.notify("roster", "success", t("rosterCreated", { sheet: created.sheet }));
        onSheetsChanged();
        return false;
      }),
  };
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
 * The region's organisations sheet (progress shown while its rows go in), the trend sheet with its chart and,
 * when the region has groups of organisations, the groups sheet (each group's figures from the pulled
 * organisations, so both sheets speak of the same revisions), and the candidates' counts sheet; the words saying what was written, and that the
 * chart is missing where the host cannot draw one.
 */
async function writeRegionSheets(
  excel: ExcelPort,
  client: ApiClient,
  pulled: {
    report: ReportFigures;
    organizations: readonly OrganizationSummary[];
    attestation: readonly AttestationEntry[];
  },
  lang: Lang,
  t: Translate,
  notices: Notices,
): Promise<{ sheet: string; about: string }[]> {
  const { report, organizations, attestation } = pulled;
  const [trend, { groups }] = await Promise.all([client.trend(), client.groups()]);
  // The server's targets for the year, as the report's figures were compared with them.
  const targets = targetsOfComparison(report.region.stage);
  const reports = groups.map((g) => groupReport(g, report.year, organizations, targets));
  const orgs = await excel.writeOrganizationsSheet(report.year, organizations, attestation, {
    lang,
    targets,
    groups: reports,
    onProgress: (done, total) =>
      notices.notify(
        "report",
        "info",
        t("writingSheet", { sheet: excel.organizationsSheetName(lang), done, total }),
      ),
  });
  const written = await excel.writeTrendSheet(trend, { lang });
  // The candidates' counts of the report's year (no names: those stay in the districts' workbooks).
  const candidates = await excel.writeCandidateCountsSheet(await client.candidates(report.year), { lang });
  // A Groups sheet from an earlier pull is rewritten even when the region has no group left, so no
  // stale figures stay in the workbook; without one, no empty sheet is added.
  const staleGroups =
    reports.length === 0 && (await excel.listSheets()).some((s) => s.name === excel.groupsSheetName(lang));
  const grouped =
    reports.length > 0 || staleGroups ? await excel.writeGroupsSheet(report.year, reports, { lang }) : null;
  return [
    { sheet: orgs.sheet, about: t("pulledOrganizations", { count: organizations.length }) },
    { sheet: written.sheet, about: t(written.chart ? "pulledTrend" : "pulledTrendNoChart") },
    ...(grouped ? [{ sheet: grouped.sheet, about: t("pulledGroups", { count: reports.length }) }] : []),
    { sheet: candidates.sheet, about: t("pulledCandidates") },
  ];
}
