import { describe, expect, it } from "vitest";
import { checkIin, containsIin, iinBirthDate, iinCheckDigit, pseudonymiseIin } from "./iin.ts";

describe("checkIin", () => {
  it("accepts the reference examples", () => {
    expect(checkIin("791028302728")).toEqual({
      ok: true,
      iin: "791028302728",
      birthDate: "1979-10-28",
      male: true,
    });
    expect(checkIin("061211600012")).toMatchObject({ ok: true, birthDate: "2006-12-11", male: false });
  });

  it("pads a numeric ИИН that lost its leading zero", () => {
    expect(checkIin(61211600012)).toMatchObject({ ok: true, iin: "061211600012" });
  });

  it("does not pad text: a short text ИИН is a length error", () => {
    expect(checkIin("61211600012")).toEqual({ ok: false, reason: "length" });
  });

  it("names a number Excel saved in scientific notation (its last digits are gone), and only that", () => {
    // 791028302728 in Excel's General format shows as 7.91028E+11 (7,91028E+11 where the comma is decimal).
    for (const shown of ["7.91028E+11", "7,91028E+11", " 7,91028e+11 ", "6.12116E+10", "8E+11"])
      expect(checkIin(shown), shown).toEqual({ ok: false, reason: "scientific" });
    for (const other of ["79102830272E", "7.91028E+11x", "E+11", "12,5E+11", "7910283027"])
      expect(checkIin(other), other).toEqual({ ok: false, reason: "length" });
  });

  it("rejects a wrong check digit, a bad century digit and an impossible birth date", () => {
    expect(checkIin("791028302729")).toEqual({ ok: false, reason: "checksum" });
    expect(checkIin("791028702728")).toEqual({ ok: false, reason: "birth-date" });
    expect(checkIin("790231302728")).toEqual({ ok: false, reason: "birth-date" });
    expect(checkIin(12.5)).toEqual({ ok: false, reason: "length" });
  });

  it("uses the second weighting when the first gives 10", () => {
    // a 1 in the tenth place: first weights give 10, second weights give 1
    expect(iinCheckDigit("00000000010")).toBe(1);
    // a 1 in the eleventh place: first weights give 11 % 11 = 0
    expect(iinCheckDigit("00000000001")).toBe(0);
  });
});

describe("pseudonymiseIin", () => {
  it("is a stable 64-hex key that differs per ИИН", async () => {
    const a = await pseudonymiseIin("791028302728");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await pseudonymiseIin("791028302728")).toBe(a);
    expect(await pseudonymiseIin("061211600012")).not.toBe(a);
  });
});

describe("iinBirthDate", () => {
  it("knows leap years across the three centuries", () => {
    expect(iinBirthDate("000229500000")).toBe("2000-02-29");
    expect(iinBirthDate("000229300000")).toBeNull(); // 1900 was not a leap year
    expect(iinBirthDate("040229500000")).toBe("2004-02-29");
    expect(iinBirthDate("050229500000")).toBeNull();
    expect(iinBirthDate("790431300000")).toBeNull();
  });
});

describe("containsIin", () => {
  it("finds twelve digits however they are split", () => {
    for (const text of [
      "Иванова 791028302728",
      "Иванова 880101.300.125",
      "7910 2830 2728",
      "791028-302728",
      "ЖСН: 79/10/28/30/27/28",
      "880101_300_125 Бекова",
    ])
      expect(containsIin(text), text).toBe(true);
  });

  it("finds a valid ИИН inside a longer number and one that lost its leading zero", () => {
    expect(containsIin("тел. 1791028302728")).toBe(true);
    expect(containsIin("Сәуле 61211600012")).toBe(true); // 061211600012 stored as a number
    expect(containsIin("Сәуле 6.1211.600012")).toBe(true);
  });

  it("leaves ordinary names, numbers and dates alone", () => {
    for (const text of [
      "Жұмабаева Әсем Нұрланқызы",
      "№12 «Балапан» бөбекжай-балабақшасы",
      "Алға-2026.xlsx",
      "0.1.0",
      "+7 701 123 45 67",
      "87011234567",
      "01.09.2025-31.08.2026",
      "61211600013", // 11 digits that do not pad to a valid ИИН
    ])
      expect(containsIin(text), text).toBe(false);
  });
});
