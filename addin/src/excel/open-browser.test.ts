import { afterEach, describe, expect, it } from "vitest";
import { createFakeWorkbook, installFakeOffice, type InstalledFake } from "../../test/fake-office/index.ts";
import { openInBrowser } from "./open-browser.ts";

let installed: InstalledFake | null = null;
const host = (platform: "OfficeOnline" | "PC" | "Mac") =>
  (installed = installFakeOffice(globalThis, createFakeWorkbook({ sheets: { A: {} }, platform })));
afterEach(() => {
  installed?.uninstall();
  installed = null;
});

const GUIDE = "https://sapa.example.kz/guide-kk.html";

describe("openInBrowser", () => {
  it("opens the page through Office in Excel on Windows and Mac", () => {
    for (const platform of ["PC", "Mac"] as const) {
      const fake = host(platform);
      expect(openInBrowser(GUIDE), platform).toBe(true);
      expect(fake.workbook.browserWindows).toEqual([GUIDE]);
      fake.uninstall();
    }
  });

  it("leaves the link to itself where Office cannot: Excel on the web, outside Office, an address refused", () => {
    const web = host("OfficeOnline");
    expect(openInBrowser(GUIDE)).toBe(false);
    expect(web.workbook.browserWindows).toEqual([]);
    web.uninstall();
    installed = null;
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    expect(openInBrowser(GUIDE)).toBe(false);
    // The host throws on an address it will not open (here a relative one): the link still opens it.
    const pc = host("PC");
    expect(openInBrowser("/guide-kk.html")).toBe(false);
    expect(pc.workbook.browserWindows).toEqual([]);
  });
});
