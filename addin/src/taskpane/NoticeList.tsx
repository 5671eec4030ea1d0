import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
} from "@fluentui/react-components";
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Translate } from "../translate.ts";
import type { Notice, NoticeSource } from "./use-notices.ts";

const useStyles = makeStyles({
  notices: { display: "flex", flexDirection: "column", gap: "6px" },
  empty: { display: "contents" },
  links: { margin: "4px 0 0", paddingLeft: "18px" },
});

interface NoticeContextValue {
  notices: readonly Notice[];
  t: Translate;
  onDismiss: (id: number) => void;
  /** Opens a sheet a notice names (a written sheet's link). */
  onOpenSheet?: (sheet: string) => void;
  /** A slot on screen says which actions' notices it shows; the list above the tabs shows the rest. */
  claim: (sources: readonly NoticeSource[]) => () => void;
}

const NoticeContext = createContext<NoticeContextValue | null>(null);

/**
 * Where each notice is shown (issue 19, item 3): beside the button of the action that raised it when a
 * `NoticeSlot` for it is on screen, else in the list above the tabs.
 */
export function NoticeProvider({
  notices,
  t,
  onDismiss,
  onOpenSheet,
  children,
}: Omit<NoticeContextValue, "claim"> & { children: ReactNode }) {
  const [claimed, setClaimed] = useState<readonly NoticeSource[][]>([]);
  const value = useMemo<NoticeContextValue>(
    () => ({
      notices,
      t,
      onDismiss,
      onOpenSheet,
      claim: (sources) => {
        const entry = [...sources];
        setClaimed((list) => [...list, entry]);
        return () => setClaimed((list) => list.filter((e) => e !== entry));
      },
    }),
    [notices, t, onDismiss, onOpenSheet],
  );
  const unclaimed = useMemo(() => {
    const shown = new Set(claimed.flat());
    return notices.filter((n) => !shown.has(n.source));
  }, [claimed, notices]);
  return (
    <NoticeContext.Provider value={value}>
      <UnclaimedContext.Provider value={unclaimed}>{children}</UnclaimedContext.Provider>
    </NoticeContext.Provider>
  );
}

const UnclaimedContext = createContext<readonly Notice[]>([]);

/** The notices of `sources`, where it is placed (beside their button). */
export function NoticeSlot({ sources, testId }: { sources: readonly NoticeSource[]; testId?: string }) {
  const context = useContext(NoticeContext);
  const claim = context?.claim;
  const key = sources.join(" ");
  useEffect(() => claim?.(key.split(" ") as NoticeSource[]), [claim, key]);
  if (!context) return null;
  return (
    <NoticeStack
      notices={context.notices.filter((n) => sources.includes(n.source))}
      testId={testId ?? `notices-${sources[0]}`}
    />
  );
}

/** The notices no slot on screen shows (an action of another tab, the outbox retrying by itself). */
export function NoticeList() {
  const unclaimed = useContext(UnclaimedContext);
  return <NoticeStack notices={unclaimed} testId="notices" top />;
}

/**
 * Two live regions that exist before their first message, so screen readers announce it: errors as alerts,
 * other notices as polite status updates.
 */
function NoticeStack({
  notices,
  testId,
  top,
}: {
  notices: readonly Notice[];
  testId: string;
  top?: boolean;
}) {
  const styles = useStyles();
  const errors = notices.filter((n) => n.intent === "error");
  const others = notices.filter((n) => n.intent !== "error");
  const pad = top && notices.length > 0 ? { padding: "8px 12px 0" } : undefined;
  return (
    <div className={styles.notices} style={pad} data-testid={testId}>
      <div role="alert" className={errors.length ? styles.notices : styles.empty}>
        {errors.map((n) => (
          <NoticeBar key={n.id} notice={n} />
        ))}
      </div>
      <div role="status" aria-live="polite" className={others.length ? styles.notices : styles.empty}>
        {others.map((n) => (
          <NoticeBar key={n.id} notice={n} />
        ))}
      </div>
    </div>
  );
}

function NoticeBar({ notice: n }: { notice: Notice }) {
  const styles = useStyles();
  const context = useContext(NoticeContext)!;
  const { t, onDismiss, onOpenSheet } = context;
  return (
    <MessageBar
      intent={n.intent}
      layout="multiline"
      data-testid={`notice-${n.intent}`}
      data-source={n.source}
    >
      <MessageBarBody>
        {n.body}
        {n.sheets && n.sheets.length > 0 && (
          <ul className={styles.links} data-testid="notice-sheets">
            {n.sheets.map((s) => (
              <li key={s.sheet}>
                {onOpenSheet ? (
                  <Link
                    as="button"
                    inline
                    onClick={() => onOpenSheet(s.sheet)}
                    data-testid="notice-sheet-link"
                    data-sheet={s.sheet}
                  >
                    {s.sheet}
                  </Link>
                ) : (
                  s.sheet
                )}
                {s.about ? ` — ${s.about}` : ""}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={t("dismiss")}
            data-testid="notice-dismiss"
            onClick={() => onDismiss(n.id)}
          >
            ✕
          </Button>
        }
      />
    </MessageBar>
  );
}
