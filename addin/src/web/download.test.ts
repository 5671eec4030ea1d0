import { displayDate, readDateCell } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { workbookFileName } from "./download.ts";
import { displayCell, parseAddress } from "./grid-cells.ts";

describe("the web's downloads and preview cells", () => {
  it("names Sapa's workbook after the district (or the region) and the report date", () => {
    expect(workbookFileName("alga", "2026-12-07", "kk")).toBe("Sapa-Алға-2026-12-07.xlsx");
    expect(workbookFileName("aktobe", "2026-12-07", "kk")).toBe("Sapa-Ақтөбе-2026-12-07.xlsx");
    expect(workbookFileName("aktobe", "2026-12-07", "ru")).toBe("Sapa-Актобе-2026-12-07.xlsx");
    expect(workbookFileName("aiteke-bi", "2026-12-07", "kk")).toBe("Sapa-Әйтеке би-2026-12-07.xlsx");
    expect(workbookFileName("region", "2026-12-07", "ru")).toBe("Sapa-область-2026-12-07.xlsx");
  });

  it("shows a date cell as the sheet does, in both date systems, and leaves other numbers alone", () => {
    expect(displayCell(46143, "dd.mm.yyyy", false, "kk")).toBe("01.05.2026");
    expect(displayCell(46143 - 1462, "d/m/yy", true, "kk")).toBe("01.05.2026");
    expect(displayCell(46143, "General", false, "kk")).toBe("46143");
    expect(displayCell(61211600012, "0", false, "kk")).toBe("61211600012");
    // Booleans as the user's Excel writes them, the words the core reads back as yes and no.
    expect(displayCell(true, "", false, "kk")).toBe("АҚИҚАТ");
    expect(displayCell(false, "", false, "ru")).toBe("ЛОЖЬ");
    expect(displayCell(true, "", false, "en")).toBe("TRUE");
    // A fraction with the decimal comma of Kazakh and Russian Excel; a whole number and English untouched.
    expect(displayCell(2.5, "General", false, "ru")).toBe("2,5");
    expect(displayCell(2.5, "General", false, "en")).toBe("2.5");
    expect(displayCell(12, "0", false, "kk")).toBe("12");
    expect(displayCell("2.5", "@", false, "ru")).toBe("2.5");
    expect(displayCell(null, "", false, "kk")).toBe("");
    expect(parseAddress("$AB$12")).toEqual({ row: 12, column: 28 });
  });

  it("shows a dated cell as the date the core reads in it: Russian codes, 1904, the days around Excel's 1900 leap day", () => {
    const cases: [number, string, boolean][] = [
      [45061, "ДД.ММ.ГГГГ", false], // Russian Excel's own codes: a date to the core, so to the preview
      [45061, "mmmm yyyy", false],
      [45061 - 1462, "dd.mm.yyyy", true],
      [59, "dd.mm.yyyy", false], // 28.02.1900: Excel's serials before its invented 29 February
      [61, "dd.mm.yyyy", false], // 01.03.1900
    ];
    for (const [serial, format, date1904] of cases) {
      const read = readDateCell(serial, format, date1904);
      expect(read.kind, format).toBe("date");
      if (read.kind === "date")
        expect(displayCell(serial, format, date1904, "kk"), format).toBe(displayDate(read.date));
    }
    expect(displayCell(45061, "ДД.ММ.ГГГГ", false, "kk")).toBe("15.05.2023");
    expect(displayCell(59, "dd.mm.yyyy", false, "kk")).toBe("28.02.1900");
    expect(parseAddress("12")).toBeNull();
  });
});
