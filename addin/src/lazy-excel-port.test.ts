import { describe, expect, it } from "vitest";
import type { ExcelPort } from "./taskpane/excel-port.ts";
import { lazyExcelPort } from "./lazy-excel-port.ts";

const eager = {
  detectRequirementSets: () => ({ excelApi: "1.1" }) as ReturnType<ExcelPort["detectRequirementSets"]>,
  officeErrorMessage: () => "eager",
  openInBrowser: (url: string) => url.startsWith("https://"),
};

describe("lazyExcelPort", () => {
  it("loads the adapter on the first sheet call only, once, and forwards the call", async () => {
    let loads = 0;
    const adapter = {
      listSheets: async () => [{ name: "Тізім" }],
    } as unknown as ExcelPort;
    const port = lazyExcelPort(async () => {
      loads++;
      return adapter;
    }, eager);
    expect(port.detectRequirementSets().excelApi).toBe("1.1");
    expect(port.officeErrorMessage(new Error("x"), "kk")).toBe("eager");
    // Answered at once, not as a promise (a link's click decides on it synchronously).
    expect(port.openInBrowser("https://sapa.example/guide-kk.html")).toBe(true);
    expect(port.openInBrowser("guide-kk.html")).toBe(false);
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([port.listSheets(), port.listSheets()]);
    expect(a).toEqual([{ name: "Тізім" }]);
    expect(b).toEqual(a);
    expect(loads).toBe(1);
    // never mistaken for a promise
    expect((port as unknown as { then?: unknown }).then).toBeUndefined();
  });

  it("tries the load again after it failed (the chunk could not be fetched)", async () => {
    let attempt = 0;
    const port = lazyExcelPort(async () => {
      if (++attempt === 1) throw new Error("offline");
      return { listSheets: async () => [] } as unknown as ExcelPort;
    }, eager);
    await expect(port.listSheets()).rejects.toThrow("offline");
    await expect(port.listSheets()).resolves.toEqual([]);
    expect(attempt).toBe(2);
  });
});
