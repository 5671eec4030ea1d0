/**
 * Sapa on the web, the way a district uses the Check tab (Debian Chromium against a real local server):
 * "go to" a problem shows its cell on the screen, whatever row or column it is in and however narrow the
 * window; the preview's corner stays on top of what scrolls under it; the file picker names the file type
 * in the page's language; and "Check again" where the browser asks for the file once more checks the
 * sheet the user chose, as Chromium's own re-read does.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRoster } from "@sapa/shared/sample";
import type { Lang } from "@sapa/shared";
import type { DevServer } from "../../scripts/dev-server.mjs";
import { WEB_WORDS } from "../src/web/i18n-web.ts";
import { haveChromium, launchChromium, repo, setUpPane } from "./pane-harness.ts";

const WRITERS = join(repo, "cli/test/fixtures/writers");
const DATE = "2026-05-31";
let server: DevServer;
let browser: Browser;
let dir: string;
/** A 300-row Russian roster as districts keep it: title rows, a subtotal row, warnings down to its end. */
let roster: string;

async function writeRoster(file: string): Promise<void> {
  const grid = generateRoster({ seed: 7, rows: 300, district: "alga", lang: "ru", messy: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Список");
  grid.values.forEach((values, r) => {
    const row = ws.addRow(values.map((v) => v ?? null));
    grid.numberFormats?.[r]?.forEach((format, c) => {
      if (typeof format === "string" && format !== "General") row.getCell(c + 1).numFmt = format;
    });
  });
  await wb.xlsx.writeFile(file);
}

async function openApp(lang: Lang, width: number, file?: string): Promise<Page> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width, height: 800 },
    locale: lang === "kk" ? "kk-KZ" : "ru-RU",
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("web error:", error));
  await page.goto(`${server.url}/app/`);
  await page.getByTestId("tab-check").waitFor();
  await setUpPane(page, lang, "alga", server.tokens.districts.alga ?? "dev-alga", DATE);
  await page.getByTestId("tab-check").click();
  if (file) await openFile(page, file);
  return page;
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByTestId("web-file-input").setInputFiles(file);
  await expect
    .poll(async () => {
      const errors = await page.getByTestId("notice-error").allTextContents();
      if (errors.length > 0) return `error: ${errors.join(" | ")}`;
      const busy = await page.getByTestId("check-button").isDisabled();
      return (await page.getByTestId("severity-counts").count()) > 0 && !busy ? "checked" : "checking";
    })
    .toBe("checked");
}

const problems = (page: Page) => page.locator('[data-testid="check-list"] [role="option"]');
const targetCell = (page: Page) => page.locator('[data-testid="web-preview-grid"] td[data-target]');

/** The box of `cell` lies inside `area` (both as the screen shows them). */
function inside(
  cell: { x: number; y: number; width: number; height: number },
  area: { x: number; y: number; width: number; height: number },
): boolean {
  return (
    cell.x >= area.x &&
    cell.y >= area.y &&
    cell.x + cell.width <= area.x + area.width &&
    cell.y + cell.height <= area.y + area.height
  );
}

describe.skipIf(!haveChromium)("Sapa on the web: the Check tab by hand", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sapa-web-preview-"));
    roster = join(dir, "Список-Алга.xlsx");
    await writeRoster(roster);
    const { startDevServer, freePort } = await import("../../scripts/dev-server.mjs");
    server = await startDevServer({ quiet: true, port: await freePort(), persistDir: join(dir, "d1") });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("goes to a problem far down and to the right: the preview scrolls both ways to its cell", async () => {
    const page = await openApp("ru", 1280, roster);
    const grid = page.getByTestId("web-preview-grid");
    // The first problem below the rows drawn at first whose column lies right of the preview's width.
    const far = await problems(page).evaluateAll((items) =>
      items.findIndex((e) => Number((e as HTMLElement).dataset.row) > 60),
    );
    expect(far).toBeGreaterThanOrEqual(0);
    const item = problems(page).nth(far);
    const address = `${await item.getAttribute("data-column")}${await item.getAttribute("data-row")}`;
    const head = page.locator(
      `[data-testid="web-preview-grid"] thead th[data-column="${address.replace(/\d+$/, "")}"]`,
    );
    const before = (await grid.boundingBox())!;
    expect((await head.boundingBox())!.x).toBeGreaterThan(before.x + before.width);
    await item.click();
    await expect.poll(() => targetCell(page).getAttribute("data-cell")).toBe(address);
    expect(inside((await targetCell(page).boundingBox())!, (await grid.boundingBox())!), address).toBe(true);
    await page.context().close();
  }, 120_000);

  it("in a narrow window, where the preview sits below the list, going to a problem brings its cell on screen", async () => {
    const page = await openApp("kk", 360, roster);
    const item = problems(page).first();
    await item.click();
    await targetCell(page).waitFor();
    await expect
      .poll(async () =>
        inside((await targetCell(page).boundingBox())!, { x: 0, y: 0, width: 360, height: 800 }),
      )
      .toBe(true);
    await page.context().close();
  }, 120_000);

  it("keeps the preview's top-left corner above the row numbers and column letters scrolled under it", async () => {
    const page = await openApp("ru", 1280, roster);
    const grid = page.getByTestId("web-preview-grid");
    await grid.evaluate((e) => {
      e.scrollTop = e.scrollHeight;
      e.scrollLeft = e.scrollWidth;
    });
    // The table draws the rows in view once scrolled: the last row's number is there.
    await page.locator('[data-testid="web-preview-grid"] tr[data-row="305"]').waitFor();
    const atCorner = await grid.evaluate((e) => {
      const corner = e.querySelector("thead tr > :first-child")!;
      const box = corner.getBoundingClientRect();
      const shown = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return shown === corner ? "corner" : `${shown?.tagName} ${shown?.textContent}`;
    });
    expect(atCorner).toBe("corner");
    await page.context().close();
  }, 120_000);

  it("names the file type in the picker in the page's language", async () => {
    const page = await openApp("kk", 1280);
    // The system dialog itself is not the page's: record what the page asks it for.
    await page.evaluate(() => {
      const w = window as unknown as { showOpenFilePicker: unknown; __asked: unknown[] };
      w.__asked = [];
      w.showOpenFilePicker = async (options: unknown) => {
        w.__asked.push(options);
        throw new DOMException("closed", "AbortError");
      };
    });
    await page.getByTestId("web-open").click();
    const asked = await page.evaluate(
      () => (window as unknown as { __asked: { types: { description: string }[] }[] }).__asked,
    );
    expect(asked.map((o) => o.types.map((t) => t.description))).toEqual([[WEB_WORDS.kk.webPickerType]]);
    expect(WEB_WORDS.kk.webPickerType).toBe("Педагогтер тізімі");
    await page.context().close();
  }, 120_000);

  it("checks the sheet the user chose again when the file is picked once more for “Check again”", async () => {
    const file = join(WRITERS, "openpyxl-sheet-per-org.xlsx");
    const page = await openApp("ru", 1280, file);
    await expect.poll(() => page.getByTestId("count-warning").textContent()).toMatch(/:\s*9$/);
    await page.getByTestId("sheet-picker").click();
    await page.getByRole("option", { name: "Айгөлек", exact: true }).click();
    await page.getByTestId("check-button").click();
    await expect.poll(() => page.getByTestId("count-warning").textContent()).toMatch(/:\s*3$/);
    // This page read the file from a plain input (as Firefox and Safari do): "Check again" asks for it.
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByTestId("web-check-again").click(),
    ]);
    const read = () => page.getByTestId("web-file-name").getAttribute("data-version");
    const before = Number(await read());
    await chooser.setFiles(file);
    await expect.poll(async () => Number(await read())).toBe(before + 1);
    expect(await page.getByTestId("sheet-picker").textContent()).toBe("Айгөлек");
    await expect.poll(() => page.getByTestId("check-button").isDisabled()).toBe(false);
    expect(await page.getByTestId("count-warning").textContent()).toMatch(/:\s*3$/);
    // The warnings are those of that sheet's teachers (awarded 18-20 May 2021), not of every sheet's.
    const dates = await problems(page).evaluateAll((items) =>
      items.flatMap((e) => /присвоена (\d\d\.\d\d\.\d{4})/.exec(e.getAttribute("title") ?? "")?.[1] ?? []),
    );
    expect(dates).toEqual(["18.05.2021", "19.05.2021", "20.05.2021"]);
    await page.context().close();
  }, 120_000);

  it("keeps a file dropped beside the file box from replacing the app; the box itself still opens it", async () => {
    const page = await openApp("ru", 1280);
    const bytes = [...(await readFile(roster))];
    const drop = (testid: string | null) =>
      page.evaluate(
        async ([id, bytes]) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(bytes)], "Список-Алга.xlsx"));
          const target = id ? document.querySelector(`[data-testid="${id}"]`)! : document.body;
          // Not prevented, the browser's own action for a dropped file is to open it in the tab.
          return ["dragover", "drop"].map((type) =>
            target.dispatchEvent(
              new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
            ),
          );
        },
        [testid, bytes] as const,
      );
    // dispatchEvent answers false when the event's default action was cancelled.
    expect(await drop(null)).toEqual([false, false]);
    expect(await drop("web-preview")).toEqual([false, false]);
    expect(await drop("web-file")).toEqual([false, false]);
    await expect.poll(() => page.getByTestId("web-file-name").textContent()).toContain("Список-Алга.xlsx");
    await page.context().close();
  }, 120_000);
});
