import type { CandidatesReport, Lang, TeacherRow, AcademicYear } from "@sapa/shared";
import { useEffect, useMemo, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Translate } from "../translate.ts";
import type { ExcelPort } from "./excel-port.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";
import { useRosterCore } from "./use-roster-core.ts";

/** The rule's minimum and where it came from: the region's setting, or the default when none was read. */
export interface MinimumYears {
  years: number;
  fromServer: boolean;
}

export interface DistrictCandidates {
  /** The checked roster's candidates, computed here (names never leave the workbook); null before a check. */
  report: CandidatesReport | null;
  /** The minimum the report was computed with; null before a check. */
  minimum: MinimumYears | null;
  onWrite: () => void;
}

/**
 * The district's candidates for a category from its checked roster, by the shared rule with the region's
 * minimum (GET /api/settings when the server answers, else the default, read again after every check).
 */
export function useDistrictCandidates(options: {
  excel: ExcelPort;
  client: ApiClient;
  /** The checked roster's teachers and its academic year; null before a check. */
  checked: { teachers: readonly TeacherRow[]; year: AcademicYear } | null;
  lang: Lang;
  t: Translate;
  runner: ActionRunner;
  notices: Notices;
  onSheetsChanged: () => void;
}): DistrictCandidates {
  const { excel, client, checked, lang, t, runner, notices, onSheetsChanged } = options;
  // The region's minimum as the server said it; null when none was read (the rule's default applies).
  const [fromServer, setFromServer] = useState<number | null>(null);

  useEffect(() => {
    if (checked === null) return;
    let current = true;
    client.settings().then(
      (reply) => current && setFromServer(reply.settings.minYearsSinceAward),
      // No server, no key or an old server: the default rule, said as such next to the list.
      () => current && setFromServer(null),
    );
    return () => {
      current = false;
    };
  }, [client, checked]);

  // A check has fetched the roster core: the candidates come from its rule.
  const core = useRosterCore();
  const report = useMemo(
    () =>
      checked === null || core === null
        ? null
        : core.candidatesFor(checked.teachers, {
            year: checked.year,
            ...(fromServer !== null ? { minYearsSinceAward: fromServer } : {}),
          }),
    [core, checked, fromServer],
  );
  // Without the server's, the report says the rule's default (the shared core's, loaded with it).
  const minimum = useMemo(
    () => (report ? { years: report.minYearsSinceAward, fromServer: fromServer !== null } : null),
    [report, fromServer],
  );

  const onWrite = () =>
    void runner.run("candidates", async () => {
      if (!report) return false;
      // The sheet writers are fetched with the first sheet written (issue 19, item 7).
      const sheet = await (await import("./report-sheets.ts")).writeCandidatesSheet(excel, report, lang);
      notices.notify(
        "candidates",
        "success",
        t("candidatesWritten", { sheet, count: report.candidates.length }),
      );
      onSheetsChanged();
      return false;
    });

  return { report, minimum, onWrite };
}
