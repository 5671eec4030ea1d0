/**
 * `sapa report` for a year no unit has sent data for (a mistyped --year): beside the empty report, the
 * years that have data, against the real worker app on a real local D1 over loopback HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSealedSubmission } from "../../client/test/worker-app.ts";
import { sapaInProcess } from "./in-process.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

let http: ServedWorker;
let year: string;

const sapa = (args: string[]) =>
  sapaInProcess(args, { env: { SAPA_SERVER: http.server, SAPA_TOKEN: "dev-region" } });

beforeAll(async () => {
  http = await serveWorkerApp();
  const submission = await makeSealedSubmission("temir", 8, 1);
  year = submission.year;
  await http.client("dev-temir").submit(submission);
}, 120_000);

afterAll(async () => {
  await http?.stop();
});

describe("sapa report for a year without data", () => {
  it("names the years that have data, on stderr beside the report (exit 0)", async () => {
    const result = await sapa(["report", "--year", "2031-2032", "--lang", "ru"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("2031-2032");
    expect(result.err).toBe(
      `За 2031-2032 учебный год данных не отправила ни одна единица. Годы, за которые есть данные: ${year} (--year ГГГГ-ГГГГ).`,
    );
  });

  it("says nothing of the kind for a year with data", async () => {
    const result = await sapa(["report", "--year", year, "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.err).not.toContain("No unit has sent data");
  });
});
