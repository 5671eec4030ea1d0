import type { DistrictId, FieldKey, GridInput, IsoDate, Problem } from "@sapa/shared";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { RosterRead, SheetInfo } from "../excel/index.ts";
import type { Translate } from "../i18n.ts";
import { analyseRoster, problemAddress, type Analysis, type Mapping } from "./analyse.ts";
import type { CheckState } from "./CheckTab.tsx";
import type { ExcelPort } from "./excel-port.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";

export interface RosterCheck {
  sheets: SheetInfo[];
  /** The sheet picked in the Check tab; null = the active sheet. */
  sheet: string | null;
  setSheet: (sheet: string | null) => void;
  progress: { done: number; total: number } | null;
  /** The sheet last read (by Check or Submit), if any. */
  readSheet: string | null;
  analysis: Analysis | null;
  check: CheckState | null;
  mapping: Mapping;
  onCheck: () => void;
  onMappingChange: (field: FieldKey, letter: string | null) => void;
  onResetMapping: () => void;
  onOpenProblem: (problem: Problem) => void;
  onHighlight: () => void;
  onClearHighlights: () => void;
  refreshSheets: () => Promise<void>;
  /** Takes a fresh read of the roster (Submit reads the sheet again); a new sheet drops the column choice. */
  takeRead: (read: RosterRead) => Mapping;
}

/**
 * The Check tab's state: the sheets, the roster read from one of them, the user's column choice and the
 * shared core's analysis of it (re-run at once when the choice or the report date changes).
 */
export function useRosterCheck(options: {
  excel: ExcelPort;
  asOf: IsoDate;
  district: DistrictId | null;
  runner: ActionRunner;
  notices: Notices;
  t: Translate;
}): RosterCheck {
  const { excel, asOf, district, runner, notices, t } = options;
  const { run, report } = runner;
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [grid, setGrid] = useState<{ sheet: string; syncs: number; input: GridInput } | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});

  const analysis = useMemo(
    () => (grid ? analyseRoster(grid.input, { asOf, mapping, district }) : null),
    [grid, asOf, mapping, district],
  );
  // Kept stable between renders: the problem list resets its scroll and choice when its problems change.
  const check = useMemo(
    () => (grid && analysis ? { sheet: grid.sheet, syncs: grid.syncs, analysis } : null),
    [grid, analysis],
  );

  const refreshSheets = useCallback(async () => {
    try {
      setSheets(await excel.listSheets());
    } catch (error) {
      report("sheets", error);
    }
  }, [excel, report]);
  useEffect(() => void refreshSheets(), [refreshSheets]);

  const takeRead = (read: RosterRead): Mapping => {
    const kept = grid && grid.sheet !== read.sheet ? {} : mapping;
    if (kept !== mapping) setMapping(kept);
    setGrid({ sheet: read.sheet, syncs: read.syncs, input: read.input });
    return kept;
  };

  const onCheck = () =>
    void run("check", async () => {
      setProgress(null);
      try {
        takeRead(await excel.readRoster(sheet ?? undefined, (done, total) => setProgress({ done, total })));
      } finally {
        setProgress(null);
      }
      void refreshSheets();
    });

  const onOpenProblem = (problem: Problem) => {
    const target = grid?.sheet;
    if (!target) return;
    const address = problemAddress(problem, analysis?.layout ?? null);
    void run("goto", async () => {
      const shown = await excel.selectCell(target, address);
      // Some Excel 2016 builds cannot select: the sheet is active, so the message names the cell instead.
      if (!shown.selected)
        notices.notify("goto", "info", t("goToCellManual", { sheet: target, cell: address }));
      return shown.selected;
    });
  };

  const onHighlight = () =>
    void run("highlight", async () => {
      if (!check) return false;
      const cells = check.analysis.problems
        .filter((p) => p.column !== null)
        .map((p) => ({ address: `${p.column}${p.row}`, severity: p.severity }));
      await excel.highlightProblems(check.sheet, cells);
      notices.notify("highlight", "success", t("highlighted", { sheet: check.sheet }));
      return false; // the notice just written is the outcome: keep it
    });

  const onClearHighlights = () =>
    void run("highlight", async () => {
      const target = grid?.sheet ?? sheets.find((s) => s.active)?.name;
      if (!target) return false;
      await excel.clearHighlights(target);
      notices.notify("highlight", "success", t("highlightsCleared"));
      return false;
    });

  const onMappingChange = (field: FieldKey, letter: string | null) =>
    setMapping((m) => {
      const next = { ...m };
      if (letter) next[field] = letter;
      else delete next[field];
      return next;
    });

  return {
    sheets,
    sheet,
    setSheet,
    progress,
    readSheet: grid?.sheet ?? null,
    analysis,
    check,
    mapping,
    onCheck,
    onMappingChange,
    onResetMapping: () => setMapping({}),
    onOpenProblem,
    onHighlight,
    onClearHighlights,
    refreshSheets,
    takeRead,
  };
}
