/**
 * Sapa on the web on the files a district brings (Debian Chromium against a real local server): a roster
 * LibreOffice saved as .xlsx (a cover sheet first, a merged title row, each kindergarten's name merged down
 * its teachers, subtotal rows, a sheet of formulas), the same roster as .xls, .ods and as CSV in UTF-8 and in
 * Windows-1251, and Sapa's own downloaded workbook picked in place of the roster. Each file is opened, or
 * refused saying why and what to do; what is opened shows what `sapa check` says of the same file, in the
 * preview of the roster's own sheet. The files are committed (client/test/fixtures/district-files): CI has
 * no LibreOffice.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lang, Problem, Summary } from "@sapa/shared";
import type { DevServer } from "../../scripts/dev-server.mjs";
import { WEB_WORDS } from "../src/web/i18n-web.ts";
import { haveChromium, launchChromium, openWebApp, repo, setUpPane } from "./pane-harness.ts";

const FILES = join(repo, "client/test/fixtures/district-files");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const DATE = "2025-12-01";
let server: DevServer;
let browser: Browser;
let dir: string;

/** `sapa check --json` on the same file and date (exit 1 when the roster has errors: its output still stands). */
function cliCheck(file: string): { problems: Problem[]; summary: Summary } {
  const run = spawnSync("npx", ["sapa", "check", join(FILES, file), "--as-of", DATE, "--json"], {
    cwd: repo,
    encoding: "utf8",
  });
  return JSON.parse(run.stdout) as { problems: Problem[]; summary: Summary };
}

async function openApp(lang: Lang): Promise<Page> {
  const page = await openWebApp(browser, server.url, lang);
  await setUpPane(page, lang, "alga", server.tokens.districts.alga ?? "dev-alga", DATE);
  await page.getByTestId("tab-check").click();
  return page;
}

/** axe-core's violations on the page (WCAG 2.1 A/AA and best practice; Fluent's focus helpers left out, as a11y.e2e does). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        resultTypes: ["violations"],
      },
    );
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** How many times the page has read a file (null before the first). */
const version = async (page: Page) =>
  (await page.getByTestId("web-file-name").count()) > 0
    ? page.getByTestId("web-file-name").getAttribute("data-version")
    : null;

/** Opens a file: "checked" once its check is shown, or "error: " and the error notice's words. */
async function open(page: Page, file: string): Promise<string> {
  const before = await version(page);
  await page.getByTestId("web-file-input").setInputFiles(file);
  let outcome = "";
  await expect
    .poll(async () => {
      const errors = await page.getByTestId("notice-error").allTextContents();
      if (errors.length > 0) {
        outcome = `error: ${errors.join(" | ")}`;
        return "done";
      }
      const busy = await page.getByTestId("check-button").isDisabled();
      if (
        (await version(page)) === before ||
        busy ||
        (await page.getByTestId("severity-counts").count()) === 0
      )
        return "reading";
      outcome = "checked";
      return "done";
    })
    .toBe("done");
  return outcome;
}

/** The problems listed, as `severity sheet cell code`. */
const listed = (page: Page) =>
  page.locator('[data-testid="check-list"] [role="option"]').evaluateAll((items) =>
    items.map((e) => {
      const d = (e as HTMLElement).dataset;
      return `${d.severity} ${d.sheet ?? ""} ${d.column ?? ""}${d.row} ${d.code}`;
    }),
  );
const asListed = (problems: Problem[]) =>
  problems.map((p) => `${p.severity} ${p.sheet ?? ""} ${p.column ?? ""}${p.row} ${p.code}`);

/** The page shows what `sapa check` found: the same counts, and each problem in view one of the CLI's. */
async function sameAsCli(page: Page, problems: Problem[]): Promise<void> {
  for (const s of ["error", "warning", "info"]) {
    const count = problems.filter((p) => p.severity === s).length;
    expect(await page.getByTestId(`count-${s}`).textContent(), s).toMatch(new RegExp(`:\\s*${count}$`));
  }
  // The list draws only the rows in view.
  const shown = await listed(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(asListed(problems)).toEqual(expect.arrayContaining(shown));
}

describe.skipIf(!haveChromium)("Sapa on the web: the files a district brings", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sapa-web-files-"));
    const { startDevServer, freePort } = await import("../../scripts/dev-server.mjs");
    server = await startDevServer({ quiet: true, port: await freePort(), persistDir: join(dir, "d1") });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("ru: LibreOffice's .xlsx with a cover sheet first: the preview shows the roster sheet, the problems and figures are `sapa check`'s", async () => {
    const page = await openApp("ru");
    expect(await open(page, join(FILES, "libreoffice-district.xlsx"))).toBe("checked");
    // The roster is the second sheet: the preview shows it beside its problems, not the cover.
    await expect.poll(() => page.getByTestId("web-preview").getAttribute("data-sheet")).toBe("Педагогтер");
    const cli = cliCheck("libreoffice-district.xlsx");
    await sameAsCli(page, cli.problems);
    expect((await listed(page)).sort()).toEqual(asListed(cli.problems).sort());
    // The ИИН with a mistyped check digit, under the merged title and the first kindergarten's merged name,
    // gone to by the keyboard: the list's first problem, Enter; the preview says which cell it shows.
    await page.getByTestId("check-list").focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator('[data-testid="web-preview-grid"] td[data-target]').getAttribute("data-cell"))
      .toBe("D10");
    const said = page.getByTestId("web-preview-target");
    expect([await said.getAttribute("role"), await said.textContent()]).toEqual([
      "status",
      "Ячейка D10 на листе «Педагогтер»",
    ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("check-list");
    expect(await page.getByTestId("web-preview").getAttribute("data-sheet")).toBe("Педагогтер");
    // An ИИН kept as a number under 000000000000 shows its leading zero, as in LibreOffice and Excel.
    expect(await page.locator('[data-testid="web-preview-grid"] td[data-cell="D7"]').textContent()).toBe(
      "010205601281",
    );
    // Every header of the preview's table says what it heads.
    expect(await axeViolations(page)).toEqual([]);
    // A sheet picked in the preview stays shown.
    await page.getByRole("tab", { name: "Титул" }).click();
    await expect.poll(() => page.getByTestId("web-preview").getAttribute("data-sheet")).toBe("Титул");

    /** The Figures tab's teachers and organisations, as the numbers they end with. */
    const figures = async () => {
      await page.getByTestId("tab-figures").click();
      const shown = await Promise.all(
        ["fig-teachers", "fig-organizations"].map(async (id) =>
          Number(/(\d+)$/.exec(((await page.getByTestId(id).textContent()) ?? "").replace(/\s/g, ""))?.[1]),
        ),
      );
      await page.getByTestId("tab-check").click();
      return shown;
    };
    expect(cli.summary.teachers).toBe(13);
    expect(await figures()).toEqual([cli.summary.teachers, cli.summary.organizations]);

    // Last year's roster kept beside it as a hidden sheet: not listed, not previewed, not read (the pane
    // reads only visible sheets, and so does `sapa check`).
    expect(await open(page, join(FILES, "libreoffice-hidden-sheet.xlsx"))).toBe("checked");
    const hidden = cliCheck("libreoffice-hidden-sheet.xlsx");
    expect(hidden.summary.teachers).toBe(13);
    await sameAsCli(page, hidden.problems);
    expect(await page.locator('[data-testid="web-preview"] [role="tab"]').allInnerTexts()).toEqual([
      "Титул",
      "Педагогтер",
      "Жиынтық",
    ]);
    await page.getByTestId("sheet-picker").click();
    expect(await page.getByRole("option").allTextContents()).not.toContain("2024");
    await page.keyboard.press("Escape");
    expect(await figures()).toEqual([13, 3]);
    await page.context().close();
  }, 120_000);

  it("kk: .xls and .ods can be picked and are refused with what to do; a Windows-1251 CSV too; the UTF-8 CSV reads as `sapa check` reads it", async () => {
    const page = await openApp("kk");
    // The file input offers them, so the user finds the file and learns to save it as .xlsx.
    expect((await page.getByTestId("web-file-input").getAttribute("accept"))?.split(",")).toEqual(
      expect.arrayContaining([".xlsx", ".xlsm", ".csv", ".xls", ".ods"]),
    );
    expect(await open(page, join(FILES, "libreoffice-district-utf8.csv"))).toBe("checked");
    // The CSV has lost the merged kindergarten names: one error says so and to open the .xlsx, here as in the CLI.
    await sameAsCli(page, cliCheck("libreoffice-district-utf8.csv").problems);
    // Excel 2016's "Unicode Text" (.txt, UTF-16, tabs) of the same sheet: offered, and read as the CSV is.
    expect((await page.getByTestId("web-file-input").getAttribute("accept"))?.split(",")).toContain(".txt");
    expect(await open(page, join(FILES, "libreoffice-district-utf16.txt"))).toBe("checked");
    await sameAsCli(page, cliCheck("libreoffice-district-utf16.txt").problems);
    await sameAsCli(page, cliCheck("libreoffice-district-utf8.csv").problems);

    const refused = async (file: string, words: string) => {
      const outcome = await open(page, join(FILES, file));
      expect(outcome).toContain(`: ${file}.`);
      expect(outcome).toContain(words);
      // The file open before stays open, and its check stays shown.
      expect(await page.getByTestId("web-file-name").textContent()).toContain(
        "libreoffice-district-utf16.txt",
      );
      await page.locator('[data-testid="notice-error"] button').first().click();
      await page.getByTestId("notice-error").waitFor({ state: "detached" });
    };
    await refused("libreoffice-district.xls", "«Excel кітабы (*.xlsx)»");
    await refused("libreoffice-district.ods", "«Excel 2007-365 (.xlsx)»");
    await refused("libreoffice-district-cp1251.csv", "ә, ғ, қ, ң, ө, ұ, ү, һ");
    await page.context().close();
  }, 120_000);

  it("ru and kk: Sapa's own downloaded workbook, picked in place of the roster, is refused saying so; the roster stays open", async () => {
    for (const lang of ["ru", "kk"] as const) {
      const page = await openApp(lang);
      expect(await open(page, join(FILES, "libreoffice-district.xlsx"))).toBe("checked");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("web-download-button").click(),
      ]);
      const saved = join(dir, `${lang}-${download.suggestedFilename()}`);
      await download.saveAs(saved);
      const outcome = await open(page, saved);
      const file = saved.split("/").pop()!;
      expect(outcome).toContain(WEB_WORDS[lang].webSapaWorkbook.replace("{file}", file));
      expect(await page.getByTestId("web-file-name").textContent()).toContain("libreoffice-district.xlsx");
      expect(await page.getByTestId("web-preview").getAttribute("data-sheet")).toBe("Педагогтер");
      await page.context().close();
    }
  }, 120_000);

  it("ru: the word that the workbook was downloaded goes when another roster is opened", async () => {
    const page = await openApp("ru");
    expect(await open(page, join(FILES, "libreoffice-district.xlsx"))).toBe("checked");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("web-download-button").click(),
    ]);
    const downloaded = page.getByTestId("notice-success").filter({ hasText: download.suggestedFilename() });
    await downloaded.waitFor();
    expect(await open(page, join(FILES, "libreoffice-district-utf8.csv"))).toBe("checked");
    expect(await downloaded.count()).toBe(0);
    await page.context().close();
  }, 120_000);
});
