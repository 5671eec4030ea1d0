import type { BadgeProps, ProgressBarProps, SearchBoxProps } from "@fluentui/react-components";
import { deferred } from "./deferred.tsx";
import type { SheetsReadProps } from "./SheetsRead.tsx";

const controls = () => import("./check-controls.ts");

/**
 * The Check tab's result controls, not part of the pane's start-up (issue 19, item 7): prefetched as soon
 * as the pane is on screen, long before a read can finish. Until then a count shows as plain text and the
 * other controls wait (the progress text of a read is shown beside its bar).
 */
export const Badge = deferred<BadgeProps>(
  () => controls().then((m) => m.Badge),
  ({ children, ...props }) => (
    <span data-testid={(props as { "data-testid"?: string })["data-testid"]}>{children}</span>
  ),
);
export const SearchBox = deferred<SearchBoxProps>(() => controls().then((m) => m.SearchBox));
export const ProgressBar = deferred<ProgressBarProps>(() => controls().then((m) => m.ProgressBar));
export const SheetsRead = deferred<SheetsReadProps>(() => controls().then((m) => m.SheetsRead));

/** Fetches the result controls (the pane calls it once it is on screen). */
export function preloadCheckControls(): void {
  for (const control of [Badge, SearchBox, ProgressBar, SheetsRead]) void control.preload();
}
