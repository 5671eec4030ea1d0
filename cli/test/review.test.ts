/**
 * `sapa review` and `sapa status` in-process against the real worker app on a real local D1, served over
 * loopback HTTP (the CLI's own transport end to end, without starting wrangler dev).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSealedSubmission } from "../../client/test/worker-app.ts";
import { sapaInProcess } from "./in-process.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

let http: ServedWorker;

beforeAll(async () => {
  http = await serveWorkerApp();
  for (const district of ["alga", "temir"] as const) {
    await http
      .client(`dev-${district}`)
      .submit(await makeSealedSubmission(district, 12, district === "alga" ? 1 : 2));
  }
});

afterAll(async () => {
  await http?.stop();
});

const sapa = (args: string[], token: string) =>
  sapaInProcess([...args, "--year", "2025-2026"], { env: { SAPA_SERVER: http.server, SAPA_TOKEN: token } });

describe("sapa review and sapa status", () => {
  it("returns Temir with a comment, Temir reads it, the region accepts Alga and lists the season", async () => {
    const returned = await sapa(
      ["review", "return", "temir", "--comment", "Проверьте категории", "--lang", "ru"],
      "dev-region",
    );
    expect(returned).toMatchObject({ code: 0, err: "" });
    expect(returned.out).toContain("Статус проверки: Возвращено");

    const status = await sapa(["status", "--lang", "ru"], "dev-temir");
    expect(status.code).toBe(0);
    expect(status.out.split("\n")).toEqual(
      expect.arrayContaining([
        "Статус проверки: Возвращено",
        "! Область вернула данные. Исправьте их и отправьте снова.",
        "Комментарий области: «Проверьте категории»",
      ]),
    );

    expect((await sapa(["review", "accept", "alga", "--revision", "1"], "dev-region")).code).toBe(0);
    const list = await sapa(["review", "list", "--json"], "dev-region");
    const parsed = JSON.parse(list.out) as { districts: { district: string; status: string }[] };
    expect(parsed.districts.filter((d) => d.status !== "not-submitted")).toEqual([
      expect.objectContaining({ district: "alga", status: "accepted" }),
      expect.objectContaining({ district: "temir", status: "returned" }),
    ]);
    const table = await sapa(["review", "list", "--lang", "en"], "dev-region");
    expect(table.out).toContain("accepted 1 · awaiting review 0 · returned 1 · not submitted 11");
  });

  it("exits 1 with the server's message when a district tries to review or an action does not apply", async () => {
    const district = await sapa(["review", "accept", "temir"], "dev-temir");
    expect(district.code).toBe(1);
    expect(district.err).toMatch(/403/);
    // The refusal says what the status is now, not the server's "(details.status)".
    const again = await sapa(["review", "accept", "alga", "--lang", "en"], "dev-region");
    expect(again).toMatchObject({ code: 1, out: "" });
    expect(again.err).toBe(
      "Alga district: the review status is now “Accepted”, so “sapa review accept” cannot be done. See: sapa review list",
    );
  });

  it("names the newest revision when the one to accept is not it", async () => {
    const kargaly = http.client("dev-kargaly");
    await kargaly.submit(await makeSealedSubmission("kargaly", 5, 3));
    await kargaly.submit(await makeSealedSubmission("kargaly", 6, 4));
    const stale = await sapa(
      ["review", "accept", "kargaly", "--revision", "1", "--lang", "ru"],
      "dev-region",
    );
    expect(stale.code).toBe(1);
    expect(stale.err).toBe(
      "Каргалинский район: последняя версия — 2, а указана --revision 1. Просмотрите версию 2 и повторите с --revision 2.",
    );
    expect(stale.err).not.toContain("details.");
  });

  it("says in sapa status when the region has locked the year, to the district and to the region", async () => {
    const region = http.client("dev-region");
    await region.lockYear("2025-2026");
    try {
      const district = await sapa(["status", "--lang", "en"], "dev-temir");
      expect(district.code).toBe(0);
      expect(district.out).toMatch(
        /\n\n2025-2026: locked since \d\d\.\d\d\.\d{4} \d\d:\d\d: no submission or review change$/,
      );
      const table = await sapa(["status", "--lang", "ru"], "dev-region");
      expect(table.out).toMatch(/2025-2026: год закрыт с \d\d\.\d\d\.\d{4} \d\d:\d\d: ни отправки/);
    } finally {
      await region.unlockYear("2025-2026");
    }
    expect((await sapa(["status", "--lang", "en"], "dev-temir")).out).not.toContain("locked");
  });

  it("refuses a return without a comment and an unknown action locally (exit 2)", async () => {
    const noComment = await sapa(["review", "return", "temir", "--lang", "en"], "dev-region");
    expect(noComment).toMatchObject({ code: 2 });
    expect(noComment.err).toContain("--comment");
    expect((await sapa(["review", "approve", "temir"], "dev-region")).code).toBe(2);
    expect((await sapa(["review", "accept", "atlantis"], "dev-region")).code).toBe(2);
  });
});
