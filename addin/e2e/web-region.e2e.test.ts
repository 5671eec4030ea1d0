/**
 * The regional centre's workbench in Sapa on the web (Debian Chromium on a real local server): what a
 * region user at a full window meets on the Region tab, beside what web.e2e walks with data.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "@sapa/shared";
import type { DevServer } from "../../scripts/dev-server.mjs";
import { haveChromium, launchChromium, openWebApp, setUpPane } from "./pane-harness.ts";

let server: DevServer;
let browser: Browser;

describe.skipIf(!haveChromium)("Sapa on the web: the region's workbench", () => {
  beforeAll(async () => {
    const { startDevServer, freePort } = await import("../../scripts/dev-server.mjs");
    server = await startDevServer({
      quiet: true,
      port: await freePort(),
      persistDir: join(mkdtempSync(join(tmpdir(), "sapa-web-region-")), "d1"),
    });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it.each<Lang>(["kk", "ru"])(
    "%s: what became of the report's download is said beside its button, not at the top of a long page",
    async (lang) => {
      const page = await openWebApp(browser, server.url, lang);
      await setUpPane(page, lang, "region", server.tokens.region, "2026-05-31");
      await page.getByTestId("tab-region").click();
      const button = page.getByTestId("web-report-download");
      await button.focus();
      await page.keyboard.press("Enter");
      // Written or refused, the report's notice is in the download's own section, where the user looks.
      const said = () =>
        page.evaluate(() => {
          const button = document.querySelector('[data-testid="web-report-download"]')!;
          const notice = document.querySelector('[data-testid="web-report"] [data-source="report"]');
          if (!notice) return "not beside the button";
          return notice.getBoundingClientRect().top - button.getBoundingClientRect().bottom < 100
            ? "beside the button"
            : "far from the button";
        });
      await expect.poll(said, { timeout: 60_000 }).toBe("beside the button");
      expect(await page.locator('[data-testid="notices"] [data-source="report"]').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
        "web-report-download",
      );
      await page.context().close();
    },
    120_000,
  );

  it.each<Lang>(["kk", "ru"])(
    "%s: the trend refused is said beside its button, and leaves the season's notices alone",
    async (lang) => {
      const page = await openWebApp(browser, server.url, lang);
      await setUpPane(page, lang, "region", server.tokens.region, "2026-05-31");
      await page.getByTestId("tab-region").click();
      // The server's own refusal (403: a district's key), as when the key in Settings is not the region's.
      await page.route(
        (url) => url.pathname.startsWith("/api/trend"),
        (route) =>
          route.continue({
            headers: {
              ...route.request().headers(),
              authorization: `Bearer ${server.tokens.districts.alga}`,
            },
          }),
      );
      await page.getByTestId("web-trend-load").focus();
      await page.keyboard.press("Enter");
      await page
        .locator('[data-testid="web-trend"] [data-source="trend"]')
        .first()
        .waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-testid="notices-region"] [data-testid^="notice-"]').count()).toBe(0);
      expect(await page.locator('[data-testid="notices"] [data-testid^="notice-"]').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
        "web-trend-load",
      );
      await page.context().close();
    },
    120_000,
  );
});
