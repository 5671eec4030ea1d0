import { describe, expect, it } from "vitest";
import type { FileSheet } from "./file-port.ts";
import { previewSheet } from "./preview-sheet.ts";

const sheet = (name: string): FileSheet => ({ name, grid: { values: [[name]] } });
// A district's workbook as LibreOffice keeps it: a cover sheet, the roster, a summary of formulas.
const workbook = [sheet("Титул"), sheet("Педагогтер"), sheet("Жиынтық")];

describe("the sheet the preview shows", () => {
  it("is the roster sheet the check read, not the cover sheet the workbook starts with", () => {
    expect(previewSheet(workbook, null, ["Педагогтер"])?.name).toBe("Педагогтер");
  });

  it("is the sheet the user picked in the preview (or a problem opened), whatever the check read", () => {
    expect(previewSheet(workbook, "Жиынтық", ["Педагогтер"])?.name).toBe("Жиынтық");
  });

  it("of a roster kept one sheet per kindergarten, is the first of them", () => {
    const perOrg = [sheet("Титул"), sheet("Балапан"), sheet("Айгөлек")];
    expect(previewSheet(perOrg, null, ["Балапан", "Айгөлек"])?.name).toBe("Балапан");
  });

  it("is never a hidden sheet before a check: Excel shows it to no one", () => {
    const hidden: FileSheet = { ...sheet("Тізімдер"), hidden: true };
    expect(previewSheet([hidden, ...workbook], null, [])?.name).toBe("Титул");
  });

  it("is the file's first sheet before a check, or when the names are another file's", () => {
    expect(previewSheet(workbook, null, [])?.name).toBe("Титул");
    expect(previewSheet(workbook, "Лист1", ["Лист2"])?.name).toBe("Титул");
    expect(previewSheet([], null, ["Педагогтер"])).toBeUndefined();
  });
});
