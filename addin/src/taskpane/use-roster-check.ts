import type { DistrictId, FieldKey, IsoDate, NamedGrid, Problem } from "@sapa/shared";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { SheetInfo } from "../excel/index.ts";
import type { Translate } from "../translate.ts";
import type { Mapping, WorkbookAnalysis } from "./analyse.ts";
import type { ExcelPort } from "./excel-port.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";
import { loadRosterCore, useRosterCore } from "./use-roster-core.ts";

/** The last check: the sheet it started from, the syncs it took, what the shared core found. */
export interface CheckState {
  sheet: string;
  syncs: number;
  analysis: WorkbookAnalysis;
}

export interface RosterCheck {
  sheets: SheetInfo[];
  /** The sheet picked in the Check tab; null = the sheets holding the roster, found by the shared core. */
  sheet: string | null;
  setSheet: (sheet: string | null) => void;
  progress: ReadProgress | null;
  /** The sheet (or sheets, joined) last read as the roster (by Check or Submit), if any. */
  readSheet: string | null;
  analysis: WorkbookAnalysis | null;
  /** Of several roster sheets, the one chosen alone; null = all of them as one roster. */
  only: string | null;
  setOnly: (sheet: string | null) => void;
  check: CheckState | null;
  mapping: Mapping;
  onCheck: () => void;
  onMappingChange: (field: FieldKey, letter: string | null) => void;
  onResetMapping: () => void;
  onOpenProblem: (problem: Problem) => void;
  onHighlight: () => void;
  onClearHighlights: () => void;
  refreshSheets: () => Promise<void>;
  /**
   * Reads the roster again from the sheet the picker shows (else every visible sheet) and analyses it with
   * the current column and sheet choice, kept when the same sheets are read (Submit reads the sheets again).
   */
  readAgain: (onProgress: (progress: ReadProgress) => void) => Promise<CheckedRead>;
}

/** Rows read so far over the sheets being read, and the sheet being read now. */
export interface ReadProgress {
  done: number;
  total: number;
  sheet?: string;
}

/** The roster read and analysed: `sheet` names the sheet, or the sheets joined, it was read from. */
export interface CheckedRead {
  sheet: string;
  analysis: WorkbookAnalysis;
}

interface SheetsRead {
  /** The sheet named in the picker when read; null = every visible sheet was read. */
  named: string | null;
  sheets: NamedGrid[];
  syncs: number;
}

/** What a read is, for keeping the column and sheet choice: the same sheets keep them. */
const readKey = (read: SheetsRead) => read.named ?? `\u0000${read.sheets.map((s) => s.name).join("\u0000")}`;

function analysisOptions(read: SheetsRead, only: string | null) {
  return { only: read.named ?? only };
}

/** The sheet(s) the roster was read from, as the pane names them. */
function partsLabel(analysis: WorkbookAnalysis, read: SheetsRead): string {
  return analysis.parts.map((p) => p.sheet).join(", ") || read.named || "";
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
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [read, setRead] = useState<SheetsRead | null>(null);
  const [only, setOnly] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  // Loaded before the first read is taken (readSheets): a read always has the core to analyse it.
  const engine = useRosterCore();

  const analysis = useMemo(
    () =>
      read && engine
        ? engine.analyseWorkbook(read.sheets, { asOf, mapping, district, ...analysisOptions(read, only) })
        : null,
    [engine, read, asOf, mapping, district, only],
  );
  // Kept stable between renders: the problem list resets its scroll and choice when its problems change.
  const check = useMemo(
    () => (read && analysis ? { sheet: partsLabel(analysis, read), syncs: read.syncs, analysis } : null),
    [read, analysis],
  );

  const refreshSheets = useCallback(async () => {
    try {
      setSheets(await excel.listSheets());
    } catch (error) {
      report("sheets", error);
    }
  }, [excel, report]);
  useEffect(() => void refreshSheets(), [refreshSheets]);

  /** Reads the named sheet, or every visible sheet (listed afresh) for the core to pick the roster from. */
  const readSheets = async (named: string | null, onProgress: (progress: ReadProgress) => void) => {
    await loadRosterCore();
    let names = named !== null ? [named] : [];
    if (named === null) {
      const listed = await excel.listSheets();
      setSheets(listed);
      names = listed.map((s) => s.name);
    }
    const got = await excel.readRosterSheets(names, (done, total, name) =>
      onProgress({ done, total, sheet: name }),
    );
    return { named, sheets: got.sheets, syncs: got.syncs };
  };

  /** Takes a fresh read; other sheets than last time drop the column and sheet choice. */
  const takeRead = (next: SheetsRead) => {
    const same = read !== null && readKey(read) === readKey(next);
    const keptMapping = same ? mapping : {};
    const keptOnly = same && next.sheets.some((s) => s.name === only) ? only : null;
    if (keptMapping !== mapping) setMapping(keptMapping);
    if (keptOnly !== only) setOnly(keptOnly);
    setRead(next);
    return { mapping: keptMapping, only: keptOnly };
  };

  const onCheck = () =>
    void run("check", async () => {
      setProgress(null);
      try {
        takeRead(await readSheets(sheet, setProgress));
      } finally {
        setProgress(null);
      }
      void refreshSheets();
    });

  const readAgain = async (onProgress: (progress: ReadProgress) => void): Promise<CheckedRead> => {
    // The sheet the picker shows, even when it was changed after the last check: Submit sends what the user
    // sees chosen, never the sheet an earlier check happened to read.
    const next = await readSheets(sheet, onProgress);
    const kept = takeRead(next);
    const analysis = (await loadRosterCore()).analyseWorkbook(next.sheets, {
      asOf,
      mapping: kept.mapping,
      district,
      ...analysisOptions(next, kept.only),
    });
    return { sheet: partsLabel(analysis, next), analysis };
  };

  const onOpenProblem = (problem: Problem) => {
    if (!analysis || !engine) return;
    const target = engine.problemSheet(problem, analysis);
    if (!target) return;
    const address = engine.problemAddress(problem, engine.problemLayout(problem, analysis));
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
      if (!check || !engine) return false;
      // Each sheet read gets its own problems' cells (and loses highlights no longer wanted).
      const bySheet = engine.problemCellsBySheet(check.analysis);
      for (const [target, cells] of bySheet) await excel.highlightProblems(target, cells);
      const marked = [...bySheet].filter(([, cells]) => cells.length > 0).map(([sheet]) => sheet);
      const names = marked.length > 0 ? marked : [...bySheet.keys()];
      notices.notify(
        "highlight",
        "success",
        names.length > 1
          ? t("highlightedSheets", { sheets: names.map((s) => t("sheetQuoted", { sheet: s })).join(", ") })
          : t("highlighted", { sheet: names[0] ?? check.sheet }),
      );
      return false; // the notice just written is the outcome: keep it
    });

  const onClearHighlights = () =>
    void run("highlight", async () => {
      const partSheets = check?.analysis.parts.map((p) => p.sheet) ?? [];
      const active = sheets.find((s) => s.active)?.name;
      const targets = partSheets.length > 0 ? partSheets : active ? [active] : [];
      if (targets.length === 0) return false;
      for (const target of targets) await excel.clearHighlights(target);
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
    readSheet: check?.sheet ?? null,
    analysis,
    only,
    setOnly,
    check,
    mapping,
    onCheck,
    onMappingChange,
    onResetMapping: () => setMapping({}),
    onOpenProblem,
    onHighlight,
    onClearHighlights,
    refreshSheets,
    readAgain,
  };
}
