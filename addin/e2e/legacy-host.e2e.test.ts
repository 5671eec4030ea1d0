/**
 * The pane on an old Office host (issue 18, item 1): Debian Chromium opens the built pane from a real local
 * server with the user agent of Internet Explorer 11's webview (Trident) or Edge Legacy's (EdgeHTML), in
 * Kazakh and in Russian. legacy-host.js shows why the pane cannot run, which Excel versions can, and a link
 * to Sapa on the web at the same server; nothing else loads: no office.js, no module bundle, no pane. The
 * same message shows with the module bundle blocked or absent from the page (it does not depend on it),
 * and a current browser still gets the pane with no message.
 */
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "@sapa/shared";
import { OFFICE_JS, haveChromium, startPaneHarness, type PaneHarness } from "./pane-harness.ts";

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";

const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";

/** What each language's part of the message says, by hand. */
const SAYS = {
  kk: [
    "Excel-дің бұл нұсқасы Sapa тақтасын іске қоса алмайды",
    "Microsoft 365, Office 2021",
    "Sapa-ны браузерде ашу",
  ],
  ru: [
    "Эта версия Excel не может запустить панель Sapa",
    "Microsoft 365, Office 2021 и новее",
    "Открыть Sapa в браузере",
  ],
  en: [
    "This Excel cannot run the Sapa pane",
    "Office 2021 or later, and Excel on the web",
    "Open Sapa in the browser",
  ],
} as const;

/** The pane's module entry as Vite names it in the built page. */
const ENTRY_BUNDLE = /\/assets\/taskpane-[\w-]+\.js$/;

let h: PaneHarness;
const contexts: BrowserContext[] = [];

interface OldHostPage {
  page: Page;
  /** Every URL the page asked for. */
  requested: string[];
}

/** A pane page opened with `userAgent`; `prepare` may route requests first (block the bundle, strip it). */
async function openAs(
  lang: Lang,
  userAgent: string,
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<OldHostPage> {
  const context = await h.browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 340, height: 700 },
    locale: lang === "kk" ? "kk-KZ" : "ru-RU",
    userAgent,
  });
  contexts.push(context);
  // office.js and the entry bundle mark the page if they ever run.
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: "window.__officeRan = true;" }),
  );
  await context.route(ENTRY_BUNDLE, async (route) => {
    const original = await route.fetch();
    await route.fulfill({ response: original, body: `window.__bundleRan = true;\n${await original.text()}` });
  });
  await prepare?.(context);
  const page = await context.newPage();
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => requested.push(`error: ${error.message}`));
  await page.goto(`${h.server.url}/taskpane.html`);
  await page.waitForLoadState("load");
  return { page, requested };
}

/** The message in kk, ru and en with the link to /app/ at this server, and nothing else on the page. */
async function expectOnlyTheMessage({ page, requested }: OldHostPage): Promise<void> {
  const webUrl = `${h.server.url}/app/`;
  for (const lang of ["kk", "ru", "en"] as const) {
    const section = page.locator(`#legacy-host section[lang="${lang}"]`);
    await expect(section.isVisible()).resolves.toBe(true);
    const text = await section.innerText();
    for (const phrase of SAYS[lang]) expect(text).toContain(phrase);
    expect(text).toContain("Excel");
    const link = page.locator(`a[data-legacy-link="${lang}"]`);
    await expect(link.getAttribute("href")).resolves.toBe(webUrl);
    await expect(link.isVisible()).resolves.toBe(true);
  }
  // What a person sees is the message alone: the rest of the page is inert, hidden text.
  const visible = await page.evaluate(() => document.body.innerText);
  expect(visible).toContain(SAYS.kk[0]);
  expect(visible).not.toContain("<div");
  expect(visible).not.toContain("Sapa needs JavaScript");
  const state = await page.evaluate(() => ({
    root: document.getElementById("root") !== null,
    moduleScripts: document.querySelectorAll('script[type="module"]').length,
    scripts: Array.from(document.scripts).map((s) => s.getAttribute("src")),
    officeRan: "__officeRan" in window,
    bundleRan: "__bundleRan" in window,
  }));
  expect(state).toEqual({
    root: false,
    moduleScripts: 0,
    scripts: ["/legacy-host.js"],
    officeRan: false,
    bundleRan: false,
  });
  // Nothing else was asked for and nothing failed. The browser's look-ahead preloader (IE 11 has one too)
  // may fetch the two scripts the HTML names before legacy-host.js stops the parser: fetched, never run.
  const others = requested.filter(
    (url) =>
      url !== OFFICE_JS &&
      !ENTRY_BUNDLE.test(url) &&
      !/\/(taskpane\.html|legacy-host\.js|assets\/icon-\d+\.png)$/.test(url),
  );
  expect(others).toEqual([]);
}

describe.skipIf(!haveChromium)("the pane on Internet Explorer 11 and Edge Legacy hosts", () => {
  beforeAll(async () => {
    h = await startPaneHarness("legacy-host-e2e");
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await h?.stop();
  }, 60_000);

  for (const lang of ["kk", "ru"] as const) {
    it(`${lang}: a Trident webview sees why, the versions that can, and the link to Sapa on the web; nothing else loads`, async () => {
      const opened = await openAs(lang, TRIDENT);
      await expectOnlyTheMessage(opened);
      await opened.page.screenshot({ path: join(h.artifacts, `${lang}-trident.png`), fullPage: true });
    }, 60_000);

    it(`${lang}: an EdgeHTML webview (which would run the module) sees the same and runs nothing else`, async () => {
      await expectOnlyTheMessage(await openAs(lang, EDGE_HTML));
    }, 60_000);

    it(`${lang}: with the module bundle blocked, and with it absent from the page, the message still shows`, async () => {
      const blocked = await openAs(lang, TRIDENT, (context) =>
        context.route(/\/assets\/.*\.js$/, (route) => route.abort()),
      );
      await expectOnlyTheMessage(blocked);
      const stripped = await openAs(lang, TRIDENT, (context) =>
        context.route(/\/taskpane\.html$/, async (route) => {
          const original = await route.fetch();
          const html = (await original.text()).replace(/<script type="module"[^>]*><\/script>/g, "");
          expect(html).not.toContain('type="module"');
          await route.fulfill({ response: original, body: html });
        }),
      );
      await expectOnlyTheMessage(stripped);
    }, 60_000);

    it(`${lang}: a current browser gets the pane and no message`, async () => {
      // The marks above do show a run: here the bundle runs (office.js too, a stub without the fake host).
      const marked = await openAs(lang, CHROME);
      await expect(
        marked.page.evaluate(() => ["__officeRan" in window, "__bundleRan" in window]),
      ).resolves.toEqual([true, true]);
      await expect(marked.page.locator("#legacy-host").count()).resolves.toBe(0);
      const page = await h.newPane(lang);
      await expect(page.getByTestId("tab-check").isVisible()).resolves.toBe(true);
      await expect(page.locator("#legacy-host").count()).resolves.toBe(0);
      await expect(page.evaluate(() => document.scripts[0]?.getAttribute("src"))).resolves.toBe(
        "/legacy-host.js",
      );
      await page.screenshot({ path: join(h.artifacts, `${lang}-current.png`), fullPage: true });
    }, 120_000);
  }
});
