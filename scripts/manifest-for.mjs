#!/usr/bin/env node
// Writes the manifest for a deployed server: manifest.xml with every https://localhost:3000 URL moved to
// the given origin (the worker that serves the pane and the API), into addin/dist/manifest.xml by default.
//   npm run manifest -w @sapa/addin -- https://sapa.example.workers.dev [--out path]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { URL, fileURLToPath } from "node:url";

export const DEV_ORIGIN = "https://localhost:3000";

/** The manifest text with the development origin replaced by `origin` (https only, no path). */
export function manifestFor(xml, origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`Not a URL: ${origin}`);
  }
  if (url.protocol !== "https:") throw new Error(`Office add-ins need https: ${origin}`);
  if (url.pathname !== "/" || url.search || url.hash)
    throw new Error(`Give the origin only, without a path: ${origin}`);
  return xml.split(DEV_ORIGIN).join(url.origin);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const origin = args.find((a) => !a.startsWith("--"));
  const outIndex = args.indexOf("--out");
  const out =
    outIndex >= 0
      ? args[outIndex + 1]
      : fileURLToPath(new URL("../addin/dist/manifest.xml", import.meta.url));
  if (!origin || !out) {
    console.error(
      "Usage: npm run manifest -w @sapa/addin -- https://your-worker.example.workers.dev [--out FILE]",
    );
    process.exit(2);
  }
  try {
    const xml = readFileSync(fileURLToPath(new URL("../manifest.xml", import.meta.url)), "utf8");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, manifestFor(xml, origin));
    console.log(`Wrote ${out} for ${new URL(origin).origin}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
