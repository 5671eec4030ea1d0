/**
 * Starts the app in a page, the Excel pane's or the web's: the language it will speak is loaded first (only
 * that one, issue 19 item 7), then the App renders, so its first screen already speaks.
 */
import { StrictMode } from "react";
import type { Root } from "react-dom/client";
import { loadSettings, paneLanguage } from "./settings.ts";
import { App, type AppProps } from "./taskpane/App.tsx";
import { loadWords } from "./translate.ts";

export async function renderApp(root: Root, props: AppProps): Promise<void> {
  await loadWords(paneLanguage(loadSettings(props.store, props.origin).lang, props.displayLanguage));
  root.render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}
