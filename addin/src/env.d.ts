/** The add-in's version from addin/package.json, injected by vite.config.ts. */
declare const __SAPA_VERSION__: string;

/** One language's pane words, a chunk of its own (the pane-words plugin in vite.config.ts). */
declare module "virtual:pane-words/*" {
  const words: import("./i18n.ts").PaneStrings;
  export default words;
}
