/**
 * Sapa on the web end to end (issue 18 §2): Debian Chromium at 1280 × 800 opens /app/ on a real local
 * server (startDevServer: wrangler dev + D1). Districts open a roster file of the writers corpus, fix
 * nothing, see the same problems and figures as `sapa check` on the same file, submit, and download
 * Sapa's workbook, read back with SheetJS (the writer is exceljs) holding the same figures. The region
 * refreshes its workbench, returns one district with a comment and accepts the other, sees every column of
 * its tables inside the window, opens its key, draws the trend and downloads the consolidated report with
 * the names opened. Once in Kazakh, once in Russian.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "@sapa/client/files/read";
import {
  REVIEW_STATUS_LABELS,
  SHEET_FORMAT,
  describedCells,
  sheetName,
  summarySheet,
  type DistrictId,
  type GridInput,
  type Lang,
  type Problem,
  type Summary,
} from "@sapa/shared";
import type { DevServer } from "../../scripts/dev-server.mjs";
import { PANE_WORDS } from "../src/i18n.ts";
import { haveChromium, launchChromium, openWebApp, repo, setUpPane } from "./pane-harness.ts";

const WRITERS = join(repo, "cli/test/fixtures/writers");
const DATE = "2026-05-31";
let server: DevServer;
let browser: Browser;
let artifacts: string;

/** `sapa check --json` on the same file and date: what the web must show. */
function cliCheck(file: string): { problems: Problem[]; summary: Summary } {
  const out = execFileSync("npx", ["sapa", "check", join(WRITERS, file), "--as-of", DATE, "--json"], {
    cwd: repo,
    encoding: "utf8",
  });
  return JSON.parse(out) as { problems: Problem[]; summary: Summary };
}

const newPage = (lang: Lang): Promise<Page> => openWebApp(browser, server.url, lang);

/** Waits for the check's counts; an error notice fails at once with its words. */
async function checked(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const errors = await page.getByTestId("notice-error").allTextContents();
      if (errors.length > 0) return `error: ${errors.join(" | ")}`;
      return (await page.getByTestId("severity-counts").count()) > 0 ? "checked" : "checking";
    })
    .toBe("checked");
}

/** The cell at an A1 address of a grid as a reader gives it. */
function cellOf(grid: GridInput, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return grid.values[Number(m[2]) - (grid.firstRow ?? 1)]?.[column - (grid.firstColumn ?? 1)] ?? null;
}

async function district(lang: Lang, who: DistrictId, file: string): Promise<void> {
  const page = await newPage(lang);
  const shot = (name: string) =>
    page.screenshot({ path: join(artifacts, `${lang}-${name}.png`), fullPage: true });
  await setUpPane(page, lang, who, server.tokens.districts[who] ?? `dev-${who}`, DATE);
  await page.getByTestId("tab-check").click();
  await page.getByTestId("web-file-input").setInputFiles(join(WRITERS, file));
  await checked(page);
  expect(await page.getByTestId("web-file-name").textContent()).toContain(file);

  // The same problems as `sapa check`: severity, sheet, row and column, code.
  const cli = cliCheck(file);
  const count = (s: string) => cli.problems.filter((p) => p.severity === s).length;
  for (const s of ["error", "warning", "info"])
    expect(await page.getByTestId(`count-${s}`).textContent()).toMatch(new RegExp(`:\\s*${count(s)}$`));
  const shown = await page.locator('[data-testid="check-list"] [role="option"]').evaluateAll((items) =>
    items.map((e) => {
      const d = (e as HTMLElement).dataset;
      return `${d.severity} ${d.sheet ?? ""} ${d.column ?? ""}${d.row} ${d.code}`;
    }),
  );
  const expected = cli.problems.map(
    (p) => `${p.severity} ${p.sheet ?? ""} ${p.column ?? ""}${p.row} ${p.code}`,
  );
  expect(shown.sort()).toEqual(expected.sort());

  // "Go to" shows the problem's cell in the read-only preview, scrolled to and marked.
  const first = cli.problems[0]!;
  await page.locator('[data-testid="check-list"] [role="option"]').first().click();
  const target = page.locator('[data-testid="web-preview-grid"] td[data-target]');
  await target.waitFor();
  const address = await target.getAttribute("data-cell");
  expect(address).toMatch(/^[A-Z]+\d+$/);
  expect(await target.isVisible()).toBe(true);
  await page.getByTestId("highlight-button").click();
  await expect
    .poll(() => page.locator('[data-testid="web-preview-grid"] td[data-mark]').count())
    .toBeGreaterThan(0);
  expect(first).toBeTruthy();
  await shot(`${who}-checked`);

  // The same figures.
  await page.getByTestId("tab-figures").click();
  // In a 1,280 px window the figures keep a reading width: labels and figures not a window apart.
  expect((await page.getByTestId("figures").boundingBox())!.width).toBeLessThanOrEqual(880);
  const figure = async (id: string) => ((await page.getByTestId(id).textContent()) ?? "").replace(/\s/g, "");
  expect(await figure("fig-teachers")).toContain(String(cli.summary.teachers));
  expect(await figure("fig-organizations")).toContain(String(cli.summary.organizations));

  // Submit, with the roster read again from the file.
  await page.getByTestId("tab-submit").click();
  await page.getByTestId("submit-button").click();
  await expect
    .poll(
      async () => {
        const errors = await page.getByTestId("notice-error").allTextContents();
        if (errors.length > 0) return `error: ${errors.join(" | ")}`;
        return (await page.getByTestId("receipt").count()) > 0 ? "sent" : "sending";
      },
      { timeout: 60_000 },
    )
    .toBe("sent");
  expect(await page.getByTestId("receipt-teachers").textContent()).toBe(String(cli.summary.teachers));
  // The web has no open workbook: the receipt waits in the Sapa workbook, which the user downloads.
  await expect
    .poll(() => page.getByTestId("receipt-recorded").textContent())
    .toBe(PANE_WORDS[lang].receiptRecordedFile);
  // No Excel API to name in the header's tooltip.
  expect(await page.locator("header [title]").count()).toBe(0);
  await shot(`${who}-submitted`);

  // Sapa's workbook, downloaded and read back by SheetJS: the same figures as the CLI's summary.
  await page.getByTestId("tab-check").click();
  // By keyboard: the button keeps the focus while the workbook is made and after.
  await page.getByTestId("web-download-button").focus();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null))
    .toBe("web-download-button");
  expect(download.suggestedFilename()).toMatch(new RegExp(`^Sapa-[^-]+-${DATE}\\.xlsx$`));
  const saved = join(artifacts, `${lang}-${download.suggestedFilename()}`);
  await download.saveAs(saved);
  const sheets = await readWorkbook(new Uint8Array(readFileSync(saved)), saved);
  const names = sheets.map((s) => s.name);
  expect(names).toEqual([
    sheetName("summary", lang),
    sheetName("candidates", lang),
    sheetName("receipts", lang),
  ]);
  const summary = sheets[0]!.grid;
  let compared = 0;
  for (const [at, cell] of describedCells(summarySheet(cli.summary, { lang }))) {
    if (cell.format === SHEET_FORMAT.timestamp) continue;
    const got = cellOf(summary, at);
    if (typeof cell.value === "number") expect(got, at).toBeCloseTo(cell.value, 9);
    else expect(got, at).toBe(cell.value);
    compared++;
  }
  expect(compared).toBeGreaterThan(40);
  const receipts = sheets[2]!.grid;
  expect(receipts.values.length).toBe(2);
  expect(receipts.values[1]![5]).toBe(cli.summary.teachers);
  await page.context().close();
}

async function region(lang: Lang, returned: DistrictId, accepted: DistrictId): Promise<void> {
  const page = await newPage(lang);
  const shot = (name: string) =>
    page.screenshot({ path: join(artifacts, `${lang}-${name}.png`), fullPage: true });
  await setUpPane(page, lang, "region", server.tokens.region, DATE);
  // A group of organisations, so its table is shown too.
  const group = await page.request.put(`${server.url}/api/groups/${encodeURIComponent(`Топ ${lang}`)}`, {
    headers: { Authorization: `Bearer ${server.tokens.region}` },
    data: {
      members: [
        { district: accepted, organization: "Балапан" },
        { district: returned, organization: "Айгөлек" },
      ],
    },
  });
  expect([200, 201]).toContain(group.status());
  await page.getByTestId("tab-region").click();
  const refresh = async () => {
    await page.getByTestId("region-refresh").click();
    await expect
      .poll(async () => {
        const errors = await page.getByTestId("notice-error").allTextContents();
        if (errors.length > 0) return `error: ${errors.join(" | ")}`;
        const table = await page.getByTestId("region-table").count();
        return table > 0 && (await page.getByTestId("region-progress").count()) === 0 ? "loaded" : "loading";
      })
      .toBe("loaded");
  };
  await refresh();
  // The year's lock, as in the pane: open, with the button that would lock it.
  await expect.poll(() => page.getByTestId("year-lock-state").getAttribute("data-locked")).toBe("false");
  const status = (d: DistrictId) =>
    page.locator(`[data-testid="region-table"] tr[data-key="${d}"] td[data-column="status"]`).textContent();

  // Return one district with a comment, accept the other.
  await page.locator(`[data-testid="region-table"] tr[data-key="${returned}"]`).click();
  await page.getByTestId("review-return").click();
  await page
    .getByTestId("return-comment")
    .fill(lang === "kk" ? "Санаттарды тексеріңіз" : "Проверьте категории");
  await page.getByTestId("return-confirm").click();
  await page.getByTestId("return-dialog").waitFor({ state: "detached" });
  await expect.poll(() => status(returned)).toBe(REVIEW_STATUS_LABELS.returned[lang]);
  await page.locator(`[data-testid="region-table"] tr[data-key="${accepted}"]`).click();
  await page.getByTestId("review-accept").click();
  await expect.poll(() => status(accepted)).toBe(REVIEW_STATUS_LABELS.accepted[lang]);
  await page.getByTestId("region-orgs").waitFor();

  // The whole season's table, not the pane's compact list: every figure has its column.
  for (const column of ["status", "stage.gapPp", "stage.teachersNeeded"]) {
    const cell = page.locator(
      `[data-testid="region-table"] tr[data-key="${accepted}"] td[data-column="${column}"]`,
    );
    expect(await cell.count(), column).toBe(1);
  }
  // Every table's columns inside the 1280-px window: nothing scrolls sideways.
  await page.getByTestId("region-groups-table").waitFor();
  for (const id of [
    "region-table",
    "region-orgs",
    "region-candidates-districts",
    "region-candidates-orgs",
    "region-groups-table",
  ]) {
    const table = page.getByTestId(id);
    if ((await table.count()) === 0) continue;
    const box = await table.boundingBox();
    expect(box, id).not.toBeNull();
    expect(box!.x + box!.width, id).toBeLessThanOrEqual(1280);
    const overflow = await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth);
    expect(overflow, id).toBeLessThanOrEqual(0);
  }
  // The candidates' few columns keep a reading width in the full window.
  expect((await page.getByTestId("region-candidates").boundingBox())!.width).toBeLessThanOrEqual(880);
  // By keyboard: the button keeps the focus while it works and after (disabled, it dropped it to the page).
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
  await page.getByTestId("web-trend-load").focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("web-trend-chart").waitFor();
  expect(await focused()).toBe("web-trend-load");
  expect(await page.locator('[data-testid="web-trend-chart"] circle').count()).toBeGreaterThan(0);
  await shot("region-workbench");

  // Open the region's key (the development key the local server published), then download the report.
  const { ensureDevRegionKey } = await import("../../scripts/dev-key.mjs");
  const key = await ensureDevRegionKey();
  await page.getByTestId("tab-settings").click();
  await page.getByTestId("key-unlock-file").setInputFiles(key.path);
  await page.getByTestId("key-unlock-passphrase").fill(key.passphrase);
  await page.getByTestId("key-unlock-button").click();
  await page.getByTestId("key-unlocked").waitFor({ timeout: 30_000 });
  await page.getByTestId("tab-region").click();
  await page.getByTestId("web-report-download").focus();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.keyboard.press("Enter"),
  ]);
  await page.getByTestId("notice-success").waitFor();
  expect(await focused()).toBe("web-report-download");
  const saved = join(artifacts, `${lang}-${download.suggestedFilename()}`);
  await download.saveAs(saved);
  const sheets = await readWorkbook(new Uint8Array(readFileSync(saved)), saved);
  const names = sheets.map((s) => s.name);
  expect(names).toContain(sheetName("regionSummary", lang));
  expect(names).toContain(sheetName("districts", lang));
  const attestation = sheets.find((s) => s.name === sheetName("attestation", lang))!;
  const text = JSON.stringify(attestation.grid.values);
  // The corpus's teachers by name (their categories, awarded in 2021, run out in 2026).
  expect(text).toContain("Абенова");
  await shot("region-report");
  await page.context().close();
}

describe.skipIf(!haveChromium)("Sapa on the web", () => {
  beforeAll(async () => {
    artifacts = join(repo, "test-artifacts", "web");
    const { rmSync, mkdirSync } = await import("node:fs");
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { startDevServer, freePort } = await import("../../scripts/dev-server.mjs");
    server = await startDevServer({
      quiet: true,
      port: await freePort(),
      persistDir: join(mkdtempSync(join(tmpdir(), "sapa-web-")), "d1"),
    });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it("kk: Alga and Temir open their roster files, see what `sapa check` sees, submit and download Sapa's workbook; the region reviews, opens its key and downloads the report", async () => {
    await district("kk", "alga", "libreoffice-1904.xlsx");
    await district("kk", "temir", "openpyxl-sheet-per-org.xlsx");
    await region("kk", "temir", "alga");
  }, 600_000);

  it("reads the file in a worker of its own, started as the user reaches for a file, brings back the reader's words, and reads on the page where the worker cannot run", async () => {
    /** Opens a corpus file on a fresh page (`block` keeps the reader's worker from loading), then says what ran where. */
    const open = async (file: string, block: boolean) => {
      const page = await newPage("ru");
      const workers: string[] = [];
      page.on("worker", (w) => workers.push(w.url()));
      if (block) await page.route(/reader-worker-[^/]*\.js$/, (route) => route.abort());
      await setUpPane(page, "ru", "shalkar", server.tokens.districts.shalkar ?? "dev-shalkar", DATE);
      await page.getByTestId("tab-check").click();
      if (!block) {
        // Reaching for "Open a file…" (here by the keyboard) starts the reader's worker, and the worker loads
        // SheetJS, before any file is picked (the page itself never fetches it: see pageFetched below).
        const requests: string[] = [];
        page.on("request", (r) => requests.push(r.url()));
        const started = page.waitForEvent("worker");
        await page.getByTestId("web-open").focus();
        expect((await started).url()).toMatch(/\/assets\/reader-worker-[^/]+\.js$/);
        await expect.poll(() => requests.some((u) => /\/assets\/xlsx-[^/]+\.js$/.test(u))).toBe(true);
      }
      await page.getByTestId("web-file-input").setInputFiles(join(WRITERS, file));
      // The page's own fetches (a worker's are on the worker's timeline, not the page's).
      const pageFetched = async () =>
        page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()!));
      return { page, workers, pageFetched };
    };

    // A workbook read in the worker: the same problems as `sapa check`; SheetJS never loaded on the page.
    const inWorker = await open("sheetjs-date-cells.xlsx", false);
    await checked(inWorker.page);
    const cli = cliCheck("sheetjs-date-cells.xlsx");
    expect(await inWorker.page.getByTestId("count-error").textContent()).toMatch(
      new RegExp(`:\\s*${cli.problems.filter((p) => p.severity === "error").length}$`),
    );
    expect(await inWorker.page.locator('[data-testid="check-list"] [role="option"]').count()).toBe(
      cli.problems.length,
    );
    expect(inWorker.workers.some((url) => /\/assets\/reader-worker-[^/]+\.js$/.test(url))).toBe(true);
    const fetched = await inWorker.pageFetched();
    expect(fetched.filter((f) => f.startsWith("xlsx-") || f.startsWith("reader-entry-"))).toEqual([]);

    // A file the reader refuses: its own words, in the user's language, across the thread.
    await inWorker.page.getByTestId("web-file-input").setInputFiles(join(WRITERS, "password.xlsx"));
    await expect
      .poll(() => inWorker.page.getByTestId("notice-error").last().textContent())
      .toContain("Файл защищён паролем: password.xlsx");

    // The preview writes a boolean cell as Russian Excel does (I2 FALSE, J2 TRUE): the words the core reads.
    await inWorker.page
      .getByTestId("web-file-input")
      .setInputFiles(join(WRITERS, "openpyxl-typed-cells.xlsx"));
    const cell = (address: string) =>
      inWorker.page.locator(`[data-testid="web-preview-grid"] td[data-cell="${address}"]`).textContent();
    await expect.poll(() => cell("I2")).toBe("ЛОЖЬ");
    expect(await cell("J2")).toBe("ИСТИНА");

    // Settings links the users' guide in the page's language, served beside the app.
    await inWorker.page.getByTestId("tab-settings").click();
    const guide = inWorker.page.getByTestId("guide-link");
    expect([await guide.textContent(), await guide.getAttribute("href")]).toEqual([
      "Руководство Sapa",
      "/guide-ru.html",
    ]);
    const served = await inWorker.page.request.get(`${server.url}/guide-ru.html`);
    expect([served.status(), served.headers()["content-type"]]).toEqual([200, "text/html; charset=utf-8"]);
    expect(await served.text()).toContain(
      "<title>Sapa: руководство для районного отдела образования</title>",
    );
    await inWorker.page.context().close();

    // The worker's script cannot load (a proxy, a browser without module workers): read on the page itself.
    const onPage = await open("sheetjs-date-cells.xlsx", true);
    await checked(onPage.page);
    expect(await onPage.page.locator('[data-testid="check-list"] [role="option"]').count()).toBe(
      cli.problems.length,
    );
    expect((await onPage.pageFetched()).some((f) => f.startsWith("reader-entry-"))).toBe(true);
    await onPage.page.context().close();
  }, 300_000);

  it("ru: the same in Russian, on other writers' files", async () => {
    await district("ru", "kargaly", "export-semicolon-bom.csv");
    await district("ru", "kobda", "sheetjs-date-cells.xlsx");
    await region("ru", "kobda", "kargaly");
  }, 600_000);
});
