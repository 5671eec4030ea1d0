import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import {
  academicYearOf,
  findDistrict,
  toSubmissionRows,
  type FieldKey,
  type GridInput,
  type Problem,
} from "@sapa/shared";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError, createApiClient, type Receipt, type SubmissionBody } from "../api/client.ts";
import { describeApiError } from "../api/errors.ts";
import {
  deliver,
  flushOutbox,
  nextRetryIn,
  Outbox,
  type DeliveryResult,
  type OutboxEntry,
} from "../api/outbox.ts";
import type { SheetInfo } from "../excel/index.ts";
import { translator } from "../i18n.ts";
import {
  loadSettings,
  paneLanguage,
  saveSettings,
  todayIso,
  type KeyValueStore,
  type Settings,
} from "../settings.ts";
import { analyseRoster, problemAddress, type Mapping } from "./analyse.ts";
import { CheckTab } from "./CheckTab.tsx";
import { sheetNameOf, type ExcelPort } from "./excel-port.ts";
import { FiguresTab } from "./FiguresTab.tsx";
import { NewRosterTab } from "./NewRosterTab.tsx";
import { SettingsTab } from "./SettingsTab.tsx";
import { SubmitTab, type SubmitStep } from "./SubmitTab.tsx";

const TABS = ["check", "figures", "submit", "roster", "settings"] as const;
type TabId = (typeof TABS)[number];
const TAB_LABEL = {
  check: "tabCheck",
  figures: "tabFigures",
  submit: "tabSubmit",
  roster: "tabNewRoster",
  settings: "tabSettings",
} as const;

interface Notice {
  id: number;
  intent: "error" | "warning" | "success" | "info";
  title?: string;
  body: string;
}

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
  notices: { display: "flex", flexDirection: "column", gap: "6px", padding: "8px 12px 0" },
  panel: { padding: "10px 12px 16px", minWidth: 0 },
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
}

/** The task pane: five sections over one checked roster, one settings record and one outbox. */
export function App({ excel, store, origin, displayLanguage, version }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<Settings>(() => loadSettings(store, origin));
  const lang = paneLanguage(settings.lang, displayLanguage);
  const t = useMemo(() => translator(lang), [lang]);
  const asOf = settings.reportDate ?? todayIso();
  const year = academicYearOf(asOf);
  const capabilities = useMemo(() => excel.detectRequirementSets(), [excel]);

  const [tab, setTab] = useState<TabId>("check");
  const [busy, setBusy] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [grid, setGrid] = useState<{ sheet: string; syncs: number; input: GridInput } | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [step, setStep] = useState<SubmitStep | null>(null);
  const [refused, setRefused] = useState<Problem[] | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [receiptRecorded, setReceiptRecorded] = useState(false);
  const [outboxEntries, setOutboxEntries] = useState<OutboxEntry[]>([]);
  const [outboxPersisted, setOutboxPersisted] = useState(true);
  const [outboxVersion, setOutboxVersion] = useState(0);

  const analysis = useMemo(
    () => (grid ? analyseRoster(grid.input, { asOf, mapping, district: settings.district }) : null),
    [grid, asOf, mapping, settings.district],
  );
  const check = grid && analysis ? { sheet: grid.sheet, syncs: grid.syncs, analysis } : null;

  const client = useMemo(
    () => createApiClient({ serverUrl: settings.serverUrl, token: settings.token, lang }),
    [settings.serverUrl, settings.token, lang],
  );
  const outbox = useMemo(
    () => (settings.district ? new Outbox(store, settings.serverUrl, settings.district) : null),
    [store, settings.serverUrl, settings.district],
  );

  // ---- notices -------------------------------------------------------------------------------------
  const nextId = useRef(1);
  const notify = useCallback((intent: Notice["intent"], body: string, title?: string) => {
    const notice: Notice = { id: nextId.current++, intent, body, ...(title ? { title } : {}) };
    setNotices((list) => [...list.filter((n) => n.intent === "error").slice(-2), notice]);
  }, []);
  const reportError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        const { advice, serverMessage } = describeApiError(error, t);
        notify(
          error.retryable ? "warning" : "error",
          serverMessage ? `${advice} ${t("serverSaid", { message: serverMessage })}` : advice,
        );
      } else {
        notify("error", excel.officeErrorMessage(error, lang));
      }
    },
    [excel, lang, notify, t],
  );

  /** Runs one user action: busy while it runs, every failure shown in a MessageBar. */
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      try {
        await action();
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(false);
        setProgress(null);
        setStep(null);
      }
    },
    [reportError],
  );

  // ---- sheets and check ------------------------------------------------------------------------------
  const refreshSheets = useCallback(async () => {
    try {
      setSheets(await excel.listSheets());
    } catch (error) {
      reportError(error);
    }
  }, [excel, reportError]);
  useEffect(() => void refreshSheets(), [refreshSheets]);

  const takeRead = (read: { sheet: string; syncs: number; input: GridInput }) => {
    if (grid && grid.sheet !== read.sheet) setMapping({});
    setGrid({ sheet: read.sheet, syncs: read.syncs, input: read.input });
  };

  const onCheck = () =>
    run(async () => {
      setProgress(null);
      const read = await excel.readRoster(sheet ?? undefined, (done, total) => setProgress({ done, total }));
      takeRead(read);
      void refreshSheets();
    });

  const onOpenProblem = (problem: Problem) => {
    const target = grid?.sheet;
    if (!target) return;
    excel.selectCell(target, problemAddress(problem, analysis?.layout ?? null)).catch(reportError);
  };

  const onHighlight = () =>
    run(async () => {
      if (!check) return;
      const cells = check.analysis.problems
        .filter((p) => p.column !== null)
        .map((p) => ({ address: `${p.column}${p.row}`, severity: p.severity }));
      await excel.highlightProblems(check.sheet, cells);
      notify("success", t("highlighted", { sheet: check.sheet }));
    });

  const onClearHighlights = () =>
    run(async () => {
      const target = grid?.sheet ?? sheets.find((s) => s.active)?.name;
      if (!target) return;
      await excel.clearHighlights(target);
      notify("success", t("highlightsCleared"));
    });

  const onMappingChange = (field: FieldKey, letter: string | null) => {
    setMapping((m) => {
      const next = { ...m };
      if (letter) next[field] = letter;
      else delete next[field];
      return next;
    });
  };

  // ---- figures ----------------------------------------------------------------------------------------
  const onWriteSummary = () =>
    run(async () => {
      if (!analysis?.summary) return;
      const result = await excel.writeSummarySheet(analysis.summary, { lang });
      notify("success", t("written", { sheet: sheetNameOf(result) ?? "Sapa" }));
      void refreshSheets();
    });

  const onPullReport = () =>
    run(async () => {
      const report = await client.report(year);
      // Both sheets: the region's merged figures (same layout as a district's summary) and the table the
      // regional centre works from, one row per district with who has not submitted yet.
      const summary = await excel.writeSummarySheet(report.region, { lang });
      const perDistrict = await excel.writeReportSheet(report, { lang });
      notify(
        "success",
        t("reportPulled", {
          submitted: report.completeness.submitted,
          expected: report.completeness.expected,
          sheet: sheetNameOf(perDistrict) ?? "Sapa",
          summary: sheetNameOf(summary) ?? "Sapa",
        }),
      );
      void refreshSheets();
    });

  // ---- submit and outbox -----------------------------------------------------------------------------
  const refreshOutbox = useCallback(() => {
    setOutboxEntries(outbox ? outbox.list() : []);
    setOutboxPersisted(outbox ? outbox.persisted : true);
  }, [outbox]);
  useEffect(refreshOutbox, [refreshOutbox]);

  const handleDelivery = async (result: DeliveryResult, fromOutbox: boolean) => {
    if (result.kind === "in-flight") return;
    if (result.kind === "sent") {
      setReceipt(result.receipt);
      setReceiptRecorded(false);
      setRefused(null);
      if (fromOutbox) notify("success", t("sentFromOutbox", { revision: result.receipt.revision }));
      if (!fromOutbox) setStep({ label: t("stepRecording"), value: 0.9 });
      try {
        await excel.recordReceipt(result.receipt, lang);
        setReceiptRecorded(true);
      } catch (error) {
        reportError(error);
      }
      return;
    }
    reportError(result.error);
    if (result.kind === "rejected" && result.error.problems.length) setRefused(result.error.problems);
  };
  const handleDeliveryRef = useRef(handleDelivery);
  handleDeliveryRef.current = handleDelivery;

  const onSubmit = () =>
    run(async () => {
      const district = settings.district;
      if (!district || !settings.token || !outbox) return;
      setRefused(null);
      setReceipt(null);
      setStep({ label: t("stepReading"), value: 0.05 });
      const read = await excel.readRoster(grid?.sheet ?? sheet ?? undefined, (done, total) =>
        setStep({
          label: t("readingRows", { done, total }),
          value: 0.05 + (0.25 * done) / Math.max(1, total),
        }),
      );
      takeRead(read);
      setStep({ label: t("stepChecking"), value: 0.35 });
      await nextFrame();
      const sameSheet = !grid || grid.sheet === read.sheet;
      const checked = analyseRoster(read.input, { asOf, mapping: sameSheet ? mapping : {}, district });
      const errors = checked.problems.filter((p) => p.severity === "error");
      if (!checked.layout || errors.length > 0) {
        setStep(null);
        if (errors.length) setRefused(errors);
        else notify("error", t("noRoster"));
        return;
      }
      setStep({ label: t("stepPreparing"), value: 0.45 });
      const rows = await toSubmissionRows(checked.teachers);
      const body: SubmissionBody = {
        district,
        year,
        asOf,
        columns: checked.present,
        rows,
        source: { app: "addin", sheet: read.sheet, version },
      };
      // Written to the outbox before the first byte is sent: a crash or a closed pane loses nothing.
      const entry = outbox.add(body);
      refreshOutbox();
      setStep({ label: t("stepSending"), value: 0.6 });
      const result = await deliver(outbox, entry, client.submit);
      refreshOutbox();
      setOutboxVersion((v) => v + 1);
      await handleDelivery(result, false);
      setStep(null);
    });

  const onRetry = () =>
    run(async () => {
      if (!outbox) return;
      setStep({ label: t("stepSending"), value: 0.6 });
      for (const result of await flushOutbox(outbox, client.submit, { force: true }))
        await handleDelivery(result, true);
      refreshOutbox();
      setOutboxVersion((v) => v + 1);
      setStep(null);
    });

  const onDiscard = (key: string) => {
    outbox?.remove(key);
    refreshOutbox();
  };

  // Automatic delivery: on load, when the connection comes back, and on each entry's backoff timer.
  useEffect(() => {
    if (!outbox || !settings.token) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      if (cancelled) return;
      for (const result of await flushOutbox(outbox, client.submit))
        await handleDeliveryRef.current(result, true);
      if (cancelled) return;
      refreshOutbox();
      const wait = nextRetryIn(outbox);
      clearTimeout(timer);
      if (wait !== null) timer = setTimeout(() => void tick(), Math.max(wait, 1_000));
    };
    void tick();
    const onOnline = () => void tick();
    window.addEventListener("online", onOnline);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      window.removeEventListener("online", onOnline);
    };
  }, [outbox, client, settings.token, outboxVersion, refreshOutbox]);

  // ---- new roster and settings ------------------------------------------------------------------------
  const onCreateRoster = (headers: "kk" | "ru") =>
    run(async () => {
      const result = await excel.createRosterSheet(headers);
      notify("success", t("rosterCreated", { sheet: sheetNameOf(result) ?? "" }));
      void refreshSheets();
    });

  const onSaveSettings = (next: Settings) => {
    saveSettings(store, next);
    // Notices on screen are in the old language: a new language starts with a clean slate.
    if (paneLanguage(next.lang, displayLanguage) !== lang) setNotices([]);
    setSettings(next);
    notify("success", translator(paneLanguage(next.lang, displayLanguage))("saved"));
  };

  const onTestConnection = (draft: Settings) =>
    run(async () => {
      const probe = createApiClient({ serverUrl: draft.serverUrl, token: draft.token, lang });
      await probe.health();
      if (draft.district && draft.token) {
        await probe.submissions(draft.district, academicYearOf(draft.reportDate ?? todayIso()));
        notify(
          "success",
          t("connectionOk", { district: findDistrict(draft.district)?.name[lang] ?? draft.district }),
        );
      } else {
        notify("success", t("connectionHealthOk"));
      }
    });

  return (
    // Layout lives on an inner div: FluentProvider passes its className on to portal nodes (popups).
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Subtitle2 as="h1">{t("appTitle")}</Subtitle2>
          <Caption1 title={t("host", { version: capabilities.excelApi })}>
            {[settings.district ? findDistrict(settings.district)?.name[lang] : null, year]
              .filter(Boolean)
              .join(" · ")}
          </Caption1>
        </header>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          size="small"
          aria-label={t("tabsLabel")}
        >
          {TABS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`} data-testid={`tab-${id}`}>
              {t(TAB_LABEL[id])}
              {id === "submit" && outboxEntries.length > 0 ? ` (${outboxEntries.length})` : ""}
            </Tab>
          ))}
        </TabList>
        {notices.length > 0 && (
          <div className={styles.notices} aria-live="polite">
            {notices.map((n) => (
              <MessageBar key={n.id} intent={n.intent} layout="multiline" data-testid={`notice-${n.intent}`}>
                <MessageBarBody>
                  {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
                  {n.body}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button
                      appearance="transparent"
                      size="small"
                      aria-label={t("dismiss")}
                      onClick={() => setNotices((list) => list.filter((x) => x.id !== n.id))}
                    >
                      ✕
                    </Button>
                  }
                />
              </MessageBar>
            ))}
          </div>
        )}
        <main
          id={`panel-${tab}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab}`}
          className={styles.panel}
          data-testid={`panel-${tab}`}
        >
          {tab === "check" && (
            <CheckTab
              t={t}
              lang={lang}
              sheets={sheets}
              sheet={sheet}
              onSheetChange={setSheet}
              onCheck={onCheck}
              busy={busy}
              progress={progress}
              check={check}
              mapping={mapping}
              onMappingChange={onMappingChange}
              onResetMapping={() => setMapping({})}
              onOpenProblem={onOpenProblem}
              onHighlight={onHighlight}
              onClearHighlights={onClearHighlights}
            />
          )}
          {tab === "figures" && (
            <FiguresTab
              t={t}
              lang={lang}
              summary={analysis?.summary ?? null}
              sheet={grid?.sheet ?? null}
              busy={busy}
              onWrite={onWriteSummary}
            >
              {!settings.district && settings.token && (
                <section className={styles.region}>
                  <Subtitle2 as="h3">{t("regionTitle")}</Subtitle2>
                  <Button onClick={onPullReport} disabled={busy} data-testid="pull-report-button">
                    {t("pullReport")}
                  </Button>
                </section>
              )}
            </FiguresTab>
          )}
          {tab === "submit" && (
            <SubmitTab
              t={t}
              lang={lang}
              district={settings.district}
              hasToken={settings.token.length > 0}
              year={year}
              asOf={asOf}
              busy={busy}
              step={step}
              refused={refused}
              receipt={receipt}
              receiptRecorded={receiptRecorded}
              outbox={outboxEntries}
              outboxPersisted={outboxPersisted}
              onSubmit={onSubmit}
              onRetry={onRetry}
              onDiscard={onDiscard}
              onOpenSettings={() => setTab("settings")}
              onOpenProblem={onOpenProblem}
            />
          )}
          {tab === "roster" && (
            <NewRosterTab
              t={t}
              lang={lang}
              busy={busy}
              onCreate={onCreateRoster}
              canDataValidation={capabilities.canDataValidation}
            />
          )}
          {tab === "settings" && (
            <SettingsTab
              t={t}
              lang={lang}
              settings={settings}
              onSave={onSaveSettings}
              onTestConnection={onTestConnection}
              busy={busy}
            />
          )}
        </main>
      </div>
    </FluentProvider>
  );
}

/** Lets React paint the progress step before a long synchronous check. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
