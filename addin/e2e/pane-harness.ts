/**
 * What an end-to-end pane test needs: a real local server (startDevServer: wrangler dev + D1 in a temporary
 * directory), Debian Chromium, and panes opened on the in-memory Office fake with the e2e roster loaded
 * and its two deliberate errors fixed. Each pane is a browser context of its own (another computer).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";
import { findDistrict, type DistrictId, type Lang } from "@sapa/shared";
import type { DevServer, DevServerOptions } from "../../scripts/dev-server.mjs";
import { bundleFakeOffice } from "../test/fake-office/bundle.ts";
import { translator } from "../src/translate.ts";
import {
  BAD_CATEGORY_CELL,
  BAD_IIN_CELL,
  FIXED_IIN,
  SHEET,
  readSheetGrid,
  writeRosterXlsx,
} from "./roster.ts";

export const repo = fileURLToPath(new URL("../../", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Where the pane loads office.js from: each test context answers it with the fake host's bundle. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const haveChromium = existsSync(CHROMIUM);

/** Debian Chromium, headless, without the background traffic a test does not want. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Sapa on the web (`/app/` of `serverUrl`) in a browser context of its own: 1280 × 800 unless told, the
 * language's locale, downloads accepted, the page's errors printed; resolves once the Check tab is there.
 */
export async function openWebApp(
  browser: Browser,
  serverUrl: string,
  lang: Lang,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport,
    locale: lang === "kk" ? "kk-KZ" : "ru-RU",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("web error:", error));
  await page.goto(`${serverUrl}/app/`);
  await page.getByTestId("tab-check").waitFor();
  return page;
}

/**
 * Prints, once each, the requests of `context` still unanswered after `afterMs`, with the time they were
 * sent: when a test then times out waiting for the pane, its log says which request the pane waited on.
 * Returns a function that stops watching.
 */
export function reportSlowRequests(context: BrowserContext, afterMs = 15_000): () => void {
  const pending = new Map<Request, number>();
  const reported = new Set<Request>();
  const done = (request: Request) => pending.delete(request);
  context.on("request", (request) => pending.set(request, Date.now()));
  context.on("requestfinished", done);
  context.on("requestfailed", done);
  const timer = setInterval(() => {
    for (const [request, sent] of pending) {
      if (reported.has(request) || Date.now() - sent < afterMs) continue;
      reported.add(request);
      console.error(
        `pane request unanswered after ${Math.round((Date.now() - sent) / 1000)} s: ${request.method()} ${request.url()} (sent ${new Date(sent).toISOString()})`,
      );
    }
  }, 1_000);
  timer.unref();
  return () => clearInterval(timer);
}

export interface PaneHarness {
  server: DevServer;
  browser: Browser;
  /** A directory of this run's own, removed on stop (downloads may go here). */
  workDir: string;
  /** Screenshots go here (test-artifacts/<name>). */
  artifacts: string;
  /** The e2e roster as the fake host holds it when a pane opens (before its two errors are fixed). */
  grid: unknown;
  /** A fresh pane in `lang` with the roster loaded and fixed. */
  newPane(lang: Lang): Promise<Page>;
  stop(): Promise<void>;
}

/** Starts the server (with `serverOptions`) and Chromium; `name` names the artifacts folder. */
export async function startPaneHarness(
  name: string,
  serverOptions: Omit<DevServerOptions, "port" | "persistDir"> = {},
): Promise<PaneHarness> {
  const artifacts = join(repo, "test-artifacts", name);
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), `sapa-${name}-`));
  const xlsx = join(workDir, "roster.xlsx");
  await writeRosterXlsx(xlsx);
  const grid = await readSheetGrid(xlsx, SHEET);
  const fakeBundle = await bundleFakeOffice();
  const { startDevServer, freePort } = await import("../../scripts/dev-server.mjs");
  const server = await startDevServer({
    quiet: true,
    ...serverOptions,
    port: await freePort(),
    persistDir: join(workDir, "d1"),
  });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];

  const newPane = async (lang: Lang): Promise<Page> => {
    const locale = lang === "kk" ? "kk-KZ" : lang === "ru" ? "ru-RU" : "en-US";
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 340, height: 900 },
      locale,
      acceptDownloads: true,
    });
    contexts.push(context);
    reportSlowRequests(context);
    await context.addInitScript(
      (init) => {
        (window as unknown as { __sapaFakeInit: unknown }).__sapaFakeInit = init;
      },
      { sheets: { [SHEET]: grid }, activeSheet: SHEET, displayLanguage: locale },
    );
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: "application/javascript", body: fakeBundle }),
    );
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error("pane error:", error));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId("tab-check").waitFor();
    await fixRoster(page);
    return page;
  };

  const stop = async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
    await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  return { server, browser, workDir, artifacts, grid, newPane, stop };
}

/** The roster's two deliberate errors, fixed: it can be submitted. */
export async function fixRoster(page: Page): Promise<void> {
  await fakeOn(page, "setValues", SHEET, BAD_CATEGORY_CELL, [["педагог-эксперт"]]);
  await fakeOn(page, "setValues", SHEET, BAD_IIN_CELL, [[FIXED_IIN]]);
}

/** Calls the fake host's control object inside the page. */
export function fakeOn<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, rest]) =>
      (window as unknown as { __sapaFake: Record<string, (...a: unknown[]) => unknown> }).__sapaFake[
        name as string
      ]!(...(rest as unknown[])),
    [fn, args] as const,
  ) as Promise<T>;
}

/** Answers the first-run question and saves the access key and the report date (Settings tab stays open). */
export async function setUpPane(
  page: Page,
  lang: Lang,
  who: DistrictId | "region",
  token: string,
  date: string,
): Promise<void> {
  const t = translator(lang);
  await page.getByTestId("first-run-picker").click();
  const option = who === "region" ? t("regionUser") : findDistrict(who)!.name[lang];
  await page.getByRole("option", { name: option, exact: true }).click();
  await page.getByTestId("first-run-continue").click();
  await page.getByTestId("first-run").waitFor({ state: "detached" });
  await page.getByTestId("tab-settings").click();
  await page.getByTestId("setting-token").fill(token);
  await page.getByTestId("setting-date").fill(date);
  await page.getByTestId("save-settings").click();
}
