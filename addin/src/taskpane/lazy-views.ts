import { lazy } from "react";
import { preloadCheckControls } from "./check-deferred.tsx";

/**
 * The pane's views other than the Check tab and the first run, each loaded when first shown (issue 19,
 * item 7): a district user never downloads the Region tab, and nobody waits for Figures, Submit or the
 * dialogs before the pane appears. `prefetchViews` fetches the views of the user's role (and the Check tab's
 * result controls) once the pane is on screen.
 */
const views = {
  figures: () => import("./FiguresTab.tsx"),
  candidates: () => import("./CandidatesSection.tsx"),
  submit: () => import("./SubmitTab.tsx"),
  review: () => import("./ReviewStatusBar.tsx"),
  roster: () => import("./NewRosterTab.tsx"),
  settings: () => import("./SettingsTab.tsx"),
  key: () => import("./RegionKeySection.tsx"),
  ceremony: () => import("./KeyCeremony.tsx"),
  keyChange: () => import("./KeyChangeDialog.tsx"),
  region: () => import("./RegionTab.tsx"),
  regionCandidates: () => import("./RegionCandidates.tsx"),
};

export const FiguresTab = lazy(() => views.figures().then((m) => ({ default: m.FiguresTab })));
export const CandidatesSection = lazy(() =>
  views.candidates().then((m) => ({ default: m.CandidatesSection })),
);
export const SubmitTab = lazy(() => views.submit().then((m) => ({ default: m.SubmitTab })));
export const ReviewStatusBar = lazy(() => views.review().then((m) => ({ default: m.ReviewStatusBar })));
export const NewRosterTab = lazy(() => views.roster().then((m) => ({ default: m.NewRosterTab })));
export const SettingsTab = lazy(() => views.settings().then((m) => ({ default: m.SettingsTab })));
export const RegionKeySection = lazy(() => views.key().then((m) => ({ default: m.RegionKeySection })));
export const KeyCeremony = lazy(() => views.ceremony().then((m) => ({ default: m.KeyCeremony })));
export const KeyChangeDialog = lazy(() => views.keyChange().then((m) => ({ default: m.KeyChangeDialog })));
export const RegionTab = lazy(() => views.region().then((m) => ({ default: m.RegionTab })));
export const LoadProgress = lazy(() => views.region().then((m) => ({ default: m.Progress })));
export const RegionCandidates = lazy(() =>
  views.regionCandidates().then((m) => ({ default: m.RegionCandidates })),
);

/** Fetches the views a user of this role will open, after the pane has been shown (a failure is retried on use). */
export function prefetchViews(region: boolean): void {
  const names: (keyof typeof views)[] = [
    "figures",
    "candidates",
    "submit",
    "review",
    "roster",
    "settings",
    "key",
  ];
  if (region) names.push("region", "regionCandidates", "ceremony");
  for (const name of names) void views[name]().catch(() => undefined);
  preloadCheckControls();
}
