import { describe, expect, it } from "vitest";
import { createFakeWorkbook, FakeOfficeError, installFakeOffice } from "../../test/fake-office/index.ts";
import { officeErrorCode, officeErrorMessage } from "./office-errors.ts";
import { selectCell } from "./sheets.ts";

describe("officeErrorMessage", () => {
  it("maps a real failure from the host by its code to kk/ru/en advice", async () => {
    installFakeOffice(globalThis, createFakeWorkbook({ sheets: { A: {} } }));
    const error = await selectCell("Жоқ парақ", "A1").catch((e: unknown) => e);
    expect(officeErrorCode(error)).toBe("ItemNotFound");
    expect(officeErrorMessage(error, "kk")).toMatch(/Парақ немесе ұяшық табылмады/);
    expect(officeErrorMessage(error, "ru")).toMatch(/Лист или ячейка не найдены/);
    expect(officeErrorMessage(error, "en")).toMatch(/not found/);
  });

  it.each([
    ["InvalidArgument", /неверный адрес/],
    ["AccessDenied", /защищена/],
    ["GeneralException", /непредвиденная ошибка/],
    ["RequestPayloadSizeLimitExceeded", /Слишком много данных/],
    ["ItemAlreadyExists", /уже есть/],
    ["ApiNotFound", /Обновите Excel/],
    ["InvalidOperationInCellEditMode", /режиме редактирования/],
  ])("%s has its own Russian message", (code, text) => {
    expect(officeErrorMessage(new FakeOfficeError(code, "x"), "ru")).toMatch(text);
  });

  it("says a part of the pane that did not load is no Excel error, in the user's words, with no address", () => {
    const browsers = [
      "Failed to fetch dynamically imported module: https://sapa.example/assets/report-sheets-DNJuFB4v.js",
      "error loading dynamically imported module: https://sapa.example/assets/report-sheets-DNJuFB4v.js",
      "Importing a module script failed.",
    ];
    for (const message of browsers) {
      const ru = officeErrorMessage(new TypeError(message), "ru");
      expect(ru).toBe(
        "Часть панели Sapa не загрузилась с сервера: прервалась связь или Sapa на сервере обновилась. Проверьте подключение к интернету, закройте панель и откройте Sapa снова.",
      );
      expect(officeErrorMessage(new TypeError(message), "kk")).toMatch(
        /^Sapa тақтасының бір бөлігі серверден жүктелмеді/,
      );
      expect(ru).not.toMatch(/Excel|https|assets/);
    }
  });

  it("falls back to a generic message that keeps the detail for unknown errors", () => {
    expect(officeErrorMessage(new FakeOfficeError("Weird", "boom"), "en")).toBe(
      "Something went wrong while working with Excel: boom (Weird).",
    );
    expect(officeErrorMessage(new TypeError("x is undefined"), "kk")).toBe(
      "Excel-мен жұмыс істегенде қате болды: x is undefined.",
    );
    expect(officeErrorCode("text")).toBeNull();
  });
});
