/**
 * A roster kept one sheet per kindergarten, end to end in Chromium (issue 9, item 7): the built pane served
 * by the local server, the in-memory Office fake holding a workbook read from a real .xlsx (a summary sheet,
 * then five kindergarten sheets of 15 teachers). In Kazakh and in Russian the pane finds the five sheets,
 * names each, counts 75 teachers in 5 organisations, offers one sheet alone (by keyboard), and "go to" on
 * the problem of the fourth sheet opens the fourth sheet.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DevServer } from "../../scripts/dev-server.mjs";
import { bundleFakeOffice } from "../test/fake-office/bundle.ts";
import {
  BAD_CELL,
  BAD_SHEET_INDEX,
  KK_WORKBOOK,
  RU_WORKBOOK,
  TEACHERS_PER_SHEET,
  writeKindergartenXlsx,
  type KindergartenWorkbook,
} from "./kindergarten-sheets.ts";
import { OFFICE_JS, fakeOn, haveChromium, launchChromium } from "./pane-harness.ts";
import { readSheetGrid } from "./roster.ts";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const artifacts = join(repo, "test-artifacts", "addin-e2e-sheets");
const ERROR_FILL = "#FFC7CE";

let server: DevServer;
let browser: Browser;
let context: BrowserContext;
let fakeBundle: string;
let workDir: string;

/** The fake host's init: every sheet of the .xlsx as Excel hands it over, the summary sheet active. */
async function workbookInit(book: KindergartenWorkbook, displayLanguage: string): Promise<unknown> {
  const xlsx = join(workDir, `${book.summarySheet}.xlsx`);
  await writeKindergartenXlsx(xlsx, book);
  const sheets: Record<string, unknown> = {};
  for (const name of [book.summarySheet, ...book.sheets]) sheets[name] = await readSheetGrid(xlsx, name);
  return { sheets, activeSheet: book.summarySheet, displayLanguage };
}

async function openPane(init: unknown): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("pane error:", error));
  await page.addInitScript((value) => {
    (window as unknown as { __sapaFakeInit: unknown }).__sapaFakeInit = value;
  }, init);
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByTestId("tab-check").waitFor();
  return page;
}

async function figures(page: Page): Promise<[string, string]> {
  await page.getByTestId("tab-figures").click();
  const teachers = (await page.getByTestId("fig-teachers").innerText()).split("\n").at(-1)!.trim();
  const organisations = (await page.getByTestId("fig-organizations").innerText()).split("\n").at(-1)!.trim();
  await page.getByTestId("tab-check").click();
  return [teachers, organisations];
}

async function checkAll(page: Page): Promise<string> {
  await page.getByTestId("check-button").click();
  const summary = page.getByTestId("check-summary");
  await summary.waitFor();
  return (await summary.textContent()) ?? "";
}

describe.skipIf(!haveChromium)(
  "one roster sheet per kindergarten in the pane (Chromium)",
  { timeout: 90_000 },
  () => {
    beforeAll(async () => {
      rmSync(artifacts, { recursive: true, force: true });
      mkdirSync(artifacts, { recursive: true });
      workDir = mkdtempSync(join(tmpdir(), "sapa-addin-e2e-sheets-"));
      fakeBundle = await bundleFakeOffice();
      const { startDevServer, freePort } = await import("../../scripts/dev-server.mjs");
      server = await startDevServer({ port: await freePort(), persistDir: join(workDir, "d1"), quiet: true });
      browser = await launchChromium();
      context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 1000 } });
      await context.route(OFFICE_JS, (route) =>
        route.fulfill({ status: 200, contentType: "application/javascript", body: fakeBundle }),
      );
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (workDir) rmSync(workDir, { recursive: true, force: true });
    }, 60_000);

    it("kk: names the five sheets read, 75 teachers in 5 organisations, and the problem on sheet 4 opens sheet 4", async () => {
      const book = KK_WORKBOOK;
      const page = await openPane(await workbookInit(book, "kk-KZ"));
      await expect.poll(() => page.getByTestId("tab-check").innerText()).toBe("Тексеру");
      expect(await page.getByTestId("sheet-picker").textContent()).toContain(
        "Тізім бар парақтар (Sapa өзі табады)",
      );

      const summary = await checkAll(page);
      expect(await page.getByTestId("check-summary").getAttribute("data-sheets")).toBe("5");
      expect(summary).toContain("5 парақтан бір тізім ретінде 75 педагог оқылды");
      for (const sheet of book.sheets) expect(summary).toContain(`«${sheet}» (${TEACHERS_PER_SHEET})`);
      expect(summary).not.toContain(book.summarySheet);
      expect(await page.getByTestId("sheet-is-organisation").textContent()).toContain("парақтың атауы");
      expect(await figures(page)).toEqual(["75", "5"]);
      expect(await page.getByTestId("count-error").textContent()).toMatch(/:\s*1$/);
      await page.screenshot({ path: join(artifacts, "01-five-sheets-kk.png"), fullPage: true });

      // The problem carries its sheet; "go to" opens that sheet (the summary sheet was active) at the cell.
      const sheet4 = book.sheets[BAD_SHEET_INDEX - 1]!;
      const error = page.locator('[role="option"][data-severity="error"]');
      expect(await error.getAttribute("data-sheet")).toBe(sheet4);
      expect(await error.getAttribute("title")).toContain(`«${sheet4}» · 9-жол, D бағаны`);
      await error.click();
      await expect.poll(() => fakeOn(page, "selection")).toEqual({ sheet: sheet4, address: BAD_CELL });
      expect(await fakeOn(page, "activeSheet")).toBe(sheet4);

      // Highlights land on sheet 4 only.
      await page.getByTestId("highlight-button").click();
      await expect.poll(() => fakeOn(page, "fills", sheet4, BAD_CELL)).toEqual([[ERROR_FILL]]);
      expect(await fakeOn(page, "fills", book.sheets[0], BAD_CELL)).not.toEqual([[ERROR_FILL]]);
      const highlighted = await page.getByTestId("notice-success").last().textContent();
      expect(highlighted).toContain(`«${sheet4}»`);
      expect(highlighted).not.toContain(`«${book.sheets[0]}»`);

      // The choice, by keyboard: one sheet alone (its name stays its organisation), then all five again.
      const choice = page.getByTestId("sheets-choice");
      expect(await choice.textContent()).toContain("барлық 5 парақ бір тізім ретінде (75 педагог)");
      await page.getByTestId("sheets-choice-all").focus();
      await page.keyboard.press("ArrowDown");
      await expect
        .poll(() => page.getByTestId("check-summary").textContent())
        .toContain(`«${book.sheets[0]}» парағында 15 педагог`);
      expect(await page.getByTestId("sheets-choice-1").isChecked()).toBe(true);
      expect(await page.getByTestId("count-error").textContent()).toMatch(/:\s*0$/);
      expect(await figures(page)).toEqual(["15", "1"]);
      await page.screenshot({ path: join(artifacts, "02-one-sheet-kk.png"), fullPage: true });
      await page.getByTestId("sheets-choice-1").focus();
      await page.keyboard.press("ArrowUp");
      await expect.poll(() => page.getByTestId("check-summary").getAttribute("data-sheets")).toBe("5");
      expect(await figures(page)).toEqual(["75", "5"]);
      await page.close();
    });

    it("ru: the same in Russian, and Enter on the problem of sheet 4 opens sheet 4", async () => {
      const book = RU_WORKBOOK;
      const page = await openPane(await workbookInit(book, "ru-RU"));
      await expect.poll(() => page.getByTestId("tab-check").innerText()).toBe("Проверка");
      expect(await page.getByTestId("sheet-picker").textContent()).toContain(
        "Листы со списком (Sapa найдёт сам)",
      );

      const summary = await checkAll(page);
      expect(summary).toContain("Прочитано как один список с листов (5), педагогов: 75");
      for (const sheet of book.sheets) expect(summary).toContain(`«${sheet}» (${TEACHERS_PER_SHEET})`);
      expect(await page.getByTestId("sheet-is-organisation").textContent()).toContain("название листа");
      expect(await page.getByTestId("sheets-choice").textContent()).toContain(
        "все листы (5) как один список (педагогов: 75)",
      );
      expect(await figures(page)).toEqual(["75", "5"]);

      const sheet4 = book.sheets[BAD_SHEET_INDEX - 1]!;
      const list = page.getByTestId("check-list");
      await list.focus();
      await page.keyboard.press("Home");
      await page.keyboard.press("Enter");
      await expect.poll(() => fakeOn(page, "selection")).toEqual({ sheet: sheet4, address: BAD_CELL });
      expect(await fakeOn(page, "activeSheet")).toBe(sheet4);
      expect(await page.getByTestId("check-detail").textContent()).toContain(
        `«${sheet4}» · Строка 9, столбец D`,
      );
      await page.screenshot({ path: join(artifacts, "03-five-sheets-ru.png"), fullPage: true });
      await page.close();
    });
  },
);
