import { createRoot } from "react-dom/client";
import { detectRequirementSets } from "./excel/requirements.ts";
import { officeErrorMessage } from "./excel/office-errors.ts";
import { openInBrowser } from "./excel/open-browser.ts";
import { lazyExcelPort } from "./lazy-excel-port.ts";
import { loadSettings, paneLanguage } from "./settings.ts";
import { browserStorage } from "./storage.ts";
import { renderApp } from "./render-app.tsx";
import { loadWords } from "./translate.ts";
import type { ExcelPort } from "./taskpane/excel-port.ts";
import { OutsideOffice, type OutsideReason } from "./taskpane/OutsideOffice.tsx";

/** How long to wait for Office.onReady before saying the page is not inside Office. */
const READY_TIMEOUT_MS = 10_000;

// The adapter (reading, highlighting, every sheet writer) loads on the first sheet action, not at start-up.
const excel: ExcelPort = lazyExcelPort(() => import("./excel/index.ts"), {
  detectRequirementSets,
  officeErrorMessage,
  openInBrowser,
});

function start(): void {
  const root = createRoot(document.getElementById("root")!);
  const store = browserStorage();
  const origin = window.location.origin;
  const browserLang = paneLanguage(loadSettings(store, origin).lang, navigator.language);
  const outside = (reason: OutsideReason) =>
    void loadWords(browserLang).then(() => root.render(<OutsideOffice reason={reason} lang={browserLang} />));

  // The CDN script failed (offline, blocked) or the page was opened without it.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    outside("no-office-js");
    return;
  }
  const timer = setTimeout(() => outside("no-host"), READY_TIMEOUT_MS);
  // Only the language the pane will speak is loaded, while Office gets ready.
  void loadWords(browserLang).catch(() => undefined);
  void Office.onReady().then(async (info) => {
    clearTimeout(timer);
    if (!info.host) return outside("no-host");
    if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") return outside("not-excel");
    await renderApp(root, {
      excel,
      store,
      origin,
      displayLanguage: Office.context.displayLanguage ?? null,
      version: __SAPA_VERSION__,
    });
  });
}

start();
