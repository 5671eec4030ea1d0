import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

/**
 * The task pane build: addin/dist/taskpane.html (and app.html, Sapa on the web) with hashed bundles under /assets/ and the icons from
 * public/assets/ copied as-is, so the worker can serve the pane from the same origin as the API.
 */
export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  define: { __SAPA_VERSION__: JSON.stringify(version) },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2020",
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        taskpane: fileURLToPath(new URL("./taskpane.html", import.meta.url)),
        // Sapa on the web: the same app on a roster file, served at /app/.
        app: fileURLToPath(new URL("./app.html", import.meta.url)),
      },
    },
  },
  server: { port: 5173, strictPort: false },
});
