import { describe, expect, it } from "vitest";
import { formatRegionTime } from "../plan/today.ts";
import { displayDate, isoFromSerial } from "../roster/dates.ts";
import { regionTimeSerial } from "./layout.ts";

/** What Excel shows for a serial under "dd.mm.yyyy hh:mm" (the day, then the minute of the day's fraction). */
function shownInExcel(serial: number): string {
  const day = Math.floor(serial);
  const minute = Math.round((serial - day) * 1440);
  const hh = String(Math.floor(minute / 60)).padStart(2, "0");
  const mm = String(minute % 60).padStart(2, "0");
  return `${displayDate(isoFromSerial(day)!)} ${hh}:${mm}`;
}

describe("regionTimeSerial", () => {
  it("puts a timestamp in a sheet at the minute the pane and the CLI show, seconds and all", () => {
    // 03:57:45 UTC is 08:57:45 in Aktobe: 08:57 on every surface (the sheet once rounded it up to 08:58).
    const instants = [
      "2026-11-22T03:57:45Z",
      "2026-11-22T03:57:00Z",
      "2026-11-22T03:57:59.999Z",
      "2026-12-31T18:59:30Z", // 23:59:30 in Aktobe, still 31 December
      "2026-12-31T19:00:00Z", // midnight: New Year's Day
    ];
    for (const iso of instants) expect(shownInExcel(regionTimeSerial(iso)!), iso).toBe(formatRegionTime(iso));
    expect(shownInExcel(regionTimeSerial("2026-11-22T03:57:45Z")!)).toBe("22.11.2026 08:57");
    expect(regionTimeSerial("2026-12-31T18:59:30Z")! < regionTimeSerial("2026-12-31T19:00:00Z")!).toBe(true);
    expect(regionTimeSerial("not a time")).toBeNull();
  });
});
