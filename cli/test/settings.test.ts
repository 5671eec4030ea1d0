/**
 * `sapa settings` in-process against the real worker app on a real local D1, served over loopback HTTP.
 */
import { CandidateCountsSchema, SettingsSchema } from "@sapa/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSealedSubmission } from "../../client/test/worker-app.ts";
import { sapaInProcess } from "./in-process.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

let http: ServedWorker;

beforeAll(async () => {
  http = await serveWorkerApp();
  await http.client("dev-alga").submit(await makeSealedSubmission("alga", 12, 1));
});

afterAll(async () => {
  await http?.stop();
});

const sapa = (args: string[], token = "dev-region") =>
  sapaInProcess(args, { env: { SAPA_SERVER: http.server, SAPA_TOKEN: token } });

const minimumNow = async () =>
  SettingsSchema.parse(JSON.parse((await sapa(["settings", "--json"], "dev-alga")).out)).settings
    .minYearsSinceAward;

describe("sapa settings", () => {
  it("prints the default minimum of 2 years to any token, in its language", async () => {
    const json = await sapa(["settings", "--json"], "dev-alga");
    expect(json).toMatchObject({ code: 0, err: "" });
    expect(JSON.parse(json.out)).toEqual({ settings: { minYearsSinceAward: 2 } });
    const kk = await sapa(["settings"]);
    expect(kk.code).toBe(0);
    expect(kk.out).toContain("Облыстың баптаулары");
    expect(kk.out).toContain("кемінде 2 жыл");
  });

  it("lets the region set the minimum, and the candidates counts follow it", async () => {
    const set = await sapa(["settings", "set", "--min-years", "3", "--lang", "ru"]);
    expect(set).toMatchObject({ code: 0, err: "" });
    expect(set.out).toBe(
      "Сохранено. Списки кандидатов теперь считаются с минимумом лет после последней категории: 3.",
    );
    expect(await minimumNow()).toBe(3);
    const counts = await sapa(["candidates", "--json", "--year", "2025-2026"], "dev-alga");
    expect(CandidateCountsSchema.parse(JSON.parse(counts.out)).minYearsSinceAward).toBe(3);
  });

  it("says plainly when the server refuses the value (400): exit 2, the setting unchanged", async () => {
    await sapa(["settings", "set", "--min-years", "4"]);
    const refused = await sapa(["settings", "set", "--min-years", "9", "--lang", "ru"]);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe("");
    expect(refused.err).toContain("Сервер не принял значение");
    expect(refused.err).toContain("целое число от 0 до 5");
    expect(refused.err).toContain("Настройка не изменена");
    expect(await minimumNow()).toBe(4);
  });

  it("refuses a value that is not a whole number, or none, before asking the server (exit 2)", async () => {
    const word = await sapa(["settings", "set", "--min-years", "two", "--lang", "en"]);
    expect(word).toMatchObject({ code: 2, out: "" });
    expect(word.err).toBe("--min-years must be a whole number of years (0–5): two");
    const half = await sapa(["settings", "set", "--min-years", "2.5", "--lang", "kk"]);
    expect(half.code).toBe(2);
    expect(half.err).toContain("бүтін жыл саны");
    const none = await sapa(["settings", "set", "--lang", "ru"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("--min-years");
    const other = await sapa(["settings", "show", "--lang", "en"]);
    expect(other.code).toBe(2);
    expect(other.err).toContain("Usage: sapa settings");
    expect(await minimumNow()).toBe(4);
  });

  it("refuses a district token (403, exit 1) and keeps the region's value", async () => {
    const res = await sapa(["settings", "set", "--min-years", "1", "--lang", "ru"], "dev-alga");
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/403/);
    expect(await minimumNow()).toBe(4);
  });

  it("is in the help in every language", async () => {
    for (const [lang, word] of [
      ["kk", "ең аз жыл"],
      ["ru", "минимум лет"],
      ["en", "minimum years"],
    ] as const) {
      const help = await sapa(["help", "settings", "--lang", lang]);
      expect(help.code).toBe(0);
      expect(help.out).toContain("sapa settings set --min-years N");
      expect(help.out).toContain(word);
    }
  });
});
