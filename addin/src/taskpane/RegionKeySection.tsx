import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { NoticeSlot } from "./NoticeList.tsx";
import type { ReactNode } from "react";
import type { Translate } from "../translate.ts";
import { KeyFingerprintView } from "./KeyFingerprintView.tsx";
import type { ServerKey } from "./use-region-key.ts";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", marginTop: "16px" },
});

/**
 * The region's key as the server announces it, in every pane: its fingerprint and the sentence that says to
 * compare it with the one the regional centre announced. The regional centre's ceremony goes below.
 */
export function RegionKeySection({
  t,
  server,
  busy,
  onRefresh,
  region = false,
  children,
}: {
  t: Translate;
  server: ServerKey;
  busy: boolean;
  onRefresh: () => void;
  /** The regional centre's own pane: before its key exists it is told to create it, not to ask itself. */
  region?: boolean;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="region-key-title" data-testid="region-key">
      <Subtitle2 as="h2" id="region-key-title">
        {t("keyTitle")}
      </Subtitle2>
      {server.status === "idle" && <Text>{t("keyNeedsToken")}</Text>}
      {server.status === "loading" && <Spinner size="tiny" label={t("keyLoading")} />}
      {server.status === "none" && (
        <MessageBar layout="multiline" intent="warning" data-testid="region-key-none">
          <MessageBarBody>{t(region ? "keyNoneRegion" : "keyNone")}</MessageBarBody>
        </MessageBar>
      )}
      {server.status === "ok" && (
        <>
          <Text>{t("keyFingerprintIntro")}</Text>
          <KeyFingerprintView t={t} fingerprint={server.fingerprint} testId="region-key-fingerprint" />
          <Text data-testid="region-key-compare">{t("keyFingerprintCompare")}</Text>
        </>
      )}
      {server.status !== "idle" && server.status !== "loading" && (
        <div>
          <Button size="small" onClick={onRefresh} disabledFocusable={busy} data-testid="region-key-refresh">
            {t("keyRefresh")}
          </Button>
        </div>
      )}
      {children}
      <NoticeSlot sources={["key"]} />
    </section>
  );
}
