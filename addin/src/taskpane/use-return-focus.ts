import { useLayoutEffect, useRef } from "react";

/**
 * Focus goes back to whatever opened a dialog once it closes (issue 19, item 9): Fluent restores focus only
 * to a DialogTrigger, and these dialogs open from the pane's own flow. The opener is taken before the dialog
 * moves focus inside (a layout effect runs before Fluent's); when the action removed it (a Return button
 * once the unit is returned), `fallback` names where focus goes instead — never the page's body.
 */
export function useReturnFocus(open: boolean, fallback?: () => HTMLElement | null): void {
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      // After the dialog has gone and the pane re-rendered with the action's outcome.
      setTimeout(() => {
        const target = opener?.isConnected ? opener : (fallbackRef.current?.() ?? null);
        target?.focus();
      }, 0);
    };
  }, [open]);
}
