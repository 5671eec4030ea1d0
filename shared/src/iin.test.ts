import { describe, expect, it } from "vitest";
import { checkIin, iinBirthDate, iinCheckDigit, pseudonymiseIin } from "./iin.ts";

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
