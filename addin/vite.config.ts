import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The task pane build: addin/dist/taskpane.html with hashed bundles under /assets/ and the icons from
 * public/assets/ copied as-is, so the worker can serve the pane from the same origin as the API.
 */
export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2020",
    sourcemap: true,
    rolldownOptions: {
      input: { taskpane: fileURLToPath(new URL("./taskpane.html", import.meta.url)) },
    },
  },
  server: { port: 5173, strictPort: false },
});
