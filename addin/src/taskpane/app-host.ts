import type { AcademicYear, CandidatesReport, DistrictId, IsoDate, Lang } from "@sapa/shared";
import type { ReactNode } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Translate } from "../translate.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";
import type { RosterCheck } from "./use-roster-check.ts";

/** What the app tells a host's additions: the same state the tabs show. */
export interface HostContext {
  t: Translate;
  lang: Lang;
  busy: boolean;
  run: ActionRunner["run"];
  notices: Notices;
  district: DistrictId | null;
  asOf: IsoDate;
  year: AcademicYear;
  roster: RosterCheck;
  /** The checked roster's candidates; null before a check. */
  candidates: CandidatesReport | null;
  client: ApiClient;
  /** The consolidated report written through the host's writeSheet (settles once written or refused). */
  pullReport: () => Promise<void>;
}

/**
 * A host other than the Excel pane (Sapa on the web, on a roster file): the same app, with what only that
 * host has composed around a tab's own content.
 */
export interface AppHost {
  /** Tabs the host does not offer (the web has no workbook to add a roster sheet to). */
  hiddenTabs?: readonly string[];
  /** A full window: the panels get more room. */
  wide?: boolean;
  /** Lays out the Check tab (the web: opening the file, its read-only preview, the download). */
  check?: (tab: ReactNode, context: HostContext) => ReactNode;
  /** Lays out the Region tab (the web: the trend chart, the consolidated report's download). */
  region?: (tab: ReactNode, context: HostContext) => ReactNode;
}
