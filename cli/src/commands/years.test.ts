import { describe, expect, it } from "vitest";
import { sapaInProcess } from "../../test/in-process.ts";

// No server answers here: every refusal below is said before any call.
const env = { SAPA_SERVER: "http://127.0.0.1:9", SAPA_TOKEN: "dev-region" };

describe("sapa years window", () => {
  it("refuses a window whose first year comes after its last, naming both, before any call (exit 2)", async () => {
    const result = await sapaInProcess(
      ["years", "window", "--from", "2028-2029", "--to", "2025-2026", "--lang", "ru"],
      { env },
    );
    expect(result).toMatchObject({ code: 2, out: "" });
    expect(result.err).toBe(
      "Учебный год --from 2028-2029 идёт после --to 2025-2026. Сначала укажите более ранний год, например: sapa years window --from 2025-2026 --to 2028-2029",
    );
  });

  it("refuses a window longer than the server keeps, with the limit", async () => {
    const result = await sapaInProcess(
      ["years", "window", "--from", "2025-2026", "--to", "2070-2071", "--lang", "en"],
      { env },
    );
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      "The span --from 2025-2026 … --to 2070-2071 is too long: the region opens at most 30 academic years.",
    );
  });
});
