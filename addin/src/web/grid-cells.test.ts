import { describe, expect, it } from "vitest";
import { columnLetters, displayCell, parseAddress } from "./grid-cells.ts";

describe("a cell as the preview shows it", () => {
  it("pads an ИИН kept as a number under a format of zeros, as Excel shows it", () => {
    // Born in 2006: stored as 61211600012, shown by Excel (and read by the core) as 061211600012.
    expect(displayCell(61211600012, "000000000000", false, "kk")).toBe("061211600012");
    expect(displayCell(791028302728, "000000000000", false, "ru")).toBe("791028302728");
    expect(displayCell(7, "000", false, "en")).toBe("007");
    // Without that format, or not a whole number, as before.
    expect(displayCell(61211600012, "", false, "kk")).toBe("61211600012");
    expect(displayCell(2.5, "000", false, "ru")).toBe("2,5");
  });

  it("shows a date cell as dd.mm.yyyy and a fraction with a decimal comma in Kazakh and Russian", () => {
    expect(displayCell(44330, "dd.mm.yyyy", false, "kk")).toBe("14.05.2021");
    expect(displayCell(2.5, "", false, "en")).toBe("2.5");
  });

  it("names columns and parses addresses both ways", () => {
    expect([columnLetters(1), columnLetters(26), columnLetters(27)]).toEqual(["A", "Z", "AA"]);
    expect(parseAddress("$AA$12")).toEqual({ row: 12, column: 27 });
  });
});
