import {
  Button,
  Caption1,
  FluentProvider,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { academicYearOf, findDistrict } from "@sapa/shared";
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { createApiClient } from "../api/client.ts";
import type { KeyValueStore, Settings } from "../settings.ts";
import { paneLanguage } from "../settings.ts";
import { loadWords, translator } from "../translate.ts";
import { BrowserLink } from "./BrowserLink.tsx";
import { CheckTab } from "./CheckTab.tsx";
import type { ExcelPort } from "./excel-port.ts";
import { FirstRun } from "./FirstRun.tsx";
import {
  CandidatesSection,
  FiguresTab,
  KeyCeremony,
  KeyChangeDialog,
  LoadProgress,
  NewRosterTab,
  RegionCandidates,
  RegionKeySection,
  RegionTab,
  ReviewStatusBar,
  SettingsTab,
  SubmitTab,
  prefetchViews,
} from "./lazy-views.ts";
import { NoticeList, NoticeProvider, NoticeSlot } from "./NoticeList.tsx";
import type { AppHost } from "./app-host.ts";
import { useAction } from "./use-action.ts";
import { useDistrictCandidates } from "./use-candidates.ts";
import { useNotices } from "./use-notices.ts";
import { useRegionKey } from "./use-region-key.ts";
import { useRegionView } from "./use-region-view.ts";
import { useReview } from "./use-review.ts";
import { submitBlockedReason, useReviewStatus } from "./use-review-status.ts";
import { useRosterCheck } from "./use-roster-check.ts";
import { useSettings } from "./use-settings.ts";
import { useSheetWriters } from "./use-sheet-writers.ts";
import { useSubmission } from "./use-submission.ts";

const TABS = ["check", "figures", "submit", "roster", "settings"] as const;
/** The regional centre's tabs: the season's region view first. */
const REGION_TABS = ["region", ...TABS] as const;
type TabId = (typeof REGION_TABS)[number];
const TAB_LABEL = {
  region: "tabRegion",
  check: "tabCheck",
  figures: "tabFigures",
  submit: "tabSubmit",
  roster: "tabNewRoster",
  settings: "tabSettings",
} as const;

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: "8px",
    padding: "8px 12px 0",
  },
  tabs: { flexWrap: "wrap", padding: "0 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  main: { display: "flex", flexDirection: "column", minWidth: 0 },
  panel: { padding: "10px 12px 16px", minWidth: 0 },
  // A full browser window (Sapa on the web): the same layout, room to breathe.
  wide: { padding: "12px 24px 24px" },
  region: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "8px",
  },
});

export interface AppProps {
  excel: ExcelPort;
  /** Where settings and the outbox live (localStorage in Office). */
  store: KeyValueStore;
  /** The pane's origin: the default server. */
  origin: string;
  /** Office.context.displayLanguage. */
  displayLanguage: string | null;
  version: string;
  /** A host other than the Excel pane (the web on a roster file); absent in the pane. */
  host?: AppHost;
}

/** The task pane: composition of the settings, the roster check, the submission and the notices. */
export function App({ excel, store, origin, displayLanguage, version, host }: AppProps) {
  const styles = useStyles();
  const prefs = useSettings(store, origin, displayLanguage);
  const { settings, lang, t, asOf, year } = prefs;
  const capabilities = useMemo(() => excel.detectRequirementSets(), [excel]);
  const [tab, setTabState] = useState<TabId>("check");
  const notices = useNotices();
  const { dropResults } = notices;
  // A result belongs to the tab it was raised on: moving to another tab leaves it behind (issue 19, item 3).
  const setTab = useCallback(
    (next: TabId) =>
      setTabState((current) => {
        if (current !== next) dropResults();
        return next;
      }),
    [dropResults],
  );
  const runner = useAction(notices, excel, t, lang, settings.role === "region");
  const district = settings.role === "district" ? settings.district : null;
  const client = useMemo(
    () => createApiClient({ serverUrl: settings.serverUrl, token: settings.token, lang }),
    [settings.serverUrl, settings.token, lang],
  );
  const roster = useRosterCheck({ excel, asOf, district, runner, notices, t });
  const submission = useSubmission({
    excel,
    client,
    store,
    settings,
    chosen: prefs.chosen,
    asOf,
    year,
    lang,
    t,
    version,
    roster,
    runner,
    notices,
  });
  const { run, busy } = runner;
  const regionUser = settings.role === "region" && prefs.chosen && settings.token.length > 0;
  const regionView = useRegionView({
    client,
    source: `${settings.serverUrl} ${settings.token}`,
    year,
    t,
    runner,
    notices,
  });
  const review = useReview({ client, view: regionView, lang, t, runner, notices });
  const submitStatus = useReviewStatus({
    client,
    district,
    ready: submission.ready,
    year,
    receipt: submission.receipt,
    shown: tab === "submit",
    conflicts: submission.conflicts,
  });
  // The Region tab goes when the user stops being the regional centre.
  useEffect(() => {
    if (!regionUser && tab === "region") setTab("check");
  }, [regionUser, tab, setTab]);
  // The other views are fetched as soon as the pane is on screen, so opening a tab rarely waits.
  useEffect(() => prefetchViews(regionUser), [regionUser]);
  // After the first-run answer the box goes: focus moves to the open tab, never to the page (issue 19, item 9).
  const focusTabAfterFirstRun = useRef(false);
  useEffect(() => {
    if (!prefs.chosen || !focusTabAfterFirstRun.current) return;
    focusTabAfterFirstRun.current = false;
    document.getElementById(`tab-${tab}`)?.focus();
  }, [prefs.chosen, tab]);

  const regionKey = useRegionKey({
    client,
    canAsk: prefs.chosen && settings.token.length > 0,
    source: `${settings.serverUrl} ${settings.token}`,
    region: regionUser,
    t,
    runner,
    notices,
  });

  const writers = useSheetWriters({
    excel,
    client,
    summary: roster.analysis?.summary ?? null,
    regionKey: settings.role === "region" ? (regionKey.unlocked?.key ?? null) : null,
    year,
    lang,
    t,
    runner,
    notices,
    onSheetsChanged: () => void roster.refreshSheets(),
  });

  const analysis = roster.analysis;
  const checked = useMemo(
    () => (analysis?.summary ? { teachers: analysis.teachers, year: analysis.summary.stage.year } : null),
    [analysis],
  );
  const candidates = useDistrictCandidates({
    excel,
    client,
    checked,
    lang,
    t,
    runner,
    notices,
    onSheetsChanged: () => void roster.refreshSheets(),
  });

  // What a host composes around the tabs it widens (the web: the file's bar and preview, the region's extras).
  const hosted = (slot: AppHost["check"], tabContent: ReactNode) =>
    slot
      ? slot(tabContent, {
          t,
          lang,
          busy,
          run,
          notices,
          district,
          asOf,
          year,
          roster,
          candidates: candidates.report,
          client,
          pullReport: writers.onPullReport,
        })
      : tabContent;
  const tabs = (regionUser ? REGION_TABS : TABS).filter((id) => !host?.hiddenTabs?.includes(id));

  const onSaveSettings = async (next: Settings) => {
    // The new language's words are loaded before the pane speaks it.
    await loadWords(paneLanguage(next.lang, displayLanguage));
    const nextLang = prefs.save(next);
    // Notices on screen are in the old language: a new language starts with a clean slate.
    if (nextLang !== lang) notices.clear();
    notices.notify("settings", "success", translator(nextLang)("saved"));
  };

  const onTestConnection = (draft: Settings) =>
    void run("connection", async () => {
      const probe = createApiClient({ serverUrl: draft.serverUrl, token: draft.token, lang });
      await probe.health();
      if (draft.role === "district" && draft.district && draft.token) {
        await probe.submissions(draft.district, academicYearOf(draft.reportDate ?? asOf));
        // The key works: a refusal of it said by any action is out of date.
        notices.resolve("connection", { authenticated: true });
        notices.notify(
          "connection",
          "success",
          t("connectionOk", { district: findDistrict(draft.district)?.name[lang] ?? draft.district }),
        );
      } else if (draft.role === "region" && draft.token) {
        // A call only the regional centre may make: the key is tried, not just the server's health.
        await probe.groups();
        notices.resolve("connection", { authenticated: true });
        notices.notify("connection", "success", t("connectionRegionOk"));
      } else {
        notices.notify("connection", "success", t("connectionHealthOk"));
      }
      return false;
    });

  const onOpenSheet = useCallback(
    (sheet: string) =>
      void runner.run("goto", async () => {
        await excel.selectCell(sheet, "A1");
      }),
    [runner, excel],
  );
  const pane = settings.serverUrl.replace(/\/+$/, "");
  const waiting = <Spinner size="tiny" label={t("loading")} data-testid="panel-loading" />;

  return (
    // Layout lives on an inner div: FluentProvider passes its className on to portal nodes (popups).
    <FluentProvider theme={webLightTheme} lang={lang}>
      <NoticeProvider notices={notices.notices} t={t} onDismiss={notices.dismiss} onOpenSheet={onOpenSheet}>
        <div className={styles.root}>
          <header className={styles.header}>
            <Subtitle2 as="h1">{t("appTitle")}</Subtitle2>
            {/* Which Excel API the host offers (a file on the web has none to name). */}
            <Caption1
              title={
                capabilities.excelApi === "file" ? undefined : t("host", { version: capabilities.excelApi })
              }
            >
              {[district ? findDistrict(district)?.name[lang] : null, year].filter(Boolean).join(" · ")}
            </Caption1>
          </header>
          {/* One main landmark holds the first-run box, the tabs, the notices and the open tab (issue 19, item 9). */}
          <main className={styles.main}>
            {!prefs.chosen && (
              <FirstRun
                t={t}
                lang={lang}
                onChoose={(choice) => {
                  focusTabAfterFirstRun.current = true;
                  void onSaveSettings({ ...settings, ...choice });
                }}
              />
            )}
            <TabList
              className={styles.tabs}
              selectedValue={tab}
              onTabSelect={(_, data) => setTab(data.value as TabId)}
              size="small"
              aria-label={t("tabsLabel")}
            >
              {tabs.map((id) => (
                <Tab
                  key={id}
                  id={`tab-${id}`}
                  value={id}
                  aria-controls={`panel-${id}`}
                  data-testid={`tab-${id}`}
                >
                  {t(TAB_LABEL[id])}
                  {id === "submit" && submission.outbox.entries.length > 0
                    ? ` (${submission.outbox.entries.length})`
                    : ""}
                </Tab>
              ))}
            </TabList>
            <NoticeList />
            <div
              id={`panel-${tab}`}
              role="tabpanel"
              aria-labelledby={`tab-${tab}`}
              className={host?.wide ? `${styles.panel} ${styles.wide}` : styles.panel}
              data-testid={`panel-${tab}`}
            >
              {/* keyed by tab: a tab still loading shows "Loading…", never the previous tab hidden behind it */}
              <Suspense key={tab} fallback={waiting}>
                {tab === "region" &&
                  regionUser &&
                  hosted(
                    host?.region,
                    <RegionTab
                      full={host?.wide === true}
                      t={t}
                      lang={lang}
                      busy={busy}
                      view={regionView}
                      review={review}
                      client={client}
                      run={run}
                      pull={
                        // The web's workbench downloads the report instead, and is the workbench itself.
                        host?.wide ? undefined : (
                          <section className={styles.region} data-testid="region-pull">
                            <Subtitle2 as="h2">{t("regionPullTitle")}</Subtitle2>
                            <Button
                              onClick={writers.onPullReport}
                              disabledFocusable={busy}
                              data-testid="pull-report-button"
                            >
                              {t("pullReport")}
                            </Button>
                            <LoadProgress step={writers.pullStep} testId="pull-progress" />
                            <NoticeSlot sources={["report"]} />
                            <BrowserLink
                              href={`${pane}/app/`}
                              openInBrowser={excel.openInBrowser}
                              testId="open-workbench"
                            >
                              {t("openWorkbench")}
                            </BrowserLink>
                          </section>
                        )
                      }
                    >
                      <RegionCandidates
                        t={t}
                        lang={lang}
                        counts={regionView.candidates}
                        selected={regionView.selected}
                      />
                    </RegionTab>,
                  )}
                {tab === "check" &&
                  hosted(
                    host?.check,
                    <CheckTab
                      t={t}
                      lang={lang}
                      sheets={roster.sheets}
                      sheet={roster.sheet}
                      onSheetChange={roster.setSheet}
                      onRefreshSheets={() => void roster.refreshSheets()}
                      only={roster.only}
                      onOnlyChange={roster.setOnly}
                      onCheck={roster.onCheck}
                      busy={busy}
                      progress={roster.progress}
                      check={roster.check}
                      mapping={roster.mapping}
                      onMappingChange={roster.onMappingChange}
                      onResetMapping={roster.onResetMapping}
                      onOpenProblem={roster.onOpenProblem}
                      onHighlight={roster.onHighlight}
                      onClearHighlights={roster.onClearHighlights}
                      onNewRoster={tabs.includes("roster") ? () => setTab("roster") : undefined}
                    />,
                  )}
                {tab === "figures" && (
                  <FiguresTab
                    t={t}
                    lang={lang}
                    summary={roster.analysis?.summary ?? null}
                    sheet={roster.readSheet}
                    busy={busy}
                    onWrite={writers.onWriteSummary}
                  >
                    <CandidatesSection t={t} lang={lang} busy={busy} candidates={candidates} />
                  </FiguresTab>
                )}
                {tab === "submit" && (
                  <SubmitTab
                    t={t}
                    lang={lang}
                    district={district}
                    ready={submission.ready}
                    year={year}
                    asOf={asOf}
                    busy={busy}
                    step={submission.step}
                    refused={submission.refused}
                    receipt={submission.receipt}
                    receiptRecorded={
                      submission.receiptRecorded
                        ? capabilities.excelApi === "file"
                          ? "file"
                          : "sheet"
                        : null
                    }
                    outbox={submission.outbox.entries}
                    outboxPersisted={submission.outbox.persisted}
                    onSubmit={submission.onSubmit}
                    onRetry={submission.onRetry}
                    onDiscard={submission.outbox.discard}
                    onOpenSettings={() => setTab("settings")}
                    onOpenProblem={roster.onOpenProblem}
                    reviewNotice={<ReviewStatusBar t={t} review={submitStatus.review} />}
                    blockedReason={submitBlockedReason(submitStatus, year, t)}
                  />
                )}
                {tab === "roster" && (
                  <NewRosterTab
                    t={t}
                    lang={lang}
                    busy={busy}
                    onCreate={writers.onCreateRoster}
                    canDataValidation={capabilities.canDataValidation}
                  />
                )}
                {tab === "settings" && (
                  <>
                    <SettingsTab
                      t={t}
                      lang={lang}
                      settings={settings}
                      onSave={onSaveSettings}
                      onTestConnection={onTestConnection}
                      busy={busy}
                      openInBrowser={excel.openInBrowser}
                    />
                    <NoticeSlot sources={["settings", "connection"]} />
                    <RegionKeySection
                      t={t}
                      server={regionKey.server}
                      busy={busy}
                      onRefresh={regionKey.refreshServerKey}
                      region={regionUser}
                    >
                      {regionUser && <KeyCeremony t={t} lang={lang} busy={busy} regionKey={regionKey} />}
                    </RegionKeySection>
                  </>
                )}
              </Suspense>
            </div>
          </main>
          {submission.keyChange && (
            <Suspense fallback={null}>
              <KeyChangeDialog
                t={t}
                change={submission.keyChange}
                onAccept={submission.onAcceptNewKey}
                onCancel={submission.onCancelNewKey}
              />
            </Suspense>
          )}
        </div>
      </NoticeProvider>
    </FluentProvider>
  );
}
