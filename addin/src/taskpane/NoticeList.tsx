import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
} from "@fluentui/react-components";
import type { Translate } from "../i18n.ts";
import type { Notice } from "./use-notices.ts";

const useStyles = makeStyles({
  notices: { display: "flex", flexDirection: "column", gap: "6px", padding: "8px 12px 0" },
});

/** The notices above the tabs, each with its own close button. */
export function NoticeList({
  notices,
  t,
  onDismiss,
}: {
  notices: readonly Notice[];
  t: Translate;
  onDismiss: (id: number) => void;
}) {
  const styles = useStyles();
  if (notices.length === 0) return null;
  return (
    <div className={styles.notices} aria-live="polite">
      {notices.map((n) => (
        <MessageBar
          key={n.id}
          intent={n.intent}
          layout="multiline"
          data-testid={`notice-${n.intent}`}
          data-source={n.source}
        >
          <MessageBarBody>{n.body}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={t("dismiss")}
                onClick={() => onDismiss(n.id)}
              >
                ✕
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
