import {
  MAX_YEAR_WINDOW_YEARS,
  academicYearsBetween,
  yearWindowProblem,
  type AcademicYear,
  type YearWindow,
} from "@sapa/shared";
import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Translate } from "../translate.ts";
import type { ActionRunner } from "./use-action.ts";

/** GET /api/years/window's answer: the region's window, the plan's, and every year open to submissions. */
export type YearWindowReply = Awaited<ReturnType<ApiClient["yearWindow"]>>;

export interface YearWindowControl {
  /** The window as last read; null until read (or when the read failed): nothing is said then. */
  reply: YearWindowReply | null;
  /** The window being chosen in the dialog, or null when it is closed. */
  draft: YearWindow | null;
  open: () => void;
  choose: (draft: YearWindow) => void;
  cancel: () => void;
  /** Saves a valid draft; the dialog closes either way (a failure is said in a notice under it). */
  save: () => void;
}

/** The years open to submissions as the Region tab says them, in `sapa years`'s words. */
export function yearWindowLine(reply: YearWindowReply, t: Translate): string {
  return t("yearWindowLine", {
    planFrom: reply.plan.from,
    planTo: reply.plan.to,
    from: reply.window.from,
    to: reply.window.to,
  });
}

/** Years offered before the earliest and after the latest of the plan's and the window's. */
const CHOICES_BEFORE = 5;
const CHOICES_AFTER = 10;

/** The academic years the dialog offers: around the plan's and the window's, in order. */
export function windowYearChoices(reply: YearWindowReply): AcademicYear[] {
  const first = Number((reply.window.from < reply.plan.from ? reply.window : reply.plan).from.slice(0, 4));
  const last = Number((reply.window.to > reply.plan.to ? reply.window : reply.plan).to.slice(0, 4));
  const from = first - CHOICES_BEFORE;
  const to = last + CHOICES_AFTER;
  return academicYearsBetween(`${from}-${from + 1}`, `${to}-${to + 1}`);
}

/** Why the server would refuse the chosen window (the shared rule), in the pane's words; null when it would not. */
export function yearWindowError(draft: YearWindow, t: Translate): string | null {
  const problem = yearWindowProblem(draft);
  if (problem === "order") return t("yearWindowOrder");
  if (problem === "span") return t("yearWindowSpan", { max: MAX_YEAR_WINDOW_YEARS });
  return null;
}

/**
 * The region's window of years open to submissions besides the plan's: read when the Region tab opens, with
 * each load of its table and after a save; changed from a dialog.
 */
export function useYearWindow(options: {
  client: ApiClient;
  /** When the region's table was last read: the window is read again with it. */
  loadedAt: string | null;
  run: ActionRunner["run"];
}): YearWindowControl {
  const { client, loadedAt, run } = options;
  const [reply, setReply] = useState<YearWindowReply | null>(null);
  const [draft, setDraft] = useState<YearWindow | null>(null);
  const [savedAt, setSavedAt] = useState(0);
  useEffect(() => {
    let current = true;
    client.yearWindow().then(
      (read) => current && setReply(read),
      () => current && setReply(null),
    );
    return () => {
      current = false;
    };
  }, [client, loadedAt, savedAt]);

  const save = useCallback(() => {
    const chosen = draft;
    if (!chosen || yearWindowProblem(chosen) !== null) return;
    void run("year", async () => {
      try {
        setReply(await client.putYearWindow(chosen));
        // Read back as every other reader of the window sees it.
        setSavedAt((n) => n + 1);
      } finally {
        setDraft(null);
      }
    });
  }, [client, draft, run]);

  return {
    reply,
    draft,
    open: () => {
      if (reply) setDraft({ ...reply.window });
    },
    choose: setDraft,
    cancel: () => setDraft(null),
    save,
  };
}
