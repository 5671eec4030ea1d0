/**
 * Sapa on the web (/app/): the same app as the Excel pane, on a roster file the user opens instead of a
 * workbook, for districts whose Excel cannot run the pane and for the regional centre's full window.
 * The settings, the first-run questions, the client and the outbox are the pane's own (localStorage).
 */
import { createRoot } from "react-dom/client";
import { renderApp } from "../render-app.tsx";
import { browserStorage } from "../storage.ts";
import { createFilePort } from "./file-port.ts";
import { loadReader } from "./loaders.ts";
import { webHost } from "./web-host.tsx";

const port = createFilePort(loadReader);

void renderApp(createRoot(document.getElementById("root")!), {
  excel: port,
  store: browserStorage(),
  origin: window.location.origin,
  displayLanguage: navigator.language ?? null,
  version: __SAPA_VERSION__,
  host: webHost(port),
});
