import type { AcademicYear, Lang, Summary, UnlockedRegionKey } from "@sapa/shared";
import { useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Translate } from "../translate.ts";
import type { ExcelPort } from "./excel-port.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";
import type { LoadStep } from "./use-region-view.ts";

export interface SheetWriters {
  /** Writes the checked roster's figures to the summary sheet. */
  onWriteSummary: () => void;
  /**
   * The regional centre's consolidated report, written to the report workbook's sheets; settles once
   * written (or refused), so a host can go on (the web downloads the sheets written).
   */
  onPullReport: () => Promise<void>;
  /** What the pull is doing while it runs (reading, opening names, writing sheet i of n); null otherwise. */
  pullStep: LoadStep | null;
  onCreateRoster: (headers: "kk" | "ru") => void;
}

/** The sheet writers (report-sheets.ts), fetched with the first sheet they write (issue 19, item 7). */
const reportSheets = () => import("./report-sheets.ts");

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
  const [pullStep, setPullStep] = useState<LoadStep | null>(null);
  // Each returns false: the success notice just written is the action's outcome and stays.
  return {
    onWriteSummary: () =>
      void runner.run("summary", async () => {
        if (!summary) return false;
        const sheet = await (await reportSheets()).writeSummarySheet(excel, summary, lang);
        notices.notify("summary", "success", t("written", { sheet }));
        onSheetsChanged();
        return false;
      }),
    onPullReport: () =>
      runner.run("report", async () => {
        try {
          await (
            await reportSheets()
          ).pullReport({ excel, client, regionKey, year, lang, t, notices, onStep: setPullStep });
        } finally {
          setPullStep(null);
        }
        onSheetsChanged();
        return false;
      }),
    pullStep,
    onCreateRoster: (headers) =>
      void runner.run("roster", async () => {
        const created = await excel.createRosterSheet(headers);
        notices.notify("roster", "success", t("rosterCreated", { sheet: created.sheet }));
        onSheetsChanged();
        return false;
      }),
  };
}
