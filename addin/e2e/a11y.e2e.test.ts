/**
 * Accessibility of the task pane (issue 19, item 9), in Debian Chromium against a real local server, in
 * Kazakh and in Russian at 350 px: axe-core (WCAG 2.1 A/AA and best practice) at every state a district and
 * the region pass through, each with no violation; a keyboard-only walk of the district's flow where focus
 * is asserted after every action and dialog (never the page's body); and the issue's screenshots (the notice
 * beside its button, the candidates' headings unbroken, the region's compact list).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDistrict, type Lang } from "@sapa/shared";
import { fakeOn, haveChromium, setUpPane, startPaneHarness, type PaneHarness } from "./pane-harness.ts";
import { BAD_IIN_CELL, FIXED_IIN, SHEET } from "./roster.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const DATE = "31.05.2026";

let harness: PaneHarness;

/** The test id of the focused element (or its nearest marked ancestor); "body" when focus fell to the page. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    return el.id.startsWith("tab-")
      ? el.id
      : (el.closest("[data-testid]")?.getAttribute("data-testid") ?? el.tagName.toLowerCase());
  });
}

/**
 * axe-core on the whole page, violations only. Fluent's tabster focus helpers (`[data-tabster-dummy]`,
 * invisible focusable spans that keep Tab inside a dialog or a group) are left out: axe flags them as
 * `aria-hidden-focus`, a known false positive — they are meant to be focusable and hand focus on at once.
 */
async function audit(page: Page, state: string): Promise<void> {
  // Fluent eases colours between states (a button turning from disabled to enabled, a dialog fading in):
  // audited mid-way, a button has neither its old nor its new colours. Let every finite animation end.
  // A change made just now starts its transition at the next frame: wait a frame, then for the running
  // ones, until a frame shows none left.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let i = 0; i < 10; i++) {
      await frame();
      const running = document
        .getAnimations()
        .filter((a) => a.playState === "running" && a.effect?.getTiming().iterations !== Infinity);
      if (running.length === 0) return;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
  });
  const injected = await page.evaluate(() => "axe" in window);
  if (!injected) await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
    );
    // Each node with axe's own words on what fails (for contrast: the colours and the ratio found).
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.any.map((c) => c.message).join("; ")})`).join(", ")}`,
    );
  }, TAGS);
  expect(violations, state).toEqual([]);
}

/** Fluent's own English accessible names, which a control keeps unless Sapa names it in the user's language. */
const FLUENT_DEFAULTS = ["clear", "Clear selection", "Close", "Dismiss"];

/** The visible elements' labels that are Fluent's English defaults. */
function englishDefaults(page: Page): Promise<string[]> {
  return page.locator("[aria-label]").evaluateAll(
    (els, defaults) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => el.getAttribute("aria-label") ?? "")
        .filter((label) => defaults.includes(label)),
    FLUENT_DEFAULTS,
  );
}

async function shot(page: Page, lang: Lang, name: string): Promise<void> {
  await page.screenshot({ path: join(harness.artifacts, `${lang}-${name}.png`), fullPage: true });
}

/** Each heading of the candidates' table sits on as many lines as it has words, at most: no word broken. */
async function headingsUnbroken(page: Page): Promise<string[]> {
  return page.locator('[data-testid="candidates-categories"] thead th').evaluateAll((ths) =>
    ths
      .filter((th) => (th.textContent ?? "").trim() !== "")
      .filter((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        return lines > (th.textContent ?? "").trim().split(/\s+/).length;
      })
      .map((th) => th.textContent ?? ""),
  );
}

async function district(lang: Lang): Promise<void> {
  const page = await harness.newPane(lang);
  await page.setViewportSize({ width: 350, height: 900 });
  await audit(page, "first run");
  await setUpPane(page, lang, "alga", harness.server.tokens.districts.alga ?? "dev-alga", DATE);
  await page.getByTestId("notices-settings").getByTestId("notice-success").waitFor();
  await page.getByTestId("region-key-fingerprint").waitFor();
  await audit(page, "settings");

  await page.getByTestId("tab-check").click();
  await page.getByTestId("check-empty").waitFor();
  await audit(page, "check, nothing checked");
  await page.getByTestId("check-button").click();
  await page.getByTestId("check-summary").waitFor();
  await audit(page, "checked");
  // With a search typed, the search box's clear button shows: named in the pane's language, not Fluent's
  // English default ("clear"), as is every other visible control's label.
  await page.getByTestId("problem-search").fill("ЖСН");
  expect(await englishDefaults(page)).toEqual([]);
  await page.getByTestId("problem-search").fill("");
  await page.locator("summary").first().click();
  await page.getByTestId("map-category").waitFor();
  await audit(page, "checked, columns open");
  await page.locator("summary").first().click();

  // A result stays beside its button: "highlighted" under Highlight, not above the tabs.
  await fakeOn(page, "setValues", SHEET, BAD_IIN_CELL, [["123456789012"]]);
  await page.getByTestId("check-button").click();
  await expect.poll(() => page.getByTestId("count-error").textContent()).toMatch(/[1-9]/);
  await page.getByTestId("highlight-button").click();
  const highlighted = page.getByTestId("notices-highlight").getByTestId("notice-success");
  await highlighted.waitFor();
  expect(await page.getByTestId("notices").getByTestId("notice-success").count()).toBe(0);
  await highlighted.scrollIntoViewIfNeeded();
  await audit(page, "highlighted");
  await shot(page, lang, "notice-beside-button");

  await page.getByTestId("tab-figures").click();
  await page.getByTestId("figures").waitFor();
  await page.getByTestId("candidates-categories").waitFor();
  expect(await headingsUnbroken(page)).toEqual([]);
  await audit(page, "figures");
  await page.getByTestId("candidates-categories").scrollIntoViewIfNeeded();
  await page
    .getByTestId("candidates")
    .screenshot({ path: join(harness.artifacts, `${lang}-candidates-headers.png`) });

  // Submit refused: the stale "highlighted" is gone with its tab; the refusal stands alone.
  await page.getByTestId("tab-submit").click();
  await page.getByTestId("submit-button").click();
  await page.getByTestId("submit-refused").waitFor();
  expect(await page.getByTestId("notice-success").count()).toBe(0);
  await audit(page, "submit refused");
  await shot(page, lang, "submit-refused");
  await fakeOn(page, "setValues", SHEET, BAD_IIN_CELL, [[FIXED_IIN]]);
  await page.getByTestId("submit-button").click();
  await page.getByTestId("receipt").waitFor();
  await audit(page, "receipt");

  await page.getByTestId("tab-roster").click();
  await page.getByTestId("create-roster-button").waitFor();
  await audit(page, "new roster");
  await page.close();
}

async function region(lang: Lang): Promise<void> {
  const page = await harness.newPane(lang);
  await page.setViewportSize({ width: 350, height: 900 });
  await setUpPane(page, lang, "region", harness.server.tokens.region, DATE);
  await page.getByTestId("key-unlock").waitFor();
  await audit(page, "region settings with the key ceremony");

  await page.getByTestId("tab-region").click();
  await page.getByTestId("region-refresh").click();
  await page.getByTestId("region-table").waitFor();
  // The compact list: unit, status, still needed — and the full workbench one link away.
  expect(await page.locator('[data-testid="region-table"] thead th').count()).toBe(3);
  expect(await page.getByTestId("open-workbench").getAttribute("href")).toBe(`${harness.server.url}/app/`);
  const width = await page.getByTestId("region-table").evaluate((el) => el.scrollWidth);
  expect(width).toBeLessThanOrEqual(350);
  await audit(page, "region");
  await shot(page, lang, "region-compact-list");
  // The year's lock: its confirmation dialog, then Escape, focus back on the button.
  await page.getByTestId("year-lock-button").click();
  await page.getByTestId("year-lock-dialog").waitFor();
  await audit(page, "year lock dialog");
  await page.keyboard.press("Escape");
  await page.getByTestId("year-lock-dialog").waitFor({ state: "detached" });
  await expect.poll(() => focused(page)).toBe("year-lock-button");
  // The window of years open to submissions: its dialog, usable at the pane's narrowest (320 px), then
  // Escape, focus back on the button.
  await page.getByTestId("year-window-button").click();
  await page.getByTestId("year-window-dialog").waitFor();
  await audit(page, "year window dialog");
  await page.setViewportSize({ width: 320, height: 900 });
  const overflow = await page.evaluate(() =>
    ["year-window-dialog", "year-window-from", "year-window-to", "year-window-save", "year-window-cancel"]
      .map((id) => [id, document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect()] as const)
      .filter(([, box]) => box.left < 0 || box.right > 320 || box.width === 0)
      .map(([id]) => id),
  );
  expect(overflow).toEqual([]);
  await shot(page, lang, "year-window-dialog-320");
  await page.setViewportSize({ width: 350, height: 900 });
  await page.keyboard.press("Escape");
  await page.getByTestId("year-window-dialog").waitFor({ state: "detached" });
  await expect.poll(() => focused(page)).toBe("year-window-button");

  await page.locator('[data-testid="region-table"] tr[data-key="alga"]').click();
  await page.getByTestId("region-unit").waitFor();
  await page.getByTestId("region-orgs").waitFor(); // settled: its organisations read, the buttons live again
  await audit(page, "region, a unit open");
  const returnButton = page.getByTestId("review-return");
  if ((await returnButton.count()) > 0) {
    await returnButton.click();
    await page.getByTestId("return-dialog").waitFor();
    await audit(page, "return dialog");
    await page.keyboard.press("Escape");
    await page.getByTestId("return-dialog").waitFor({ state: "detached" });
    await expect.poll(() => focused(page)).toBe("review-return");
  }

  await page.getByTestId("pull-report-button").click();
  const pulled = page.getByTestId("notices-report").getByTestId("notice-success");
  await pulled.waitFor({ timeout: 60_000 });
  expect(await pulled.textContent()).toContain("Sapa —");
  await audit(page, "region, report pulled");
  await shot(page, lang, "region-pulled");
  await page.close();
}

/** Tab (or Shift+Tab) until `testId` has focus; every stop on the way is a real control, never the body. */
async function tabTo(page: Page, testId: string, back = false): Promise<void> {
  const stops: string[] = [await focused(page)];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const at = await focused(page);
    stops.push(at);
    expect(at, `on the way to ${testId}: ${stops.join(" → ")}`).not.toBe("body");
    if (at === testId) return;
  }
  throw new Error(`Tab never reached ${testId}: ${stops.join(" → ")}`);
}

/** From anywhere: back to the tab list with Shift+Tab, then the arrow keys to `tab`, and Enter. */
async function openTab(page: Page, tab: string): Promise<void> {
  for (let i = 0; i < 80 && !(await focused(page)).startsWith("tab-"); i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).not.toBe("body");
  }
  for (let i = 0; i < 8 && (await focused(page)) !== `tab-${tab}`; i++)
    await page.keyboard.press("ArrowRight");
  expect(await focused(page)).toBe(`tab-${tab}`);
  await page.keyboard.press("Enter");
  await page.getByTestId(`panel-${tab}`).waitFor();
  // A tab's view loads when first opened: Tab before it is there would leave the page.
  await page.getByTestId("panel-loading").waitFor({ state: "detached" });
}

describe.skipIf(!haveChromium)("the pane's accessibility in Chromium", () => {
  beforeAll(async () => {
    harness = await startPaneHarness("addin-a11y-e2e");
  }, 300_000);

  afterAll(async () => {
    await harness?.stop();
  }, 60_000);

  for (const lang of ["kk", "ru"] as const) {
    it(`has no axe violation at any district state (${lang})`, () => district(lang), 300_000);
    it(`has no axe violation at any region state (${lang})`, () => region(lang), 300_000);
  }

  it("walks the district's flow by keyboard alone, focus always on a control", async () => {
    const page = await harness.newPane("kk");
    await page.setViewportSize({ width: 350, height: 900 });
    // First run: pick the district, Continue — focus goes to the open tab, not the page.
    await tabTo(page, "first-run-picker");
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: findDistrict("alga")!.name.kk }).waitFor();
    // Down the list to Alga (the active option is the picker's aria-activedescendant), then Enter.
    const activeOption = () =>
      page.evaluate(() => {
        const id = document.activeElement?.getAttribute("aria-activedescendant");
        return id ? (document.getElementById(id)?.textContent ?? "") : "";
      });
    for (let i = 0; i < 20 && (await activeOption()) !== findDistrict("alga")!.name.kk; i++)
      await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("first-run-picker").textContent()).toContain("Алға");
    await tabTo(page, "first-run-continue");
    await page.keyboard.press("Enter");
    await page.getByTestId("first-run").waitFor({ state: "detached" });
    await expect.poll(() => focused(page)).toBe("tab-check");

    // Settings: the access key and the date typed, saved with Enter; focus stays on Save.
    await openTab(page, "settings");
    await tabTo(page, "setting-token");
    await page.keyboard.type(harness.server.tokens.districts.alga ?? "dev-alga");
    await tabTo(page, "setting-date");
    await page.keyboard.type(DATE);
    await tabTo(page, "save-settings");
    await page.keyboard.press("Enter");
    await page.getByTestId("notices-settings").getByTestId("notice-success").waitFor();
    expect(await focused(page)).toBe("save-settings");

    // Check: the button keeps focus while it works and after.
    await openTab(page, "check");
    await tabTo(page, "check-button");
    await page.keyboard.press("Enter");
    await page.getByTestId("check-summary").waitFor();
    expect(await focused(page)).toBe("check-button");
    // Shift+Tab leaves the severity filter (the closed column box holds nothing focusable).
    await tabTo(page, "severity-filter");
    await page.keyboard.press("Shift+Tab");
    const before = await focused(page);
    expect(before).not.toBe("severity-filter");
    expect(before).not.toBe("body");
    await tabTo(page, "highlight-button");
    await page.keyboard.press("Enter");
    await page.getByTestId("notices-highlight").getByTestId("notice-success").waitFor();
    expect(await focused(page)).toBe("highlight-button");

    // Submit: Enter on Submit, the receipt, focus still on Submit.
    await openTab(page, "submit");
    await tabTo(page, "submit-button");
    await page.keyboard.press("Enter");
    await page.getByTestId("receipt").waitFor({ timeout: 60_000 });
    expect(await focused(page)).toBe("submit-button");
    await page.close();
  }, 300_000);
});
