/**
 * The region's season end to end (issue 8 §1-2): Debian Chromium opens the built pane, served by a real local
 * server (startDevServer: wrangler dev + D1), on the in-memory Office fake. Temir and Alga submit from their
 * panes; the region opens its Region tab, opens Temir (mouse and keyboard), returns it with a comment;
 * Temir's Submit tab shows the comment; Temir resubmits and shows "submitted"; the region accepts and
 * Temir's submit is off with the reason; the region defines a group of organisations, sees it in the Region
 * tab, and the pull writes the Groups sheet. Once in Kazakh (2025-2026) and once in Russian (2026-2027).
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  REVIEW_STATUS_LABELS,
  completenessLine,
  findDistrict,
  label,
  type DistrictId,
  type Lang,
} from "@sapa/shared";
import type { DevServer } from "../../scripts/dev-server.mjs";
import { translator } from "../src/translate.ts";
import {
  fakeOn,
  fixRoster,
  haveChromium,
  setUpPane as setUp,
  startPaneHarness,
  type PaneHarness,
} from "./pane-harness.ts";
import { TEACHER_COUNT } from "./roster.ts";

let harness: PaneHarness;
let server: DevServer;
let artifacts: string;
let grid: unknown;

const newPane = (lang: Lang) => harness.newPane(lang);

/** Opens the pane again (the fake workbook starts over from the .xlsx) and fixes the roster once more. */
async function reopen(page: Page): Promise<void> {
  await page.reload();
  await page.getByTestId("tab-check").waitFor();
  await fixRoster(page);
}

/** Submits from the Submit tab and waits for the receipt; the revision the server gave. */
async function submit(page: Page): Promise<number> {
  await page.getByTestId("tab-submit").click();
  await page.getByTestId("submit-button").click();
  await page.getByTestId("receipt").waitFor();
  const title = (await page.getByTestId("receipt-title").textContent()) ?? "";
  return Number(/\d+/.exec(title)?.[0]);
}

/** Presses Refresh on the Region tab and waits till the table is read; an error notice fails at once, with its words. */
async function refresh(region: Page): Promise<void> {
  await region.getByTestId("region-refresh").click();
  await expect
    .poll(async () => {
      const errors = await region.getByTestId("notice-error").allTextContents();
      if (errors.length > 0) return `error: ${errors.join(" | ")}`;
      const table = await region.getByTestId("region-table").count();
      const loading = await region.getByTestId("region-progress").count();
      return table > 0 && loading === 0 ? "loaded" : "loading";
    })
    .toBe("loaded");
}

/** The status cell of a unit's row in the region table. */
function statusCell(page: Page, district: DistrictId) {
  return page.locator(`[data-testid="region-table"] tr[data-key="${district}"] td[data-column="status"]`);
}

async function season(lang: Lang, date: string, year: string) {
  const t = translator(lang);
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(artifacts, `${lang}-${name}.png`), fullPage: true });
  const status = (s: keyof typeof REVIEW_STATUS_LABELS) => REVIEW_STATUS_LABELS[s][lang];

  // Districts submit.
  const temir = await newPane(lang);
  await setUp(temir, lang, "temir", server.tokens.districts.temir ?? "dev-temir", date);
  expect(await submit(temir)).toBe(1);
  const organizations = Number(await temir.getByTestId("receipt-organizations").textContent());
  expect(organizations).toBeGreaterThan(1);
  await expect.poll(() => temir.getByTestId("review-status").getAttribute("data-status")).toBe("submitted");
  const alga = await newPane(lang);
  await setUp(alga, lang, "alga", server.tokens.districts.alga ?? "dev-alga", date);
  expect(await submit(alga)).toBe(1);

  // The region opens its view: 13 units and the region's total, two submitted.
  const region = await newPane(lang);
  await setUp(region, lang, "region", server.tokens.region, date);
  await connectionStep(region, lang);
  await region.getByTestId("tab-region").click();
  expect(await region.getByTestId("tab-region").innerText()).toBe(t("tabRegion"));
  expect(await region.getByTestId("region-view").textContent()).toContain(year);
  await refresh(region);
  expect(await region.locator('[data-testid="region-table"] tbody tr').count()).toBe(14);
  expect(await region.getByTestId("region-completeness").textContent()).toBe(
    completenessLine({ submitted: 2, expected: 13, accepted: 0 }, lang),
  );
  expect(await statusCell(region, "temir").textContent()).toBe(status("submitted"));
  expect(await statusCell(region, "kobda").textContent()).toBe(status("not-submitted"));
  const temirRow = region.locator('[data-testid="region-table"] tr[data-key="temir"]');
  // The pane's compact list (issue 19, item 6): unit, status, still needed; the rest is in the open unit.
  expect(await region.locator('[data-testid="region-table"] thead th').evaluateAll((ths) => ths.length)).toBe(
    3,
  );
  expect(await temirRow.locator('td[data-column="stage.teachersNeeded"]').textContent()).toMatch(/^\d+$/);
  // units that have not submitted come last, marked
  const statuses = await region
    .locator('[data-testid="region-table"] tbody tr[data-selectable] td[data-column="status"]')
    .allTextContents();
  expect(statuses.slice(2).every((s) => s === status("not-submitted"))).toBe(true);
  expect(statuses.slice(0, 2)).not.toContain(status("not-submitted"));

  // Keyboard: from Alga's row, arrows move and Enter opens; then Temir by mouse, with its organisations.
  const algaRow = region.locator('[data-testid="region-table"] tr[data-key="alga"]');
  await algaRow.click();
  await expect.poll(() => region.getByTestId("region-unit").getAttribute("data-district")).toBe("alga");
  await algaRow.focus();
  const order = await region
    .locator('[data-testid="region-table"] tbody tr[data-selectable]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")));
  const next = order[order.indexOf("alga") + 1]!;
  await region.keyboard.press("ArrowDown");
  await region.keyboard.press("Enter");
  await expect.poll(() => region.getByTestId("region-unit").getAttribute("data-district")).toBe(next);
  await temirRow.click();
  await expect.poll(() => region.getByTestId("region-unit").getAttribute("data-district")).toBe("temir");
  expect(await region.getByTestId("region-unit-revision").textContent()).toMatch(
    /\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/,
  );
  await region.getByTestId("region-orgs").waitFor();
  expect(await region.locator('[data-testid="region-orgs"] tbody tr').count()).toBe(organizations);
  await shot(region, "region-view");

  // Return Temir with a comment, typed and sent from the keyboard.
  const comment =
    lang === "kk"
      ? "«Балапан» балабақшасы: санат берілген күндерін толтырыңыз"
      : "Д/с «Балапан»: заполните даты присвоения категорий";
  await region.getByTestId("review-return").click();
  await region.getByTestId("return-dialog").waitFor();
  await region.getByTestId("return-confirm").click(); // empty: refused in the dialog
  await expect
    .poll(() => region.getByTestId("return-dialog").textContent())
    .toContain(t("reviewCommentRequired"));
  await region.getByTestId("return-comment").fill(comment);
  await region.keyboard.press("Control+Enter");
  await region.getByTestId("return-dialog").waitFor({ state: "detached" });
  await expect.poll(() => statusCell(region, "temir").textContent()).toBe(status("returned"));
  // The Return… button is gone with the return: the keyboard's focus is on Temir's row, not on the page.
  await expect
    .poll(() => region.evaluate(() => document.activeElement?.getAttribute("data-key") ?? "page"))
    .toBe("temir");
  expect(await region.getByTestId("region-unit-comment").textContent()).toContain(comment);
  expect(await region.getByTestId("notice-success").last().textContent()).toContain(
    t("reviewReturned", { district: findDistrict("temir")!.name[lang] }),
  );
  await shot(region, "returned");

  // Temir's pane, left open all along, shows the status and the comment once Submit is opened again (no
  // reload); Temir resubmits and is "submitted".
  await temir.getByTestId("tab-check").click();
  await temir.getByTestId("tab-submit").click();
  const bar = temir.getByTestId("review-status");
  await expect.poll(() => bar.getAttribute("data-status")).toBe("returned");
  expect(await temir.getByTestId("review-comment").textContent()).toContain(comment);
  expect(await bar.textContent()).toContain(t("statusReturnedTitle", { revision: 1 }));
  await shot(temir, "temir-returned");
  expect(await submit(temir)).toBe(2);
  await expect.poll(() => bar.getAttribute("data-status")).toBe("submitted");
  // The receipt says the server has the data, in other words than the region's "accepted" beside it.
  expect(await temir.getByTestId("receipt-title").textContent()).not.toContain(status("accepted"));

  // The region refreshes and accepts revision 2.
  await refresh(region);
  await expect.poll(() => statusCell(region, "temir").textContent()).toBe(status("submitted"));
  await expect.poll(() => region.getByTestId("region-unit-revision").getAttribute("data-revision")).toBe("2");
  // From the keyboard: Accept gives way to Reopen, which then has the focus.
  await region.getByTestId("review-accept").focus();
  await region.keyboard.press("Enter");
  await expect.poll(() => statusCell(region, "temir").textContent()).toBe(status("accepted"));
  await expect
    .poll(() => region.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "page"))
    .toBe("review-reopen");
  expect(await region.getByTestId("region-completeness").textContent()).toBe(
    completenessLine({ submitted: 2, expected: 13, accepted: 1 }, lang),
  );
  expect(await region.getByTestId("review-reopen").isVisible()).toBe(true);
  await shot(region, "accepted");

  // Accepted is final: Temir's submit is off, with the reason (seen in the open pane, on opening Submit).
  await temir.getByTestId("tab-figures").click();
  await temir.getByTestId("tab-submit").click();
  await expect.poll(() => bar.getAttribute("data-status")).toBe("accepted");
  expect(await temir.getByTestId("submit-button").isDisabled()).toBe(true);
  expect(await temir.getByTestId("submit-blocked").textContent()).toBe(t("submitBlockedAccepted"));
  await shot(temir, "temir-accepted");

  await groupsStep(region, lang, year, shot);
  return { region, alga, temir };
}

// ── Candidates for a category (issue 8 §6) ────────────────────────────────────────────────────────────
// Kept in its own block so other additions to the season merge beside it.

/** What the roster (errors fixed: 12 teachers) gives, worked out by hand from e2e/roster.ts. */
interface CandidatesExpected {
  /** The region's minimum years since the last award (set through the API before the district checks). */
  minYears: number;
  /**
   * Per stage category (moderator, expert, researcher, master): needed, candidates, shortfall, undecided;
   * needed is "regional" where the target asks less than half a teacher of the district (DOMAIN.md).
   */
  categories: [number | "regional", number, number, number][];
  /** Candidate rows (one per teacher and category sought) and the organisations they are in. */
  rows: number;
  organizations: number;
  /** The candidates' names in the list's order (organisation, category, name). */
  names: string[];
}

const CANDIDATES: Record<"kk" | "ru", CandidatesExpected> = {
  // 2025-2026 (to 31.08.2026), minimum 2 years. Awarded in the year: moderator 1 (Иванова), expert 2
  // (Ахметова, Ким), researcher 1 (Жумабаева), so needed = max(0, ceil(target × 12 − awarded)) = 0, 0; the
  // researcher (2% × 12 = 0.24) and master (0.0012) targets ask less than half a teacher: regional targets. Moderator: the pedagogues Нурланова (15.03.2022) and Бекова (1.09.2022); expert:
  // the moderators Сейткали (2023) and Омарова (2020); researcher: the expert Садыкова (15.01.2024).
  kk: {
    minYears: 2,
    categories: [
      [0, 2, 0, 0],
      [0, 2, 0, 0],
      ["regional", 1, 0, 0],
      ["regional", 0, 0, 0],
    ],
    rows: 5,
    organizations: 2,
    names: [
      "Бекова Карлыгаш Сериковна",
      "Нурланова Асель Нурлановна",
      "Сейткали Гульнар Маратовна",
      "Омарова Сауле Кайратовна",
      "Садыкова Алия Бахытовна",
    ],
  },
  // 2026-2027 (to 31.08.2027), minimum 4 years (the region's setting): nothing awarded in the year, so
  // needed = ceil(target × 12) = ceil(0.72) 1, ceil(1.08) 2, ceil(0.6) 1; master (0.0024) a regional target. Moderator: the same
  // two pedagogues (2022 + 4 ≤ 2027-08-31); expert: Сейткали (20.04.2023) and Омарова; researcher: Садыкова's
  // 15.01.2024 + 4 is too late, so none (with the default 2 she would be one).
  ru: {
    minYears: 4,
    categories: [
      [1, 2, 0, 0],
      [2, 2, 0, 0],
      [1, 0, 1, 0],
      ["regional", 0, 0, 0],
    ],
    rows: 4,
    organizations: 2,
    names: [
      "Бекова Карлыгаш Сериковна",
      "Нурланова Асель Нурлановна",
      "Сейткали Гульнар Маратовна",
      "Омарова Сауле Кайратовна",
    ],
  },
};

/** A cell that says "regional target" as the expectations write it. */
const asRegional = (regional: string) => (v: unknown) =>
  typeof v === "string" && v.toLowerCase().includes(regional.toLowerCase()) ? "regional" : v;

/**
 * The region sets the minimum; Temir checks its roster and sees its candidates in the Figures tab (computed in
 * the pane) and writes the candidates sheet; the region sees the counts in its Region tab and writes the
 * counts sheet on "Pull consolidated report". Temir and Alga have submitted the same roster.
 */
async function candidatesSteps(lang: "kk" | "ru", panes: { region: Page; temir: Page }) {
  const { region, temir } = panes;
  const t = translator(lang);
  const want = CANDIDATES[lang];
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(artifacts, `${lang}-${name}.png`), fullPage: true });
  const res = await region.request.put(`${server.url}/api/settings`, {
    headers: { Authorization: `Bearer ${server.tokens.region}` },
    data: { minYearsSinceAward: want.minYears },
  });
  expect(res.status()).toBe(200);

  // The district: check, then the Figures tab's candidates section with the region's minimum.
  await reopen(temir);
  await temir.getByTestId("tab-check").click();
  await temir.getByTestId("check-button").click();
  await temir.getByTestId("check-summary").waitFor();
  await temir.getByTestId("tab-figures").click();
  const minimum = temir.getByTestId("candidates-minimum");
  await expect.poll(() => minimum.getAttribute("data-from-server")).toBe("true");
  expect(await minimum.getAttribute("data-years")).toBe(String(want.minYears));
  expect(await minimum.textContent()).toBe(t("candidatesMinimum", { years: want.minYears }));
  const regional = label("regionalTarget", lang);
  const categoryRows = await temir.locator('[data-testid="candidates-categories"] tbody tr').evaluateAll(
    (rows, regional) =>
      rows.map((r) =>
        [...r.querySelectorAll("td")].slice(1).map((td) => {
          const text = td.textContent ?? "";
          return text.toLowerCase().includes(regional.toLowerCase()) ? "regional" : Number(text);
        }),
      ),
    regional,
  );
  expect(categoryRows).toEqual(want.categories);
  expect(await temir.getByTestId("candidates-org").count()).toBe(want.organizations);
  for (const header of await temir.getByTestId("candidates-org").all()) await header.click();
  const lines = await temir.getByTestId("candidate").allTextContents();
  expect(lines).toHaveLength(want.rows);
  expect(lines.map((l) => l.split(":")[0])).toEqual(want.names);
  await shot(temir, "candidates-district");

  // The district's sheet: the block per category, then the names by organisation.
  await temir.getByTestId("write-candidates-button").click();
  const sheet = lang === "kk" ? "Sapa — үміткерлер" : "Sapa — кандидаты";
  await expect
    .poll(() => temir.getByTestId("notice-success").last().textContent())
    .toContain(t("candidatesWritten", { sheet, count: want.rows }));
  const block = await fakeOn<unknown[][]>(temir, "values", sheet, "B6:E9");
  expect(block.map((row) => row.map(asRegional(regional)))).toEqual(want.categories);
  const list = await fakeOn<unknown[][]>(temir, "values", sheet, `A12:F${11 + want.rows + 1}`);
  expect(list.slice(0, want.rows).map((row) => row[1])).toEqual(want.names);
  expect(list[want.rows]!.every((v) => v === null || v === "")).toBe(true);
  expect(await fakeOn<unknown[][]>(temir, "values", sheet, "A3:A3")).toEqual([
    [`${label("minYearsSinceAward", lang)}: ${want.minYears}`],
  ]);

  // The region: counts per district in the Region tab (Temir and Alga, 12 teachers each), no names.
  // Earlier refusals (a stale accept) are read: close them so a new one would show.
  const errors = region.getByTestId("notice-error");
  while ((await errors.count()) > 0)
    await errors
      .first()
      .getByRole("button", { name: t("dismiss") })
      .click();
  await region.getByTestId("tab-region").click();
  await refresh(region);
  const section = region.getByTestId("region-candidates");
  await expect
    .poll(() => region.getByTestId("region-candidates-minimum").getAttribute("data-years"))
    .toBe(String(want.minYears));
  const cell = (district: string, column: string) =>
    region
      .locator(
        `[data-testid="region-candidates-districts"] tr[data-key="${district}"] td[data-column="${column}"]`,
      )
      .textContent();
  const [needed, candidates, shortfall] = want.categories[0]!;
  expect(await cell("temir", "moderator.needed")).toBe(String(needed));
  expect(await cell("temir", "moderator.candidates")).toBe(String(candidates));
  expect(await cell("temir", "moderator.shortfall")).toBe(String(shortfall));
  expect(await cell("total", "moderator.candidates")).toBe(String(2 * candidates));
  await region.getByTestId("region-candidates-category").selectOption("expert");
  expect(await cell("alga", "expert.candidates")).toBe(String(want.categories[1]![1]));
  expect(await section.textContent()).not.toContain(want.names[0]!);
  // Three columns, short headings: the shortfall is on screen at the pane's width, not behind a scroll.
  const scroll = await region
    .getByTestId("region-candidates-districts")
    .evaluate((table) => [table.parentElement!.scrollWidth, table.parentElement!.clientWidth]);
  expect(scroll[0]).toBeLessThanOrEqual(scroll[1]!);
  await section.scrollIntoViewIfNeeded();
  await shot(region, "candidates-region");

  // The region's workbook: the counts sheet written with the report. A slow server: the pull says what it
  // is doing, and the previous pull's "written" is not left standing as if it were this one's.
  await region.getByTestId("tab-region").click();
  const trendCall = (url: URL) => url.pathname === "/api/trend";
  await region.route(trendCall, async (route) => {
    await new Promise((done) => setTimeout(done, 1_500));
    await route.fallback();
  });
  await region.getByTestId("pull-report-button").click();
  await expect.poll(() => region.getByTestId("pull-progress").textContent()).toBe(t("pullStepMore"));
  expect(await region.locator('[data-testid="notice-success"][data-source="report"]').count()).toBe(0);
  await region.getByTestId("pull-progress").waitFor({ state: "detached", timeout: 30_000 });
  await region.unroute(trendCall);
  const counts = lang === "kk" ? "Sapa — үміткерлер саны" : "Sapa — кандидаты, свод";
  await expect
    .poll(() => region.getByTestId("notice-success").last().textContent(), { timeout: 30_000 })
    .toContain(`${counts} — ${t("pulledCandidates")}`);
  const rows = await fakeOn<unknown[][]>(region, "values", counts, "A1:R20");
  const temirRow = rows.find((row) => row[0] === findDistrict("temir")!.name[lang])!;
  // teachers, then needed / candidates / shortfall / undecided for moderator, expert, researcher, master
  expect(temirRow.slice(1).map(asRegional(regional))).toEqual([TEACHER_COUNT, ...want.categories.flat()]);
  const total = rows.find((row) => row[0] === label("regionOnTotals", lang))!;
  expect(total[1]).toBe(2 * TEACHER_COUNT);
  expect(JSON.stringify(await fakeOn(region, "snapshot", counts))).not.toContain(want.names[0]!);
}

/**
 * Settings' "Test connection" tries the region's access key itself (a call only the regional centre may
 * make), not only the server's health: a district's key typed in as the region's is refused there, in words.
 */
async function connectionStep(region: Page, lang: Lang) {
  const t = translator(lang);
  const said = region.getByTestId("notices-settings");
  await region.getByTestId("setting-token").fill(server.tokens.districts.temir ?? "dev-temir");
  await region.getByTestId("test-connection").click();
  await expect.poll(() => said.textContent()).toContain(t("errForbiddenRole"));
  await region.getByTestId("setting-token").fill(server.tokens.region);
  await region.getByTestId("test-connection").click();
  await expect.poll(() => said.textContent()).toContain(t("connectionRegionOk"));
  expect(await said.textContent()).not.toContain(t("errForbiddenRole"));
}

// ——— Groups of organisations (issue 8 §5): the region defines a group, sees it in its Region tab, and the
// pull writes the Groups sheet and the groups' rows on the organisations sheet. Kept apart from the other
// steps of the season. ———

/** The roster's organisation the group takes from both districts (4 teachers: researcher, expert, moderator, none). */
const GROUP_ORG = "Детский сад №2 «Айгөлек»";
const GROUP_NAME = "Құзыреттілік орталықтары";

/** The roster's teachers of `organization` and how many hold expert, researcher or master (counted from the fixture). */
function rosterOrganization(organization: string): { teachers: number; qualitative: number } {
  const values = (grid as { values: unknown[][] }).values;
  const rows = values.filter((r) => r[3] === organization);
  // The fixed category cell (G9) turns the unknown "педагог-супер" into an expert.
  const categories = rows.map((r) => (r[6] === "педагог-супер" ? "педагог-эксперт" : String(r[6] ?? "")));
  const qualitative = categories.filter((c) => /эксперт|исследователь|мастер/.test(c)).length;
  return { teachers: rows.length, qualitative };
}

async function groupsStep(
  region: Page,
  lang: Lang,
  year: string,
  shot: (page: Page, name: string) => Promise<unknown>,
) {
  const t = translator(lang);
  // Alga's and Temir's centre (the same roster in both) and a member found in no data.
  const put = await region.request.put(
    `${server.url}/api/groups/${encodeURIComponent(GROUP_NAME)}?year=${year}`,
    {
      headers: { Authorization: `Bearer ${server.tokens.region}` },
      data: {
        members: [
          { district: "alga", organization: GROUP_ORG },
          { district: "temir", organization: GROUP_ORG },
          { district: "shalkar", organization: "Жоқ балабақша" },
        ],
      },
    },
  );
  expect([200, 201]).toContain(put.status());
  const one = rosterOrganization(GROUP_ORG);
  expect(one).toEqual({ teachers: 4, qualitative: 2 });
  const teachers = 2 * one.teachers;
  const qualitative = (2 * one.qualitative) / teachers;

  // When the groups cannot be read, the season's table still stands and the failure is said on its own.
  await region.getByTestId("tab-region").click();
  const groupsList = (url: URL) => url.pathname === "/api/groups";
  await region.route(groupsList, (route) => route.fulfill({ status: 404, body: "" }));
  await region.getByTestId("region-refresh").click();
  // Said where the groups' table stands, not beside the pull's button or above the tabs.
  const groupsError = region
    .getByTestId("notices-groups")
    .locator('[data-testid="notice-error"][data-source="groups"]');
  await groupsError.waitFor();
  expect(await region.getByTestId("region-table").count()).toBe(1);
  expect(await region.locator('[data-testid="notice-error"]:not([data-source="groups"])').count()).toBe(0);
  await region.unroute(groupsList);
  await groupsError.getByRole("button", { name: t("dismiss") }).click();

  // The Region tab lists the group with its figures for the year.
  await refresh(region);
  const row = region.locator(`[data-testid="region-groups-table"] tr[data-key="${GROUP_NAME}"]`);
  const cellOf = (column: string) => row.locator(`td[data-column="${column}"]`).textContent();
  expect(await cellOf("organizations")).toBe("2");
  expect(await cellOf("unmatchedMembers")).toBe("1");
  expect(await cellOf("teachers")).toBe(String(teachers));
  expect(await cellOf("qualitativeShare")).toBe("50,00%");
  expect(await region.getByTestId("region-groups").textContent()).toContain(t("regionGroups"));
  await shot(region, "region-groups");

  // The pull writes the Groups sheet (the same table as the CLI's workbook) and the organisations sheet's groups.
  await region.getByTestId("tab-region").click();
  await region.getByTestId("pull-report-button").click();
  const groupsSheet = lang === "kk" ? "Sapa — топтар" : "Sapa — группы";
  await expect
    .poll(() => region.getByTestId("notice-success").last().textContent(), { timeout: 60_000 })
    .toContain(`${groupsSheet} — ${t("pulledGroups", { count: 1 })}`);
  const [header, values] = await fakeOn<unknown[][]>(region, "values", groupsSheet, "A4:Z5");
  const at = (key: Parameters<typeof label>[0]) => values![header!.indexOf(label(key, lang))];
  expect(values![0]).toBe(GROUP_NAME);
  expect(at("organizations")).toBe(2);
  expect(at("unmatchedMembers")).toBe(1);
  expect(at("teachers")).toBe(teachers);
  expect(at("qualitativeShare")).toBeCloseTo(qualitative, 12);
  if (year === "2025-2026") {
    // Awarded in 2025-2026 in each district: the researcher (20.12.2025) and the expert (10.03.2026).
    expect(values![header!.findIndex((h) => String(h).startsWith(label("awardedInYear", lang)))]).toBe(4);
  }
  const orgsSheet = lang === "kk" ? "Sapa — ұйымдар" : "Sapa — организации";
  const orgs = await fakeOn<unknown[][]>(region, "values", orgsSheet, "A4:D12");
  expect(orgs[0]!.slice(0, 3)).toEqual([
    label("organization", lang),
    label("district", lang),
    label("inGroups", lang),
  ]);
  expect(orgs[1]!.slice(0, 4)).toEqual([
    `${label("group", lang)}: ${GROUP_NAME}`,
    null,
    `${label("unmatchedMembers", lang)}: 1`,
    teachers,
  ]);
  const centres = orgs.filter((r) => r[2] === GROUP_NAME);
  expect(centres.map((r) => r[3])).toEqual([one.teachers, one.teachers]);
  // The trend sheet has the group's row in every plan year; this year's holds its teachers.
  const trendSheet = lang === "kk" ? "Sapa — кезеңдер" : "Sapa — этапы";
  const trend = await fakeOn<unknown[][]>(
    region,
    "values",
    trendSheet,
    (await fakeOn<string>(region, "usedAddress", trendSheet))!,
  );
  const groupRows = trend.filter((r) => r[0] === `${label("group", lang)}: ${GROUP_NAME}`);
  expect(groupRows.map((r) => r[1])).toEqual(["2025-2026", "2026-2027", "2027-2028"]);
  expect(groupRows.find((r) => r[1] === year)![3]).toBe(teachers);
  expect(
    groupRows
      .find((r) => r[1] === "2027-2028")!
      .slice(2)
      .every((v) => v === null),
  ).toBe(true);

  // The region deletes its last group: the next pull leaves no stale figures on the Groups sheet.
  const deleted = await region.request.delete(`${server.url}/api/groups/${encodeURIComponent(GROUP_NAME)}`, {
    headers: { Authorization: `Bearer ${server.tokens.region}` },
  });
  expect(deleted.status()).toBe(200);
  await region.getByTestId("pull-report-button").click();
  await expect
    .poll(() => region.getByTestId("notice-success").last().textContent(), { timeout: 60_000 })
    .toContain(`${groupsSheet} — ${t("pulledGroups", { count: 0 })}`);
  const [headerAfter, rowAfter] = await fakeOn<unknown[][]>(region, "values", groupsSheet, "A4:Z5");
  expect(headerAfter![0]).toBe(header![0]);
  expect(rowAfter!.every((v) => v === null || v === "")).toBe(true);
  await region.getByTestId("tab-region").click();
}

describe.skipIf(!haveChromium)("the region's season in Chromium against the local server", () => {
  beforeAll(async () => {
    harness = await startPaneHarness("addin-season-e2e");
    ({ server, artifacts, grid } = harness);
  }, 300_000);

  afterAll(async () => {
    await harness?.stop();
  }, 60_000);

  it("in Kazakh: submit, return with a comment, resubmit, accept; a stale accept is refused", async () => {
    const { region, alga, temir } = await season("kk", "2026-05-31", "2025-2026");
    const t = translator("kk");
    // The region looks at Alga's revision 1; Alga sends revision 2 meanwhile: accepting is refused (409),
    // said in plain words, and the table shows revision 2.
    await region.locator('[data-testid="region-table"] tr[data-key="alga"]').click();
    await expect.poll(() => region.getByTestId("region-unit").getAttribute("data-district")).toBe("alga");
    expect(await submit(alga)).toBe(2);
    await region.getByTestId("review-accept").click();
    await expect
      .poll(() => region.getByTestId("notice-error").last().textContent())
      .toContain(t("errReviewStale"));
    await expect
      .poll(() => region.getByTestId("region-unit-revision").getAttribute("data-revision"))
      .toBe("2");
    expect(await statusCell(region, "alga").textContent()).toBe(REVIEW_STATUS_LABELS.submitted.kk);
    await candidatesSteps("kk", { region, temir });
  }, 300_000);

  it("in Russian, for the next academic year; the region locks the year from its tab, then unlocks it and reopens", async () => {
    const { region, temir } = await season("ru", "2027-05-31", "2026-2027");
    const t = translator("ru");
    const year = "2026-2027";
    const state = region.getByTestId("year-lock-state");
    const button = region.getByTestId("year-lock-button");
    const dialog = region.getByTestId("year-lock-dialog");
    const focused = () =>
      region.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "page");
    await expect.poll(() => state.textContent()).toBe(t("yearOpen", { year }));
    // Alga opens its pane afresh (no receipt on screen) on the Submit tab while the year is still open.
    const alga = await newPane("ru");
    await setUp(alga, "ru", "alga", server.tokens.districts.alga ?? "dev-alga", "2027-05-31");
    await alga.getByTestId("tab-submit").click();
    await alga.getByTestId("review-status").waitFor();
    expect(await alga.getByTestId("submit-blocked").count()).toBe(0);
    // The dialog says what locking does; Escape cancels, and focus is back on the button.
    await button.click();
    expect(await dialog.textContent()).toContain(t("yearLockBody", { year }));
    await region.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(focused).toBe("year-lock-button");
    expect(await state.getAttribute("data-locked")).toBe("false");
    await button.click();
    await region.getByTestId("year-lock-confirm").click();
    await expect.poll(() => state.getAttribute("data-locked")).toBe("true");
    const since = /\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/.exec((await state.textContent()) ?? "")?.[0] ?? "";
    expect(await state.textContent()).toBe(t("yearLockedSince", { year, time: since }));
    expect(await button.textContent()).toBe(t("yearUnlock"));
    await expect.poll(focused).toBe("year-lock-button");
    // The review buttons are off, with the reason; Temir's Submit too, naming the year and since when.
    expect(await region.getByTestId("review-reopen").getAttribute("aria-disabled")).toBe("true");
    expect(await region.getByTestId("review-blocked").textContent()).toBe(t("reviewBlockedLocked"));
    await temir.getByTestId("tab-figures").click();
    await temir.getByTestId("tab-submit").click();
    await expect
      .poll(() => temir.getByTestId("submit-blocked").textContent())
      .toBe(t("submitBlockedLocked", { year, time: since }));
    expect(await temir.getByTestId("submit-button").isDisabled()).toBe(true);
    // Alga's pane, on its Submit tab since before the lock, learns it from the server's refusal: Submit goes
    // off with the reason at once, not at the next opening of the tab.
    await alga.getByTestId("submit-button").click();
    await expect
      .poll(() => alga.getByTestId("submit-blocked").textContent())
      .toBe(t("submitBlockedLocked", { year, time: since }));
    for (const [page, name] of [
      [region, "region"],
      [temir, "temir"],
    ] as const)
      await page.screenshot({ path: join(artifacts, `ru-year-locked-${name}.png`), fullPage: true });
    // Unlocked: the review buttons are on again, and the region reopens Temir.
    await button.click();
    expect(await dialog.textContent()).toContain(t("yearUnlockBody", { year }));
    await region.getByTestId("year-lock-confirm").click();
    await expect.poll(() => state.textContent()).toBe(t("yearOpen", { year }));
    expect(await region.getByTestId("review-blocked").count()).toBe(0);
    await region.getByTestId("review-reopen").click();
    await expect
      .poll(() => statusCell(region, "temir").textContent())
      .toBe(REVIEW_STATUS_LABELS.submitted.ru);
    expect(await region.getByTestId("notice-success").last().textContent()).toContain(
      t("reviewReopened", { district: findDistrict("temir")!.name.ru }),
    );
    // Reopened: Temir may submit again.
    await reopen(temir);
    await temir.getByTestId("tab-submit").click();
    await expect.poll(() => temir.getByTestId("review-status").getAttribute("data-status")).toBe("submitted");
    expect(await temir.getByTestId("submit-button").isDisabled()).toBe(false);

    // The years open to submissions: the plan's and the region's window, in sapa years's words. The window
    // changes from its dialog: Escape cancels, a first year after the last is refused before sending, saving
    // re-reads the window, and focus is back on the button.
    const windowState = region.getByTestId("year-window-state");
    const windowButton = region.getByTestId("year-window-button");
    const windowDialog = region.getByTestId("year-window-dialog");
    const plan = { planFrom: "2025-2026", planTo: "2027-2028" };
    await expect
      .poll(() => windowState.textContent())
      .toBe(t("yearWindowLine", { ...plan, from: "2025-2026", to: "2027-2028" }));
    expect(await windowButton.textContent()).toBe("Изменить окно лет…");
    await windowButton.click();
    expect(await windowDialog.textContent()).toContain(t("yearWindowBody", plan));
    await region.keyboard.press("Escape");
    await windowDialog.waitFor({ state: "detached" });
    await expect.poll(focused).toBe("year-window-button");
    await region.keyboard.press("Enter");
    await windowDialog.waitFor();
    const from = region.getByTestId("year-window-from");
    const to = region.getByTestId("year-window-to");
    expect([await from.inputValue(), await to.inputValue()]).toEqual(["2025-2026", "2027-2028"]);
    await from.selectOption("2029-2030");
    await to.selectOption("2028-2029");
    expect(await windowDialog.textContent()).toContain(t("yearWindowOrder"));
    const save = region.getByTestId("year-window-save");
    expect(await save.getAttribute("aria-disabled")).toBe("true");
    await from.selectOption("2024-2025");
    expect(await windowDialog.textContent()).not.toContain(t("yearWindowOrder"));
    // A refusal by the server is said in the pane's words, the server's own beside them; nothing changes.
    const refusal = "Неверные данные запроса: «to»";
    await region.route("**/api/years/window", (route) =>
      route.request().method() === "PUT"
        ? route.fulfill({
            status: 400,
            contentType: "application/json",
            body: JSON.stringify({ error: { code: "invalid-input", message: refusal } }),
          })
        : route.fallback(),
    );
    await save.click();
    await windowDialog.waitFor({ state: "detached" });
    await expect
      .poll(() => region.getByTestId("notice-error").last().textContent())
      .toContain(`${t("err400")} ${t("serverSaid", { message: refusal })}`);
    expect(await windowState.textContent()).toBe(
      t("yearWindowLine", { ...plan, from: "2025-2026", to: "2027-2028" }),
    );
    await region.unroute("**/api/years/window");
    await expect.poll(focused).toBe("year-window-button");
    await windowButton.click();
    await from.selectOption("2024-2025");
    await to.selectOption("2028-2029");
    const calls: string[] = [];
    const onRequest = (request: { url(): string; method(): string }) => {
      if (new URL(request.url()).pathname === "/api/years/window") calls.push(request.method());
    };
    region.on("request", onRequest);
    await save.click();
    await windowDialog.waitFor({ state: "detached" });
    await expect
      .poll(() => windowState.textContent())
      .toBe(t("yearWindowLine", { ...plan, from: "2024-2025", to: "2028-2029" }));
    await expect.poll(() => calls).toEqual(["PUT", "GET"]);
    region.off("request", onRequest);
    await expect.poll(focused).toBe("year-window-button");
    // The server holds it: a district's reading opens 2024-2025 and 2028-2029 beside the plan's years.
    const read = await region.request.get(`${server.url}/api/years/window`, {
      headers: { Authorization: `Bearer ${server.tokens.districts.alga ?? "dev-alga"}` },
    });
    expect(((await read.json()) as { open: string[] }).open).toEqual([
      "2024-2025",
      "2025-2026",
      "2026-2027",
      "2027-2028",
      "2028-2029",
    ]);
    await region.screenshot({ path: join(artifacts, "ru-year-window.png"), fullPage: true });
    await candidatesSteps("ru", { region, temir });
  }, 300_000);
});
