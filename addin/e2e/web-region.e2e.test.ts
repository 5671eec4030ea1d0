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
import { haveChromium, launchChromium, setUpPane } from "./pane-harness.ts";

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
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: { width: 1280, height: 800 },
        locale: lang === "kk" ? "kk-KZ" : "ru-RU",
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.on("pageerror", (error) => console.error("web error:", error));
      await page.goto(`${server.url}/app/`);
      await page.getByTestId("tab-check").waitFor();
      await setUpPane(page, lang, "region", server.tokens.region, "2026-05-31");
      await page.getByTestId("tab-region").click();
      const button = page.getByTestId("web-report-download");
      await button.focus();
      await page.keyboard.press("Enter");
      // Written or refused, the report's notice is in the download's own section, where the user looks.
      const notice = page.locator('[data-testid="web-report"] [data-source="report"]');
      await notice.first().waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-testid="notices"] [data-source="report"]').count()).toBe(0);
      const at = (await button.boundingBox())!;
      const said = (await notice.first().boundingBox())!;
      expect(said.y - (at.y + at.height)).toBeLessThan(100);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
        "web-report-download",
      );
      await context.close();
    },
    120_000,
  );
});
