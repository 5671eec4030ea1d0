import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { bundleFakeOffice } from "./bundle.ts";
import type { SapaFakeControl } from "./browser.ts";

describe("browser bundle of the fake host", () => {
  it("is one self-contained script that installs Office/Excel on window and exposes __sapaFake", async () => {
    const code = await bundleFakeOffice();
    expect(code).not.toMatch(/\brequire\(|^import /m);
    const window: Record<string, unknown> = {
      __sapaFakeInit: {
        sheets: { Тізім: { values: [["Аты-жөні"], ["Асанова"]] } },
        displayLanguage: "ru-RU",
      },
    };
    const sandbox = { window, setTimeout, TextEncoder, structuredClone, console };
    runInNewContext(code, sandbox);
    const fake = window.__sapaFake as SapaFakeControl;
    const Office = window.Office as typeof globalThis.Office;
    const Excel = window.Excel as typeof globalThis.Excel;
    expect(Office.context.displayLanguage).toBe("ru-RU");
    expect(await Office.onReady()).toMatchObject({ host: "Excel" });

    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getUsedRange();
      range.load("values, address");
      await context.sync();
      range.select();
      return [range.values, range.address];
    });
    expect(read).toEqual([[["Аты-жөні"], ["Асанова"]], "Тізім!A1:A2"]);
    expect(fake.selection()).toEqual({ sheet: "Тізім", address: "A1:A2" });
    expect(fake.syncs()).toHaveLength(2);

    fake.loadSheet("Лист2", { values: [[1, 2]] });
    expect(fake.activeSheet()).toBe("Лист2");
    fake.setValues("Лист2", "B1", [[5]]);
    expect(fake.values("Лист2", "A1:B1")).toEqual([[1, 5]]);
  });
});
