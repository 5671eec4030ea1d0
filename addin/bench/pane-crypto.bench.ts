/**
 * bench:addin, part 2 — issue 11's cryptography where the pane runs it: in Debian Chromium's WebCrypto, on a
 * district of 5,000 teachers. Prints one line per operation (median of 5 after a warm-up; unlock once):
 *   pane_crypto op=seal|unlock|open rows=N ms=… rows_per_s=…
 * seal: every row's name and ИИН key sealed to the region's key on Submit; unlock: the region's key file
 * opened with its passphrase (PBKDF2-SHA-256, 600,000 iterations); open: the rows opened on the region's pull.
 * The same shared code in Node (the CLI) is in `npm run bench -w @sapa/shared` (crypto op=…).
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { createIinSecret, readRoster, toSubmissionRows, type Submission } from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { haveChromium, launchChromium } from "../e2e/pane-harness.ts";

const ROWS = 5_000;
const AS_OF = "2026-05-31";
const PASSPHRASE = "Ақтөбе облыстық әдістемелік орталығы — bench";
const ORIGIN = "https://sapa-bench.invalid/";

if (!haveChromium) {
  console.log("pane_crypto skipped: no Chromium at /usr/bin/chromium (apt install chromium)");
  process.exit(0);
}

const read = readRoster(generateRoster({ seed: 11, rows: ROWS, lang: "kk", district: "alga", asOf: AS_OF }), {
  asOf: AS_OF,
});
const submission: Submission = {
  district: "alga",
  year: "2025-2026",
  asOf: AS_OF,
  columns: read.present,
  rows: await toSubmissionRows(read.teachers),
};

const bundle = await build({
  entryPoints: [fileURLToPath(new URL("./pane-crypto-entry.ts", import.meta.url))],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  write: false,
  logLevel: "silent",
});

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  // An https origin of the test's own, so the page is a secure context with WebCrypto as in Office.
  await page.route(ORIGIN, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html",
      body: `<!doctype html><script>${bundle.outputFiles[0]!.text}</script>`,
    }),
  );
  await page.goto(ORIGIN);
  const result = await page.evaluate(
    ([s, p, secret]) =>
      (
        globalThis as unknown as {
          sapaPaneCrypto: (
            s: unknown,
            p: string,
            secret: string,
          ) => Promise<{ seal: number; unlock: number; open: number; openedRows: number }>;
        }
      ).sapaPaneCrypto(s, p, secret),
    [submission, PASSPHRASE, createIinSecret()] as const,
  );
  if (result.openedRows !== ROWS) throw new Error(`opened ${result.openedRows} of ${ROWS} rows`);
  const line = (op: string, rows: number, ms: number) =>
    console.log(
      `pane_crypto op=${op} rows=${rows} ms=${ms.toFixed(1)}${rows > 0 ? ` rows_per_s=${Math.round((rows / ms) * 1000)}` : ""}`,
    );
  line("seal", ROWS, result.seal);
  line("unlock", 0, result.unlock);
  line("open", ROWS, result.open);
} finally {
  await browser.close();
}
