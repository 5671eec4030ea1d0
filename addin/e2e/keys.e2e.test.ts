/**
 * The key ceremony end to end (issue 11): Debian Chromium, the built pane on the in-memory Office fake, a
 * real local server started with NO region key published. In Kazakh: a district cannot submit yet; the
 * region creates its key in the pane (passphrase twice), saves the key file and publishes; the district
 * sees the same fingerprint and submits; the region, with its key closed, pulls "encrypted"; a wrong
 * passphrase and a wrong file are refused; opened, the pull writes the real names into the workbook. In
 * Russian, on the same server: the region rotates to a new key; a district that sealed to the old one is
 * stopped by the confirm dialog (old and new fingerprints), cancels (nothing sent), then confirms.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CRYPTO_MESSAGES,
  MIN_PASSPHRASE_LENGTH,
  findDistrict,
  sheetName,
  label,
  type DistrictId,
  type Lang,
} from "@sapa/shared";
import { KEY_ERROR_MESSAGES } from "../../worker/src/key-errors.ts";
import { translator } from "../src/translate.ts";
import { fakeOn, haveChromium, setUpPane, startPaneHarness, type PaneHarness } from "./pane-harness.ts";
import { TEACHER_NAMES } from "./roster.ts";

const DATE = "2026-05-31";
/** The pane's steps (PBKDF2, sealing, several requests) take seconds on a busy machine. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000 });
const YEAR = "2025-2026";
let h: PaneHarness;
/** The first key's file and passphrase, created in the Kazakh test (the Russian one rotates from it). */
let firstKey: { path: string; passphrase: string; digits: string; keyId: string } | null = null;

const shot = (page: Page, lang: Lang, name: string) =>
  page.screenshot({ path: join(h.artifacts, `${lang}-${name}.png`), fullPage: true });

/** The district's revisions on the server, newest first (asked with the region's token). */
async function revisions(page: Page, district: DistrictId): Promise<number[]> {
  const res = await page.request.get(`${h.server.url}/api/submissions?district=${district}&year=${YEAR}`, {
    headers: { Authorization: `Bearer ${h.server.tokens.region}` },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { submissions: { revision: number }[] }).submissions.map((s) => s.revision);
}

/** The Settings tab's fingerprint digits, once the server has answered. */
async function serverDigits(page: Page): Promise<string> {
  await page.getByTestId("tab-settings").click();
  await page.getByTestId("region-key-fingerprint-digits").waitFor();
  return (await page.getByTestId("region-key-fingerprint-digits").textContent()) ?? "";
}

/** The test id of the focused element (or its nearest marked ancestor); "body" when focus fell to the page. */
function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    return el.closest("[data-testid]")?.getAttribute("data-testid") ?? el.tagName.toLowerCase();
  });
}

/** Submit and wait for the receipt (its revision), or for the key-change dialog ("dialog"). */
async function submit(page: Page): Promise<number | "dialog"> {
  await page.getByTestId("tab-submit").click();
  await page.getByTestId("submit-button").click();
  await poll(async () =>
    (await page.getByTestId("key-change-dialog").count()) > 0
      ? "dialog"
      : (await page.getByTestId("receipt").count()) > 0
        ? "receipt"
        : (await page.getByTestId("notice-error").allTextContents()).join(" | ") || "waiting",
  ).toMatch(/^(dialog|receipt)$/);
  if ((await page.getByTestId("key-change-dialog").count()) > 0) return "dialog";
  return Number(/\d+/.exec((await page.getByTestId("receipt-title").textContent()) ?? "")?.[0]);
}

/** Creates a key in the region's pane, saves the offered file into the run's directory, publishes it. */
async function createAndPublish(region: Page, lang: Lang, passphrase: string, file: string) {
  const t = translator(lang);
  await region.getByTestId("tab-settings").click();
  const create = region.getByTestId("key-create");
  // Too short, then two that differ: refused in the form, nothing created.
  await region.getByTestId("key-create-passphrase").fill("қысқа");
  await region.getByTestId("key-create-again").fill("қысқа");
  await region.getByTestId("key-create-button").click();
  await poll(() => create.textContent()).toContain(CRYPTO_MESSAGES["passphrase-too-short"][lang]);
  await region.getByTestId("key-create-passphrase").fill(passphrase);
  await region.getByTestId("key-create-again").fill(`${passphrase}!`);
  await region.getByTestId("key-create-button").click();
  await poll(() => create.textContent()).toContain(t("keyPassphraseMismatch"));
  expect(await region.getByTestId("key-created").count()).toBe(0);
  // Right: created (PBKDF2 twice: the file is written and opened again), from the keyboard.
  await region.getByTestId("key-create-again").fill(passphrase);
  await region.getByTestId("key-create-again").press("Enter");
  await region.getByTestId("key-created").waitFor({ timeout: 30_000 });
  const digits = (await region.getByTestId("key-created-fingerprint-digits").textContent()) ?? "";
  expect(digits).toMatch(/^\d{5}( \d{5}){5}$/);
  // The offered file: sapa-region-key-YYYY-MM-DD.json, the same text as shown for copying.
  const [download] = await Promise.all([
    region.waitForEvent("download"),
    region.getByTestId("key-download").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sapa-region-key-\d{4}-\d{2}-\d{2}\.json$/);
  await download.saveAs(file);
  const saved = readFileSync(file, "utf8");
  expect(await region.getByTestId("key-file-text").inputValue()).toBe(saved);
  const keyFile = JSON.parse(saved) as { format: string; keyId: string; encrypted: string };
  expect(keyFile.format).toBe("sapa-region-key");
  expect(await region.getByTestId("key-created-fingerprint").getAttribute("data-key-id")).toBe(keyFile.keyId);
  // Publishing waits for "I have saved the file".
  expect(await region.getByTestId("key-publish").isDisabled()).toBe(true);
  await region.getByTestId("key-saved").click();
  await region.getByTestId("key-publish").click();
  await poll(() => region.getByTestId("notice-success").last().textContent()).toContain(digits);
  expect(await serverDigits(region)).toBe(digits);
  // The private key is nowhere in the pane's storage or the workbook.
  const stored = await region.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(keyFile.encrypted);
  expect(stored).not.toContain(passphrase);
  expect(JSON.stringify(await fakeOn(region, "settings"))).not.toContain(keyFile.encrypted);
  return { digits, keyId: keyFile.keyId };
}

/** Opens the key file in the region's pane with `passphrase`. */
async function unlock(region: Page, file: string, passphrase: string) {
  await region.getByTestId("tab-settings").click();
  await region.getByTestId("key-unlock-file").setInputFiles(file);
  await region.getByTestId("key-unlock-passphrase").fill(passphrase);
  await region.getByTestId("key-unlock-button").click();
}

/** Pulls the consolidated report; the attestation sheet's cells (names column), all text. */
async function pull(region: Page, lang: Lang): Promise<string[]> {
  await region.getByTestId("tab-region").click();
  // Earlier notices dismissed: the pull's own success (or error) is the one that appears.
  const dismiss = region.getByTestId("notice-dismiss");
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await region.getByTestId("pull-report-button").click();
  await poll(async () => {
    const errors = await region.getByTestId("notice-error").allTextContents();
    if (errors.length > 0) return `error: ${errors.join(" | ")}`;
    return (await region.getByTestId("notice-success").count()) > 0 ? "pulled" : "pulling";
  }).toBe("pulled");
  const sheet = sheetName("attestation", lang);
  const used = await fakeOn<string>(region, "usedAddress", sheet);
  return (await fakeOn<unknown[][]>(region, "values", sheet, used))
    .flat()
    .filter((v) => typeof v === "string") as string[];
}

const namesIn = (cells: string[]) => cells.filter((c) => TEACHER_NAMES.includes(c));

describe.skipIf(!haveChromium)("the region's key ceremony in Chromium against a server with no key", () => {
  beforeAll(async () => {
    h = await startPaneHarness("addin-keys-e2e", { publishDevKey: false });
  }, 300_000);

  afterAll(async () => {
    await h?.stop();
  }, 60_000);

  it("in Kazakh: no key, the region creates and publishes it, the district compares and submits, names open only with the key", async () => {
    const lang = "kk";
    const t = translator(lang);
    const passphrase = "Ақтөбе облысы, 2026 жылғы кілт";
    expect([...passphrase].length).toBeGreaterThanOrEqual(MIN_PASSPHRASE_LENGTH);

    // No key yet: the district sees why and cannot submit; nothing reaches the server.
    const temir = await h.newPane(lang);
    await setUpPane(temir, lang, "temir", h.server.tokens.districts.temir ?? "dev-temir", DATE);
    await temir.getByTestId("region-key-none").waitFor();
    expect(await temir.getByTestId("region-key-none").textContent()).toBe(t("keyNone"));
    await temir.getByTestId("tab-submit").click();
    await temir.getByTestId("submit-button").click();
    await poll(() => temir.getByTestId("notice-error").last().textContent()).toContain(
      KEY_ERROR_MESSAGES["region-key-missing"].kk,
    );
    expect(await revisions(temir, "temir")).toEqual([]);
    await shot(temir, lang, "district-no-key");

    // The region creates its key, saves the file and publishes it.
    const region = await h.newPane(lang);
    await setUpPane(region, lang, "region", h.server.tokens.region, DATE);
    await region.getByTestId("region-key-none").waitFor();
    const file = join(h.workDir, "region-key-1.json");
    const { digits, keyId } = await createAndPublish(region, lang, passphrase, file);
    await shot(region, lang, "region-key-created");
    firstKey = { path: file, passphrase, digits, keyId };

    // The district compares the fingerprint (the same digits the centre announces) and submits.
    await temir.getByTestId("tab-settings").click();
    await temir.getByTestId("region-key-refresh").click();
    expect(await serverDigits(temir)).toBe(digits);
    expect(await temir.getByTestId("region-key-compare").textContent()).toBe(t("keyFingerprintCompare"));
    await shot(temir, lang, "district-fingerprint");
    expect(await submit(temir)).toBe(1);

    // Closed key: the list says "encrypted", no name reaches the workbook, and the pane says how to open it.
    await region.getByTestId("key-lock").click();
    await region.getByTestId("key-unlock").waitFor();
    const sealedCells = await pull(region, lang);
    const encrypted = sealedCells.filter((c) => c === label("encrypted", lang)).length;
    expect(encrypted).toBeGreaterThan(0);
    expect(namesIn(sealedCells)).toEqual([]);
    await poll(() => region.getByTestId("notice-success").last().textContent()).toContain(
      t("namesEncrypted"),
    );

    // A wrong passphrase and a file that is not a key file are refused; the key stays closed, the file unchanged.
    const before = readFileSync(file, "utf8");
    await unlock(region, file, `${passphrase}x`);
    await poll(() => region.getByTestId("notice-error").last().textContent()).toContain(
      CRYPTO_MESSAGES["wrong-passphrase"].kk,
    );
    expect(await region.getByTestId("key-unlocked").count()).toBe(0);
    await shot(region, lang, "wrong-passphrase");
    const notKey = join(h.workDir, "not-a-key.json");
    writeFileSync(notKey, JSON.stringify({ format: "something else" }));
    await unlock(region, notKey, passphrase);
    await poll(() => region.getByTestId("notice-error").last().textContent()).toContain(
      CRYPTO_MESSAGES["key-file-invalid"].kk,
    );
    expect(readFileSync(file, "utf8")).toBe(before);

    // Opened: the same pull writes the real names, one for every "encrypted" cell, and no placeholder.
    await unlock(region, file, passphrase);
    await region.getByTestId("key-unlocked").waitFor({ timeout: 30_000 });
    // The form the focus was in is gone: the focus is on "Close the key" that took its place, not the page.
    await poll(() =>
      region.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "page"),
    ).toBe("key-lock");
    // One identifier for the key on the screen: the fingerprint the centre announced, not its hex id beside it.
    const opened = (await region.getByTestId("notice-success").last().textContent()) ?? "";
    expect(opened).toContain(t("keyUnlocked"));
    expect(opened).not.toContain(keyId.slice(0, 4));
    expect(await region.getByTestId("key-unlocked").textContent()).toContain(digits);
    const openedCells = await pull(region, lang);
    const names = namesIn(openedCells);
    expect(names).toHaveLength(encrypted);
    expect(openedCells.filter((c) => c === label("encrypted", lang))).toEqual([]);
    await poll(() => region.getByTestId("notice-success").last().textContent()).toContain(
      // the list's names, one for each "encrypted" cell before, not every roster row opened
      t("namesOpened", { opened: encrypted, total: encrypted }),
    );
    await shot(region, lang, "names-opened");
  }, 240_000);

  it("in Russian: the region rotates its key; a district that sealed to the old one must confirm the new fingerprint", async () => {
    if (firstKey === null) throw new Error("the Kazakh ceremony did not run");
    const lang = "ru";
    const t = translator(lang);

    // Alga trusts the current key on its first submission.
    const alga = await h.newPane(lang);
    await setUpPane(alga, lang, "alga", h.server.tokens.districts.alga ?? "dev-alga", DATE);
    expect(await serverDigits(alga)).toBe(firstKey.digits);
    expect(await submit(alga)).toBe(1);

    // The region opens the old key (its ИИН secret carries over) and creates, saves and publishes a new one.
    const region = await h.newPane(lang);
    await setUpPane(region, lang, "region", h.server.tokens.region, DATE);
    await unlock(region, firstKey.path, firstKey.passphrase);
    await region.getByTestId("key-unlocked").waitFor({ timeout: 30_000 });
    expect(await region.getByTestId("key-create").textContent()).toContain(t("keyReplaceWarning"));
    const second = await createAndPublish(
      region,
      lang,
      "Новый ключ области, 2026 год",
      join(h.workDir, "region-key-2.json"),
    );
    expect(second.digits).not.toBe(firstKey.digits);
    await shot(region, lang, "region-key-rotated");

    // Alga's next submission stops: old and new fingerprints side by side. Cancel: nothing is sent.
    expect(await submit(alga)).toBe("dialog");
    expect(await alga.getByTestId("key-change-old-digits").textContent()).toBe(firstKey.digits);
    expect(await alga.getByTestId("key-change-new-digits").textContent()).toBe(second.digits);
    // The dialog starts on the safe choice: a reflexive Enter sends nothing (issue 19, item 9).
    await poll(() => focusedTestId(alga)).toBe("key-change-cancel");
    await shot(alga, lang, "key-changed-dialog");
    await alga.getByTestId("key-change-cancel").click();
    await alga.getByTestId("key-change-dialog").waitFor({ state: "detached" });
    await poll(() => alga.getByTestId("notice-info").last().textContent()).toContain(t("keyChangeCancelled"));
    expect(await revisions(alga, "alga")).toEqual([1]);
    // Escape is a cancel too.
    expect(await submit(alga)).toBe("dialog");
    await poll(() => focusedTestId(alga)).toBe("key-change-cancel");
    await alga.keyboard.press("Enter");
    await alga.getByTestId("key-change-dialog").waitFor({ state: "detached" });
    expect(await revisions(alga, "alga")).toEqual([1]);
    // Closed, focus is back on the button that opened it.
    await poll(() => focusedTestId(alga)).toBe("submit-button");
    expect(await submit(alga)).toBe("dialog");
    await alga.keyboard.press("Escape");
    await alga.getByTestId("key-change-dialog").waitFor({ state: "detached" });
    expect(await revisions(alga, "alga")).toEqual([1]);
    await poll(() => focusedTestId(alga)).toBe("submit-button");
    // Confirmed: sealed to the new key and sent.
    expect(await submit(alga)).toBe("dialog");
    await alga.getByTestId("key-change-confirm").click();
    await alga.getByTestId("receipt").waitFor();
    expect(await revisions(alga, "alga")).toEqual([2, 1]);

    // The new key (open since it was created) opens Alga's names; Temir's, sealed to the old key, stay
    // encrypted and the pane names the key to open.
    const cells = await pull(region, lang);
    expect(namesIn(cells).length).toBeGreaterThan(0);
    expect(cells.filter((c) => c === label("encrypted", lang)).length).toBe(namesIn(cells).length);
    const otherKey = t("namesOtherKey", {
      districts: findDistrict("temir")!.name.ru,
      hex: firstKey.keyId.match(/.{4}/g)!.join(" "),
    });
    expect(await region.getByTestId("notice-warning").last().textContent()).toContain(otherKey);
    await shot(region, lang, "names-after-rotation");
  }, 240_000);
});
