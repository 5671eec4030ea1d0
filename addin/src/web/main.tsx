/**
 * Sapa on the web (/app/): the same app as the Excel pane, on a roster file the user opens instead of a
 * workbook, for districts whose Excel cannot run the pane and for the regional centre's full window.
 * The settings, the first-run questions, the client and the outbox are the pane's own (localStorage).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App.tsx";
import { createFilePort } from "./file-port.ts";
import { loadReader } from "./loaders.ts";
import { loadSettings, paneLanguage } from "../settings.ts";
import { browserStorage } from "../storage.ts";
import { loadWords } from "../translate.ts";
import { webHost } from "./web-host.tsx";

const port = createFilePort(loadReader);
const host = webHost(port);
const store = browserStorage();
const origin = window.location.origin;
const displayLanguage = navigator.language ?? null;

// Only the language the app will speak is loaded, and before the first render (the App speaks at once).
void loadWords(paneLanguage(loadSettings(store, origin).lang, displayLanguage)).then(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App
        excel={port}
        store={store}
        origin={origin}
        displayLanguage={displayLanguage}
        version={__SAPA_VERSION__}
        host={host}
      />
    </StrictMode>,
  ),
);
