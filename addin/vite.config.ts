import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, runnerImport, type Plugin, type UserConfig } from "vite";
import { GUIDE_LANGS, guidePage } from "./scripts/guide-html.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

const WORDS_PREFIX = "virtual:pane-words/";
const WORDS_FILE = fileURLToPath(new URL("./src/i18n.ts", import.meta.url));

/**
 * `virtual:pane-words/<lang>`: one language's words as a module of its own, so the pane loads only the language
 * it speaks (issue 19, item 7). The words stay written side by side in src/i18n*.ts; this reads them at build
 * time (and on each dev-server load) and serves the one language as plain data.
 */
function paneWords(): Plugin {
  let words: Record<string, unknown> | null = null;
  let watched: string[] = [];
  const read = async () => {
    // runnerImport starts a small Vite of its own, which sets NODE_ENV for itself: the pane's build must
    // keep "production" (React's production build), so it is put back at once.
    const nodeEnv = process.env.NODE_ENV;
    try {
      const { module, dependencies } = await runnerImport<typeof import("./src/i18n.ts")>(WORDS_FILE, {
        configFile: false,
        logLevel: "silent",
      });
      words = module.PANE_WORDS;
      watched = dependencies;
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  };
  return {
    name: "sapa-pane-words",
    // Read before any module is transformed (and again when the dev server sees a words file change).
    buildStart: read,
    async handleHotUpdate({ file }) {
      if (watched.includes(file)) await read();
    },
    resolveId: (id) => (id.startsWith(WORDS_PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${WORDS_PREFIX}`)) return null;
      const lang = id.slice(WORDS_PREFIX.length + 1);
      for (const file of watched) this.addWatchFile(file);
      const table = words?.[lang];
      if (!table) throw new Error(`no pane words for "${lang}"`);
      return `export default ${JSON.stringify(table)};`;
    },
  };
}

/**
 * The users' guides (docs/guide-kk.md, docs/guide-ru.md, docs/guide-en.md) as pages beside the pane,
 * /guide-kk.html, /guide-ru.html and /guide-en.html, which Settings links (scripts/guide-html.ts reads the
 * guides' Markdown).
 */
function usersGuides(): Plugin {
  return {
    name: "sapa-users-guides",
    apply: "build",
    generateBundle() {
      for (const lang of GUIDE_LANGS) {
        const file = fileURLToPath(new URL(`../docs/guide-${lang}.md`, import.meta.url));
        this.addWatchFile(file);
        this.emitFile({
          type: "asset",
          fileName: `guide-${lang}.html`,
          source: guidePage(readFileSync(file, "utf8"), lang),
        });
      }
    },
  };
}

/**
 * The task pane build: addin/dist/taskpane.html (and app.html, Sapa on the web) with hashed bundles under
 * /assets/ and the icons from public/assets/ copied as-is, so the worker can serve the pane from the same
 * origin as the API. No source maps: addin/dist is served as it is, and a map would publish the whole source
 * (issue 19, item 7; public/.assetsignore keeps any map a build might write from being uploaded or served).
 */
const config = {
  root,
  base: "/",
  plugins: [react(), paneWords(), usersGuides()],
  define: { __SAPA_VERSION__: JSON.stringify(version) },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2020",
    sourcemap: false,
    // No <link rel="modulepreload"> in the HTML: Chromium-based webviews fetch those before any script runs,
    // so an old host's page (legacy-host.js stops it) would still download the whole pane. The entry module
    // asks for its own imports; dynamic imports keep their preloads.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === "html" ? [] : deps) },
    rolldownOptions: {
      input: {
        taskpane: fileURLToPath(new URL("./taskpane.html", import.meta.url)),
        // Sapa on the web: the same app on a roster file, served at /app/.
        app: fileURLToPath(new URL("./app.html", import.meta.url)),
      },
    },
  },
  // The roster reader's worker (src/web/reader-worker.ts) as a module, like the page's own scripts.
  worker: { format: "es" },
  server: { port: 5173, strictPort: false },
} satisfies UserConfig;

export default defineConfig(({ command, mode }) => {
  // A build is the production build (React's, JSX without its development checks) whatever NODE_ENV its
  // caller has: vitest sets "test", and the e2e tests' server builds the pane from inside it. Vite reads
  // NODE_ENV after this file, and says to set it here.
  if (command === "build" && mode === "production") process.env.NODE_ENV = "production";
  return config;
});
