import { describe, expect, it } from "vitest";
import { ROSTER_FILE_ACCEPT, ROSTER_FILE_TYPES } from "./file-types.ts";

describe("the files “Open a file…” offers", () => {
  it("are those Sapa reads and those the reader refuses with its own words, so that the user sees their file", () => {
    expect(ROSTER_FILE_ACCEPT.split(",")).toEqual([".xlsx", ".xlsm", ".csv", ".txt", ".xls", ".ods"]);
    expect(Object.values(ROSTER_FILE_TYPES).flat()).toEqual(ROSTER_FILE_ACCEPT.split(","));
  });
});
