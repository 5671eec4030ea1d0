import {
  candidatesSheet,
  DEFAULT_MIN_YEARS_SINCE_AWARD,
  candidatesFor,
  type CandidatesReport,
  type Lang,
  type TeacherRow,
  type AcademicYear,
} from "@sapa/shared";
import { useEffect, useMemo, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Translate } from "../i18n.ts";
import type { ExcelPort } from "./excel-port.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";

/** The rule's minimum and where it came from: the region's setting, or the default when none was read. */
export interface MinimumYears {
  years: number;
  fromServer: boolean;
}

export interface DistrictCandidates {
  /** The checked roster's candidates, computed here (names never leave the workbook); null before a check. */
  report: CandidatesReport | null;
  minimum: MinimumYears;
  onWrite: () => void;
}

const DEFAULT_MINIMUM: MinimumYears = { years: DEFAULT_MIN_YEARS_SINCE_AWARD, fromServer: false };

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
  const [minimum, setMinimum] = useState<MinimumYears>(DEFAULT_MINIMUM);

  useEffect(() => {
    if (checked === null) return;
    let current = true;
    client.settings().then(
      (reply) => current && setMinimum({ years: reply.settings.minYearsSinceAward, fromServer: true }),
      // No server, no key or an old server: the default rule, said as such next to the list.
      () => current && setMinimum(DEFAULT_MINIMUM),
    );
    return () => {
      current = false;
    };
  }, [client, checked]);

  const report = useMemo(
    () =>
      checked === null
        ? null
        : candidatesFor(checked.teachers, { year: checked.year, minYearsSinceAward: minimum.years }),
    [checked, minimum.years],
  );

  const onWrite = () =>
    void runner.run("candidates", async () => {
      if (!report) return false;
      const written = await excel.writeSheet(candidatesSheet(report, lang));
      notices.notify(
        "candidates",
        "success",
        t("candidatesWritten", { sheet: written.sheet, count: report.candidates.length }),
      );
      onSheetsChanged();
      return false;
    });

  return { report, minimum, onWrite };
}
