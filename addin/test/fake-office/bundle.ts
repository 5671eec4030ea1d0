import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const entry = fileURLToPath(new URL("./browser.ts", import.meta.url));

/**
 * The fake host as one browser script (IIFE, no imports), built in memory: the e2e test serves this
 * text in place of office.js. esbuild comes with the toolchain (wrangler's dependency).
 */
export async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
