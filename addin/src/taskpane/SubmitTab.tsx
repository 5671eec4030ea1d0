import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { findDistrict, formatShare, label, type DistrictId, type Lang, type Problem } from "@sapa/shared";
import type { ReactNode } from "react";
import type { Receipt } from "../api/client.ts";
import type { OutboxEntry } from "../api/outbox.ts";
import { formatCount, formatDate, formatTime, type Translate } from "../translate.ts";
import { NoticeSlot } from "./NoticeList.tsx";
import { ProblemList } from "./ProblemList.tsx";
import { summaryLabel } from "./labels.ts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "10px" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: "2px 10px",
    margin: 0,
    "& dt": { color: tokens.colorNeutralForeground3 },
    "& dd": { margin: 0, fontWeight: tokens.fontWeightSemibold },
  },
  outbox: {
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    "& h3": { margin: 0 },
  },
  entry: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingTop: "4px",
  },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

/** One step of the submit flow, shown with a progress bar. */
export interface SubmitStep {
  label: string;
  /** 0..1 */
  value: number;
}

export interface SubmitTabProps {
  t: Translate;
  lang: Lang;
  district: DistrictId | null;
  /** A district user with an access key: submitting is possible. */
  ready: boolean;
  year: string;
  asOf: string;
  busy: boolean;
  step: SubmitStep | null;
  /** Errors that stopped the submission before anything was sent. */
  refused: Problem[] | null;
  receipt: Receipt | null;
  /** Where the receipt was recorded: the open workbook's summary sheet, or (on the web) the Sapa workbook to download. */
  receiptRecorded: "sheet" | "file" | null;
  outbox: OutboxEntry[];
  outboxPersisted: boolean;
  onSubmit: () => void;
  onRetry: () => void;
  onDiscard: (key: string) => void;
  onOpenSettings: () => void;
  onOpenProblem: (problem: Problem) => void;
  /** The region's review of this district-year (status, comment), shown above the submit button. */
  reviewNotice?: ReactNode;
  /** Why submitting is off (a locked year, accepted data), or null. */
  blockedReason?: string | null;
}

/** The Submit tab: what is sent where, the one-click submit, the receipt and the outbox. */
export function SubmitTab(props: SubmitTabProps) {
  const { t, lang, receipt } = props;
  const styles = useStyles();
  const districtName = props.district
    ? (findDistrict(props.district)?.name[lang] ?? props.district)
    : t("notSet");
  const ready = props.ready;
  const blocked = props.blockedReason ?? null;
  const nextAttempt = Math.min(
    ...props.outbox.filter((e) => e.state === "pending").map((e) => e.nextAttemptAt),
  );

  return (
    <div className={styles.stack}>
      <dl className={styles.facts} data-testid="submit-facts">
        <dt>{label("district", lang)}</dt>
        <dd data-testid="submit-district">{districtName}</dd>
        <dt>{label("year", lang)}</dt>
        <dd data-testid="submit-year">{props.year}</dd>
        <dt>{label("asOf", lang)}</dt>
        <dd data-testid="submit-date">{formatDate(props.asOf)}</dd>
      </dl>

      {!ready ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("needSettings")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.reviewNotice}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!ready || blocked !== null}
          // busy: still focusable, so focus stays on the button while it works (issue 19, item 9)
          disabledFocusable={props.busy}
          onClick={props.onSubmit}
          data-testid="submit-button"
        >
          {t("submit")}
        </Button>
        {!ready && <Button onClick={props.onOpenSettings}>{t("openSettings")}</Button>}
      </div>
      <NoticeSlot sources={["submit"]} />
      <Caption1 data-testid={blocked ? "submit-blocked" : undefined}>{blocked ?? t("submitHint")}</Caption1>

      {props.step && (
        <Field validationMessage={props.step.label} validationState="none" data-testid="submit-progress">
          <ProgressBar value={props.step.value} />
        </Field>
      )}

      {props.refused && (
        <div className={styles.stack} data-testid="submit-refused">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {t("refusedTitle", { n: props.refused.filter((p) => p.severity === "error").length })}
              </MessageBarTitle>
              {t("refusedBody")}
            </MessageBarBody>
          </MessageBar>
          <ProblemList
            problems={props.refused}
            lang={lang}
            t={t}
            onOpen={props.onOpenProblem}
            height={240}
            idPrefix="refused"
          />
        </div>
      )}

      {props.outbox.length > 0 && (
        <section className={styles.outbox} data-testid="outbox" aria-live="polite">
          <Subtitle2 as="h3">{t("outboxTitle", { n: props.outbox.length })}</Subtitle2>
          {!props.outboxPersisted && <Text weight="semibold">{t("outboxMemoryOnly")}</Text>}
          {props.outbox.map((entry) => (
            <div
              key={entry.key}
              className={styles.entry}
              data-testid="outbox-entry"
              data-state={entry.state}
              data-key={entry.key}
            >
              <Text size={200}>
                {t("outboxEntry", {
                  rows: entry.body.rows.length,
                  year: entry.body.year,
                  time: formatTime(entry.createdAt, lang),
                  attempts: entry.attempts,
                })}
              </Text>
              <Text size={200}>
                {entry.state === "blocked"
                  ? t("outboxBlocked")
                  : t("outboxPending", {
                      when: Number.isFinite(nextAttempt)
                        ? formatTime(new Date(nextAttempt).toISOString(), lang)
                        : "—",
                    })}
              </Text>
              {/* The server's own (localized) words; a network failure and a refused access key are
                  already explained in the notice above (said once). */}
              {entry.lastError && entry.lastError.status > 0 && entry.lastError.status !== 401 && (
                <Text size={200} italic>
                  {entry.lastError.message}
                </Text>
              )}
              <div className={styles.buttons}>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={props.busy}
                  onClick={props.onRetry}
                  data-testid="retry-button"
                >
                  {t("retryNow")}
                </Button>
                <Button size="small" disabled={props.busy} onClick={() => props.onDiscard(entry.key)}>
                  {t("discard")}
                </Button>
              </div>
            </div>
          ))}
        </section>
      )}

      {receipt && (
        <MessageBar intent="success" layout="multiline" data-testid="receipt">
          <MessageBarBody>
            <MessageBarTitle data-testid="receipt-title">
              {t("receiptTitle", { revision: receipt.revision })}
            </MessageBarTitle>
            <div>{t("receiptBody", { time: formatTime(receipt.receivedAt, lang) })}</div>
            <dl className={styles.facts}>
              <dt>{summaryLabel("teachers", lang)}</dt>
              <dd data-testid="receipt-teachers">{formatCount(receipt.summary.teachers, lang)}</dd>
              <dt>{summaryLabel("organizations", lang)}</dt>
              <dd data-testid="receipt-organizations">{formatCount(receipt.summary.organizations, lang)}</dd>
              <dt>{summaryLabel("qualitativeShare", lang)}</dt>
              <dd data-testid="receipt-qualitative">{formatShare(receipt.summary.qualitativeShare, lang)}</dd>
            </dl>
            {props.receiptRecorded !== null && (
              <div data-testid="receipt-recorded">
                {t(props.receiptRecorded === "file" ? "receiptRecordedFile" : "receiptRecorded")}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
