import { describe, expect, it } from "vitest";
import {
  addYears,
  displayDate,
  isDateFormat,
  isoFromSerial,
  readDateCell,
  serialFromIso,
  slashDateOrder,
  wholeYearsBetween,
} from "./dates.ts";

describe("Excel serials (1900 date system)", () => {
  it("maps known serials to their dates", () => {
    expect(isoFromSerial(1)).toBe("1900-01-01");
    expect(isoFromSerial(59)).toBe("1900-02-28");
    expect(isoFromSerial(61)).toBe("1900-03-01");
    expect(isoFromSerial(25569)).toBe("1970-01-01");
    expect(isoFromSerial(36526)).toBe("2000-01-01");
    expect(isoFromSerial(45000)).toBe("2023-03-15");
    expect(isoFromSerial(45292)).toBe("2024-01-01");
    expect(isoFromSerial(45351)).toBe("2024-02-29");
    expect(isoFromSerial(2958465)).toBe("9999-12-31");
  });

  it("drops the time of day", () => {
    expect(isoFromSerial(45292.99999)).toBe("2024-01-01");
  });

  it("has no date for Excel's fictitious 1900-02-29 (serial 60) or serials out of range", () => {
    expect(isoFromSerial(60)).toBeNull();
    expect(isoFromSerial(0)).toBeNull();
    expect(isoFromSerial(-5)).toBeNull();
    expect(isoFromSerial(2958466)).toBeNull();
    expect(isoFromSerial(Number.NaN)).toBeNull();
    expect(isoFromSerial(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("round-trips every day from 1900 to 2100", () => {
    const mismatches: number[] = [];
    for (let serial = 1; serial <= 73415; serial++) {
      if (serial !== 60 && serialFromIso(isoFromSerial(serial)!) !== serial) mismatches.push(serial);
    }
    expect(mismatches).toEqual([]);
    expect(isoFromSerial(73051)).toBe("2100-01-01");
    expect(isoFromSerial(73415)).toBe("2100-12-31");
  });

  it("has no serial for impossible or malformed ISO dates", () => {
    expect(serialFromIso("2024-02-30")).toBeNull();
    expect(serialFromIso("1899-12-31")).toBeNull();
    expect(serialFromIso("15.03.2024")).toBeNull();
  });
});

describe("isDateFormat", () => {
  it("recognises date formats in Excel's and Russian local codes", () => {
    for (const f of [
      "dd.mm.yyyy",
      "m/d/yyyy",
      "d-mmm-yy",
      "[$-F800]dddd, mmmm dd, yyyy",
      "ДД.ММ.ГГГГ",
      "yyyy-mm-dd h:mm",
    ]) {
      expect(isDateFormat(f), f).toBe(true);
    }
  });
  it("rejects number and text formats", () => {
    for (const f of ["General", "0", "0.00", "#,##0", "@", "0%", '"г."0', "Основной", null, undefined, ""]) {
      expect(isDateFormat(f), String(f)).toBe(false);
    }
  });
});

describe("readDateCell", () => {
  const date = (d: string, yearOnly = false) => ({ kind: "date", date: d, yearOnly });
  const impossible = { kind: "invalid", reason: "impossible" };
  const unparseable = { kind: "invalid", reason: "unparseable" };

  it("reads empty cells as empty", () => {
    expect(readDateCell(null)).toEqual({ kind: "empty" });
    expect(readDateCell("")).toEqual({ kind: "empty" });
    expect(readDateCell("  \u00a0")).toEqual({ kind: "empty" });
  });

  it("reads date-formatted numbers as serials", () => {
    expect(readDateCell(45000, "dd.mm.yyyy")).toEqual(date("2023-03-15"));
    expect(readDateCell(45000.5, "m/d/yyyy")).toEqual(date("2023-03-15"));
    expect(readDateCell(1000, "dd.mm.yyyy")).toEqual(date("1902-09-26"));
    expect(readDateCell(0, "dd.mm.yyyy")).toEqual(impossible);
  });

  it("reads a year typed into a date-formatted cell as that year, not as a day in 1905", () => {
    expect(readDateCell(2021, "dd.mm.yyyy")).toEqual(date("2021-01-01", true));
  });

  it("reads a plain integer 1900..2100 as a bare year, larger numbers as serials that lost their format", () => {
    expect(readDateCell(2021)).toEqual(date("2021-01-01", true));
    expect(readDateCell(2021, "General")).toEqual(date("2021-01-01", true));
    expect(readDateCell(44562)).toEqual(date("2022-01-01"));
    expect(readDateCell(12)).toEqual(unparseable);
    expect(readDateCell(2021.5)).toEqual(unparseable);
    expect(readDateCell(Number.NaN)).toEqual(unparseable);
    expect(readDateCell(-Infinity)).toEqual(unparseable);
    expect(readDateCell(1e12)).toEqual(impossible);
  });

  it("reads text dates as people type them", () => {
    expect(readDateCell("15.03.2024")).toEqual(date("2024-03-15"));
    expect(readDateCell(" 5.3.2024 ")).toEqual(date("2024-03-05"));
    expect(readDateCell("5.3.24")).toEqual(date("2024-03-05"));
    expect(readDateCell("01.09.69")).toEqual(date("2069-09-01"));
    expect(readDateCell("01.09.70")).toEqual(date("1970-09-01"));
    expect(readDateCell("15/03/2024")).toEqual(date("2024-03-15"));
    expect(readDateCell("15-03-2024")).toEqual(date("2024-03-15"));
    expect(readDateCell("15.03.2024 ж.")).toEqual(date("2024-03-15"));
    expect(readDateCell("15.03.2024 0:00:00")).toEqual(date("2024-03-15"));
    expect(readDateCell("2024-03-15")).toEqual(date("2024-03-15"));
    expect(readDateCell("2024-03-15T00:00:00.000Z")).toEqual(date("2024-03-15"));
    expect(readDateCell("2024-03-15 10:30")).toEqual(date("2024-03-15"));
  });

  it("reads dates with the month written as a word, in Kazakh or Russian", () => {
    expect(readDateCell("15 наурыз 2024")).toEqual(date("2024-03-15"));
    expect(readDateCell("15 наурыз 2024 ж.")).toEqual(date("2024-03-15"));
    expect(readDateCell("2024 жылғы 15 наурыз")).toEqual(date("2024-03-15"));
    expect(readDateCell("1 қыркүйек 2023")).toEqual(date("2023-09-01"));
    expect(readDateCell("15 марта 2024 г.")).toEqual(date("2024-03-15"));
    expect(readDateCell("3 Мая 2022")).toEqual(date("2022-05-03"));
    expect(readDateCell("20 желтоқсан 2021")).toEqual(date("2021-12-20"));
    expect(readDateCell("31 ақпан 2024")).toEqual(impossible);
    expect(readDateCell("15 шампунь 2024")).toEqual(unparseable);
  });

  it("reads a slash date month-first only when that is the only real reading", () => {
    expect(readDateCell("3/25/2024")).toEqual(date("2024-03-25"));
    expect(readDateCell("03/04/2024")).toEqual(date("2024-04-03"));
  });

  it("reads slash dates month first on a sheet that writes them so, except where only day first is a date", () => {
    const monthFirst = (text: string) => readDateCell(text, null, false, true);
    expect(monthFirst("03/04/2024")).toEqual(date("2024-03-04"));
    expect(monthFirst("5/14/2021")).toEqual(date("2021-05-14"));
    expect(monthFirst("25/3/2024")).toEqual(date("2024-03-25"));
    expect(monthFirst("2/30/2024")).toEqual(impossible);
    // Dots and dashes are day first wherever they are written.
    expect(monthFirst("03.04.2024")).toEqual(date("2024-04-03"));
    expect(monthFirst("03-04-2024")).toEqual(date("2024-04-03"));
    // The day-first reading of the same text is cached apart.
    expect(readDateCell("03/04/2024")).toEqual(date("2024-04-03"));
  });

  it("tells which way round a slash date must be read", () => {
    expect(slashDateOrder("5/14/2021")).toBe("month-first");
    expect(slashDateOrder(" 12/31/24 ")).toBe("month-first");
    expect(slashDateOrder("14/5/2021")).toBe("day-first");
    expect(slashDateOrder("5/6/2021")).toBe("either");
    expect(slashDateOrder("5/5/2021")).toBeNull();
    expect(slashDateOrder("14.05.2021")).toBeNull();
    expect(slashDateOrder("5/32/2021")).toBeNull();
    expect(slashDateOrder("Иванова")).toBeNull();
  });

  it("reads bare years with or without ж./г.", () => {
    for (const text of ["2021", "2021 ж.", "2021ж", "2021 г.", "2021г", "2021 жыл"]) {
      expect(readDateCell(text), text).toEqual(date("2021-01-01", true));
    }
  });

  it("calls non-existent days and out-of-range years impossible", () => {
    expect(readDateCell("31.02.2024")).toEqual(impossible);
    expect(readDateCell("29.02.2023")).toEqual(impossible);
    expect(readDateCell("29.02.2024")).toEqual(date("2024-02-29"));
    expect(readDateCell("15.13.2024")).toEqual(impossible);
    expect(readDateCell("00.01.2024")).toEqual(impossible);
    expect(readDateCell("2024-13-01")).toEqual(impossible);
    expect(readDateCell("01.01.0202")).toEqual(impossible);
    expect(readDateCell("1850")).toEqual(impossible);
  });

  it("calls anything else unparseable", () => {
    for (const v of ["вчера", "15 наурыз", "15.03", "2024/3", true, false, "x".repeat(10000), "1.2.3.4"]) {
      expect(readDateCell(v), String(v).slice(0, 20)).toEqual(unparseable);
    }
  });
});

describe("date arithmetic", () => {
  it("adds years, keeping 29 February inside February", () => {
    expect(addYears("2020-03-01", 5)).toBe("2025-03-01");
    expect(addYears("2020-02-29", 5)).toBe("2025-02-28");
    expect(addYears("2020-02-29", 4)).toBe("2024-02-29");
  });
  it("counts whole years", () => {
    expect(wholeYearsBetween("1985-03-15", "2025-03-14")).toBe(39);
    expect(wholeYearsBetween("1985-03-15", "2025-03-15")).toBe(40);
  });
  it("shows ISO dates as dd.mm.yyyy", () => {
    expect(displayDate("2024-03-05")).toBe("05.03.2024");
    expect(displayDate("2024")).toBe("2024");
  });
});
