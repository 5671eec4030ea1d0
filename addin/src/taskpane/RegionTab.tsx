import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import {
  REVIEW_STATUS_LABELS,
  completenessLine,
  findDistrict,
  groupsTable,
  isDistrictId,
  organizationSheetTable,
  pickColumns,
  type Table,
  regionViewTable,
  reviewTransition,
  type DistrictReview,
  type Lang,
  type ReviewAction,
} from "@sapa/shared";
import { useEffect, useRef, type ReactNode } from "react";
import type { ApiClient } from "../api/client.ts";
import { formatCount, formatRegionTime, type Translate } from "../translate.ts";
import { NoticeSlot } from "./NoticeList.tsx";
import { RegionTable } from "./RegionTable.tsx";
import { ReturnDialog } from "./ReturnDialog.tsx";
import type { ActionRunner } from "./use-action.ts";
import type { LoadStep, RegionView } from "./use-region-view.ts";
import type { Review } from "./use-review.ts";
import { reviewLocked, useYearLock } from "./use-year-lock.ts";
import { useYearWindow } from "./use-year-window.ts";
import { YearLockSection } from "./YearLockSection.tsx";
import { useSectionStyles } from "./section-styles.ts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

/**
 * The season's list in the narrow pane: unit, review status, teachers still needed (issue 19, item 6); the
 * sheets and the browser's workbench carry every figure.
 */
const COMPACT_COLUMNS = ["status", "stage.teachersNeeded"];

/** The organisations table's columns in the narrow pane (the sheet and the CSV carry them all). */
const ORG_COLUMNS = [
  "teachers",
  "qualitativeShare",
  "awardedInYear",
  "stage.teachersNeeded",
  "noExpertOrAbove",
];

/** The groups table's columns in the narrow pane (the Groups sheet carries them all). */
const GROUP_COLUMNS = [
  "organizations",
  "unmatchedMembers",
  "teachers",
  "qualitativeShare",
  "awardedInYear",
  "stage.gapPp",
  "stage.teachersNeeded",
];

/**
 * The groups table's columns in a full window: the narrow pane's and the stage's target, actual and verdict,
 * without the eleven category counts (22 columns did not fit 1,280 px; the Groups sheet carries them all).
 */
const FULL_GROUP_COLUMNS = [
  ...GROUP_COLUMNS.slice(0, 5),
  "stage.target",
  "stage.actual",
  ...GROUP_COLUMNS.slice(5),
  "stage.bandVerdict",
];

export interface RegionTabProps {
  t: Translate;
  lang: Lang;
  busy: boolean;
  view: RegionView;
  review: Review;
  /** Reads, locks and unlocks the shown year; reads and changes the window of years open to submissions. */
  client: ApiClient;
  run: ActionRunner["run"];
  /** Sections under the season's table (the candidates' counts). */
  children?: ReactNode;
  /** The consolidated report's pull into the workbook, under the season's list. */
  pull?: ReactNode;
  /** A full window (Sapa on the web): every column of the season and the organisations, more of the groups'. */
  full?: boolean;
}

/** The Region tab: the season's 13 units, one unit's review actions and organisations. */
export function RegionTab(props: RegionTabProps) {
  const { t, lang, busy, view, review, children, pull, full = false } = props;
  const yearLock = useYearLock({
    client: props.client,
    year: view.year,
    loadedAt: view.loadedAt,
    run: props.run,
  });
  const yearWindow = useYearWindow({ client: props.client, loadedAt: view.loadedAt, run: props.run });
  const locked = reviewLocked(yearLock.lock, view.year);
  const columns = (table: Table, narrow: readonly string[]) => (full ? table : pickColumns(table, narrow));
  // One district's organisations: its name heads the section, so the district column is left out.
  const orgColumns = (table: Table) =>
    full
      ? pickColumns(
          table,
          table.columns.map((c) => c.key).filter((k) => k !== "district"),
        )
      : pickColumns(table, ORG_COLUMNS);
  const styles = useStyles();
  const section = useSectionStyles();
  const table = view.report ? regionViewTable(view.report, view.reviews) : null;
  const unit = view.selected ? view.reviews.find((r) => r.district === view.selected) : undefined;
  const name = (d: string) => (isDistrictId(d) ? (findDistrict(d)?.name[lang] ?? d) : d);
  const returning = review.returning ? view.reviews.find((r) => r.district === review.returning) : undefined;
  const completeness = view.report?.completeness;

  return (
    <div className={styles.stack} data-testid="region-view">
      <Text>{t("regionIntro", { year: view.year })}</Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={view.refresh}
          disabledFocusable={busy}
          data-testid="region-refresh"
        >
          {t("regionRefresh")}
        </Button>
        {view.loadedAt && (
          <Caption1 data-testid="region-loaded-at">
            {t("regionLoadedAt", { time: formatRegionTime(view.loadedAt) })}
          </Caption1>
        )}
      </div>
      <YearLockSection t={t} busy={busy} control={yearLock} yearWindow={yearWindow} />
      <NoticeSlot sources={["region", "year"]} />
      <Progress step={view.step} testId="region-progress" />
      {!table && !view.step && <Caption1>{t("regionEmpty")}</Caption1>}
      {completeness && (
        <Caption1 data-testid="region-completeness">{completenessLine(completeness, lang)}</Caption1>
      )}
      {table && (
        <RegionTable
          table={columns(table, COMPACT_COLUMNS)}
          lang={lang}
          testId="region-table"
          label={t("regionTableLabel")}
          onSelect={(key) => isDistrictId(key) && view.select(key)}
          selected={view.selected}
        />
      )}
      {pull}
      <Progress step={view.groupsStep} testId="region-groups-progress" />
      {/* The groups not read: said where their table stands, in the pane and in the web's full window. */}
      <NoticeSlot sources={["groups"]} />
      {view.groups.length > 0 && (
        <section className={section.section} data-testid="region-groups">
          <Subtitle2 as="h2">{t("regionGroups")}</Subtitle2>
          <RegionTable
            table={pickColumns(
              groupsTable(view.year, view.groups),
              full ? FULL_GROUP_COLUMNS : GROUP_COLUMNS,
            )}
            lang={lang}
            testId="region-groups-table"
            label={t("regionGroupsLabel")}
          />
        </section>
      )}
      {unit && (
        <section className={section.section} data-testid="region-unit" data-district={unit.district}>
          <Subtitle2 as="h2">{name(unit.district)}</Subtitle2>
          <Text data-testid="region-unit-status" data-status={unit.status} weight="semibold">
            {REVIEW_STATUS_LABELS[unit.status][lang]}
          </Text>
          <Caption1 data-testid="region-unit-revision" data-revision={unit.revision ?? ""}>
            {unit.revision !== null && unit.submittedAt
              ? t("regionUnitRevision", { revision: unit.revision, time: formatRegionTime(unit.submittedAt) })
              : t("regionUnitNoData")}
          </Caption1>
          {unit.comment && (
            <MessageBar intent={unit.status === "returned" ? "warning" : "info"} layout="multiline">
              <MessageBarBody data-testid="region-unit-comment">
                {t("regionComment", { comment: unit.comment })}
              </MessageBarBody>
            </MessageBar>
          )}
          <ReviewButtons t={t} busy={busy} locked={locked} unit={unit} review={review} />
          <NoticeSlot sources={["review"]} />
          <Subtitle2 as="h3">{t("regionOrganizations")}</Subtitle2>
          <Progress step={view.orgStep} testId="region-orgs-progress" />
          {view.organizations?.district === unit.district && (
            <>
              <Caption1 data-testid="region-orgs-count">
                {t("regionOrgsCount", { n: formatCount(view.organizations.items.length, lang) })}
              </Caption1>
              {view.organizations.items.length > 0 && (
                <RegionTable
                  table={orgColumns(organizationSheetTable(view.year, view.organizations.items, []))}
                  lang={lang}
                  testId="region-orgs"
                  label={t("regionOrganizations")}
                />
              )}
            </>
          )}
        </section>
      )}
      {children}
      <ReturnDialog
        t={t}
        districtName={returning ? name(returning.district) : null}
        comment={review.draft}
        onCommentChange={review.setDraft}
        busy={busy}
        onReturn={() => returning && review.returnWith(returning, review.draft)}
        onCancel={review.closeReturn}
      />
    </div>
  );
}

/** The review actions the unit's status allows (the shared transitions), nothing else. */
function ReviewButtons({
  t,
  busy,
  locked,
  unit,
  review,
}: {
  t: Translate;
  busy: boolean;
  /** The year is locked: the buttons stay in reach of the keyboard, off, described by the reason. */
  locked: boolean;
  unit: DistrictReview;
  review: Review;
}) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  // Whether the keyboard's focus was on these buttons: an action replaces the very button it was on.
  const hadFocus = useRef(false);
  useEffect(() => {
    // Accept gives way to Reopen, Return… to nothing: focus stays with the unit, never falls to the page.
    if (!hadFocus.current || document.activeElement !== document.body) return;
    const next =
      box.current?.querySelector("button") ??
      document.querySelector<HTMLElement>('[data-testid="region-table"] tr[aria-selected="true"]');
    next?.focus();
  }, [unit.status, unit.revision]);
  const allowed = (action: ReviewAction) =>
    unit.revision !== null && reviewTransition(unit.status, action) !== null;
  const off = {
    disabledFocusable: busy || locked,
    "aria-describedby": locked ? "review-blocked" : undefined,
  };
  return (
    <>
      <div
        ref={box}
        className={styles.row}
        onFocus={() => (hadFocus.current = true)}
        onBlur={(event) => {
          // Focus moved elsewhere on purpose (a removed button has no next target: it stays "had focus").
          if (event.relatedTarget && !box.current?.contains(event.relatedTarget)) hadFocus.current = false;
        }}
      >
        {allowed("accept") && (
          <Button
            appearance="primary"
            {...off}
            onClick={() => review.accept(unit)}
            data-testid="review-accept"
          >
            {t("reviewAccept")}
          </Button>
        )}
        {allowed("return") && (
          <Button {...off} onClick={() => review.openReturn(unit.district)} data-testid="review-return">
            {t("reviewReturn")}
          </Button>
        )}
        {allowed("reopen") && (
          <Button {...off} onClick={() => review.reopen(unit)} data-testid="review-reopen">
            {t("reviewReopen")}
          </Button>
        )}
      </div>
      {locked && (
        <Caption1 id="review-blocked" data-testid="review-blocked">
          {t("reviewBlockedLocked")}
        </Caption1>
      )}
    </>
  );
}

/** A load's progress bar named by what it loads; nothing when idle (the pull's, the region view's). */
export function Progress({ step, testId }: { step: LoadStep | null; testId: string }) {
  if (!step) return null;
  return (
    <Field validationMessage={step.label} validationState="none" data-testid={testId}>
      {/* named by what it loads (axe aria-progressbar-name: the field's message does not name it) */}
      <ProgressBar value={step.value ?? undefined} aria-label={step.label} />
    </Field>
  );
}
