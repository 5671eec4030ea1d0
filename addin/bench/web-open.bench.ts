/**
 * bench:addin, part 4 — Sapa on the web opening a roster file, in Debian Chromium against the real local
 * server (startDevServer). For a 1,000-row and a 20,000-row workbook (exceljs, Kazakh headers, messy rows),
 * the file is opened with the reader in its worker and with the worker's script blocked (the file read on the
 * page, as before the worker), five times each in turns, each on a fresh page whose user first reaches for
 * "Open a file…" (which starts the worker) and takes a second to pick the file. Prints per size and reader:
 *   web_open rows=N reader=worker|page longest_stall_ms=… until_checked_ms=… (medians of 5)
 * longest_stall_ms is the page's longest task (as the browser's long-task timing reports them, 50 ms or more;
 * 0 when none) from the moment the file was given to the moment the check's counts showed: how long a click
 * or a key would have waited at worst. until_checked_ms is that whole time.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { generateRoster } from "@sapa/shared/sample";
import { haveChromium, launchChromium, setUpPane } from "../e2e/pane-harness.ts";
// The first-run answers are found by their words (setUpPane), as the tests find them.
import "../test/pane-words.ts";

const SIZES = [1_000, 20_000];
const RUNS = 5;
const DATE = "2026-05-31";

async function writeWorkbook(file: string, rows: number): Promise<void> {
  const grid = generateRoster({ seed: rows, rows, lang: "kk", messy: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Тізім");
  grid.values.forEach((values, r) => {
    const row = ws.addRow(values.map((v) => v ?? null));
    grid.numberFormats?.[r]?.forEach((format, c) => {
      if (typeof format === "string" && format !== "General") row.getCell(c + 1).numFmt = format;
    });
  });
  await wb.xlsx.writeFile(file);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!haveChromium) {
  console.log("web_open skipped: no Chromium at /usr/bin/chromium");
} else {
  const dir = mkdtempSync(join(tmpdir(), "sapa-web-open-"));
  const { startDevServer, freePort } = await import("../../scripts/dev-server.mjs");
  const server = await startDevServer({ quiet: true, port: await freePort(), persistDir: join(dir, "d1") });
  const browser = await launchChromium();
  try {
    for (const rows of SIZES) {
      const file = join(dir, `roster-${rows}.xlsx`);
      await writeWorkbook(file, rows);
      const figures: Record<"worker" | "page", { stall: number[]; total: number[] }> = {
        worker: { stall: [], total: [] },
        page: { stall: [], total: [] },
      };
      for (let run = 0; run < RUNS; run++) {
        // In turns, each going first every other run, and a second's pause after each page is closed: a
        // closed page's teardown (its heap was hundreds of MB) would otherwise slow the next one down.
        for (const reader of run % 2 === 0 ? (["worker", "page"] as const) : (["page", "worker"] as const)) {
          const context = await browser.newContext({
            ignoreHTTPSErrors: true,
            viewport: { width: 1280, height: 800 },
          });
          const page = await context.newPage();
          if (reader === "page") await page.route(/reader-worker-[^/]*\.js$/, (route) => route.abort());
          await page.goto(`${server.url}/app/`);
          await page.getByTestId("tab-check").waitFor();
          await setUpPane(page, "kk", "shalkar", server.tokens.districts.shalkar ?? "dev-shalkar", DATE);
          await page.getByTestId("tab-check").click();
          await page.getByTestId("web-open").focus();
          await page.waitForTimeout(1000);
          // The page's long tasks (50 ms or more) from here on, as the browser reports them. As text: tsx would
          // wrap a function given here in a helper the page does not have.
          await page.evaluate(`(() => {
            window.sapaLongTasks = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) window.sapaLongTasks.push(e.duration);
            }).observe({ type: "longtask" });
          })()`);
          const t0 = Date.now();
          await page.getByTestId("web-file-input").setInputFiles(file);
          await page.getByTestId("severity-counts").waitFor({ timeout: 120_000 });
          figures[reader].total.push(Date.now() - t0);
          // Long tasks are reported after they end: one more frame lets the last one in.
          const tasks = await page.evaluate<number[]>(
            `new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(window.sapaLongTasks), 0)))`,
          );
          figures[reader].stall.push(Math.max(0, ...tasks));
          await context.close();
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
      for (const reader of ["worker", "page"] as const) {
        const f = figures[reader];
        console.log(
          `web_open rows=${rows} reader=${reader} longest_stall_ms=${median(f.stall).toFixed(0)} until_checked_ms=${median(f.total).toFixed(0)} (medians of ${RUNS})`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
