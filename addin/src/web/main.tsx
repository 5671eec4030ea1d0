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

// A file dropped beside the file box would be opened by the browser itself, in place of the app (and with
// it the receipts not downloaded yet): only the box and the page's file inputs take a dropped file.
for (const type of ["dragover", "drop"] as const)
  window.addEventListener(type, (event) => {
    const onFileInput = event.target instanceof HTMLInputElement && event.target.type === "file";
    if (event.defaultPrevented || onFileInput || !event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "none";
  });

void renderApp(createRoot(document.getElementById("root")!), {
  excel: port,
  store: browserStorage(),
  origin: window.location.origin,
  displayLanguage: navigator.language ?? null,
  version: __SAPA_VERSION__,
  host: webHost(port),
});
