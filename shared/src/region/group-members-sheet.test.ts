import { describe, expect, it } from "vitest";
import { districtByName, readGroupMembers } from "./group-members-sheet.ts";

describe("districtByName", () => {
  it("reads ids and Kazakh, Russian and short names of the units", () => {
    expect(districtByName("Алға ауданы")).toBe("alga");
    expect(districtByName("Алгинский район")).toBe("alga");
    expect(districtByName("алга")).toBe("alga");
    expect(districtByName("г. Актобе")).toBe("aktobe");
    expect(districtByName("Ақтөбе қаласы")).toBe("aktobe");
    expect(districtByName("Хобдинский район")).toBe("kobda");
    expect(districtByName("mugalzhar")).toBe("mugalzhar");
    expect(districtByName("Шалқар")).toBe("shalkar");
    expect(districtByName("Алматы")).toBeNull();
  });
});

describe("readGroupMembers", () => {
  it("reads a Kazakh sheet with a title row, skipping blank rows", () => {
    const read = readGroupMembers({
      values: [
        ["Құзыреттілік орталықтары", null, null],
        ["№", "Аудан", "Мектепке дейінгі ұйым"],
        [1, "Шалқар ауданы", "«Ясли-сад № 5» МКҚК"],
        [null, null, null],
        [2, "Алға ауданы", "Айгөлек балабақшасы"],
      ],
    });
    expect(read.problems).toEqual([]);
    expect(read.members).toEqual([
      { district: "shalkar", organization: "«Ясли-сад № 5» МКҚК" },
      { district: "alga", organization: "Айгөлек балабақшасы" },
    ]);
  });

  it("reports an unknown district and a missing organisation with the sheet's row and column", () => {
    const read = readGroupMembers({
      values: [
        ["Район", "Детский сад"],
        ["Темирский район", "Ясли-сад «Балапан»"],
        ["Алматинский район", "№1"],
        ["Мугалжарский район", null],
      ],
      firstRow: 3,
      firstColumn: 2,
    });
    expect(read.members).toEqual([{ district: "temir", organization: "Ясли-сад «Балапан»" }]);
    expect(read.problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ["group-district-unknown", 5, "B", "Алматинский район"],
      ["group-organization-missing", 6, "C", null],
    ]);
    expect(read.problems[0]!.message.ru).toContain("неизвестный район");
  });

  it("is one error when the two columns are not there", () => {
    const read = readGroupMembers({
      values: [
        ["ФИО", "Организация"],
        ["Иванова", "№1"],
      ],
    });
    expect(read.members).toEqual([]);
    expect(read.problems.map((p) => p.code)).toEqual(["group-columns-missing"]);
  });
});
