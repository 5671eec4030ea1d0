/**
 * `sapa audit` in-process against the real worker app on a real local D1, served over loopback HTTP: Temir
 * submits, the region returns the data with a comment, locks and unlocks the year and issues Temir's
 * methodist a token, with which Temir submits again; the trail says all of it, newest first, in kk, ru, en.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSealedSubmission } from "../../client/test/worker-app.ts";
import { sapaInProcess } from "./in-process.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

let http: ServedWorker;
/** The new token's id, and the audit entries as the server sends them (newest first). */
let tokenId: string;
let entries: { id: number; at: string; action: string; district: string | null; year: string | null }[];

const sapa = (args: string[], token = "dev-region") =>
  sapaInProcess(args, { env: { SAPA_SERVER: http.server, SAPA_TOKEN: token } });

/** An instant as Aktobe's clock shows it (UTC+5), worked out here rather than by the code under test. */
function aktobe(iso: string): string {
  const local = new Date(Date.parse(iso) + 5 * 3600_000).toISOString();
  return `${local.slice(8, 10)}.${local.slice(5, 7)}.${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

/** The lines after the heading (and its rule). */
const body = (out: string) => out.split("\n").slice(2);

beforeAll(async () => {
  http = await serveWorkerApp();
  await http.client("dev-temir").submit(await makeSealedSubmission("temir", 8, 1));
  const steps = [
    ["review", "return", "temir", "--year", "2025-2026", "--comment", "Категории в д/с №3"],
    ["years", "lock", "--year", "2025-2026"],
    ["years", "unlock", "--year", "2025-2026"],
  ];
  for (const step of steps) expect(await sapa(step)).toMatchObject({ code: 0, err: "" });
  const created = await sapa([
    "token",
    "create",
    "--district",
    "temir",
    "--label",
    "Темір, әдіскер",
    "--json",
  ]);
  expect(created).toMatchObject({ code: 0, err: "" });
  const issued = JSON.parse(created.out) as { id: string; token: string };
  tokenId = issued.id;
  await http.client(issued.token).submit(await makeSealedSubmission("temir", 9, 2));
  const json = await sapa(["audit", "--json"]);
  expect(json).toMatchObject({ code: 0, err: "" });
  entries = (JSON.parse(json.out) as { entries: typeof entries }).entries;
}, 120_000);

afterAll(async () => {
  await http?.stop();
});

describe("sapa audit", () => {
  it("gives --json as the server's entries: every step, newest first", async () => {
    expect(entries.map((e) => [e.action, e.district, e.year])).toEqual([
      ["review.resubmit", "temir", "2025-2026"],
      ["submission.create", "temir", "2025-2026"],
      ["token.create", "temir", null],
      ["year.unlock", null, "2025-2026"],
      ["year.lock", null, "2025-2026"],
      ["review.return", "temir", "2025-2026"],
      ["submission.create", "temir", "2025-2026"],
    ]);
    expect((await http.client("dev-region").audit(50)).entries).toEqual(entries);
  });

  it("says each step in Russian: when in Aktobe time, what, the district, the year and who", async () => {
    const res = await sapa(["audit", "--lang", "ru"]);
    expect(res).toMatchObject({ code: 0, err: "" });
    const t = entries.map((e) => aktobe(e.at));
    expect(res.out.split("\n")[0]).toBe("Журнал изменений (новые сверху)");
    expect(body(res.out)).toEqual([
      `${t[0]} · Снова отправлено после возврата: версия 2 · Темирский район · 2025-2026 · кто: Темір, әдіскер (Темирский район)`,
      `${t[1]} · Отправлен список: версия 2, педагогов 9 · Темирский район · 2025-2026 · кто: Темір, әдіскер (Темирский район)`,
      `${t[2]} · Выпущен ключ доступа: «Темір, әдіскер», район, ${tokenId} · Темирский район · кто: local development (область)`,
      `${t[3]} · Открыт учебный год · 2025-2026 · кто: local development (область)`,
      `${t[4]} · Закрыт учебный год · 2025-2026 · кто: local development (область)`,
      `${t[5]} · Возвращено с комментарием: «Категории в д/с №3», версия 1 · Темирский район · 2025-2026 · кто: local development (область)`,
      `${t[6]} · Отправлен список: версия 1, педагогов 8 · Темирский район · 2025-2026 · кто: local development (Темирский район)`,
    ]);
  });

  it("says them in Kazakh and in English too", async () => {
    const t = entries.map((e) => aktobe(e.at));
    const kk = await sapa(["audit", "--lang", "kk"]);
    expect(kk).toMatchObject({ code: 0, err: "" });
    expect(kk.out.split("\n")[0]).toBe("Өзгерістер журналы (жаңалары жоғарыда)");
    expect(body(kk.out)).toEqual([
      `${t[0]} · Қайтарылғаннан кейін қайта жіберілді: 2-нұсқа · Темір ауданы · 2025-2026 · кім: Темір, әдіскер (Темір ауданы)`,
      `${t[1]} · Тізім жіберілді: 2-нұсқа, 9 педагог · Темір ауданы · 2025-2026 · кім: Темір, әдіскер (Темір ауданы)`,
      `${t[2]} · Кіру кілті шығарылды: «Темір, әдіскер», аудан, ${tokenId} · Темір ауданы · кім: local development (облыс)`,
      `${t[3]} · Оқу жылы ашылды · 2025-2026 · кім: local development (облыс)`,
      `${t[4]} · Оқу жылы жабылды · 2025-2026 · кім: local development (облыс)`,
      `${t[5]} · Түсініктемемен қайтарылды: «Категории в д/с №3», 1-нұсқа · Темір ауданы · 2025-2026 · кім: local development (облыс)`,
      `${t[6]} · Тізім жіберілді: 1-нұсқа, 8 педагог · Темір ауданы · 2025-2026 · кім: local development (Темір ауданы)`,
    ]);
    const en = await sapa(["audit", "--lang", "en"]);
    expect(en).toMatchObject({ code: 0, err: "" });
    expect(en.out.split("\n")[0]).toBe("Audit trail (newest first)");
    expect(body(en.out)).toEqual([
      `${t[0]} · Submitted again after a return: revision 2 · Temir district · 2025-2026 · by Темір, әдіскер (Temir district)`,
      `${t[1]} · Roster submitted: revision 2, 9 teachers · Temir district · 2025-2026 · by Темір, әдіскер (Temir district)`,
      `${t[2]} · Access key issued: “Темір, әдіскер”, district, ${tokenId} · Temir district · by local development (region)`,
      `${t[3]} · Academic year unlocked · 2025-2026 · by local development (region)`,
      `${t[4]} · Academic year locked · 2025-2026 · by local development (region)`,
      `${t[5]} · Returned with a comment: “Категории в д/с №3”, revision 1 · Temir district · 2025-2026 · by local development (region)`,
      `${t[6]} · Roster submitted: revision 1, 8 teachers · Temir district · 2025-2026 · by local development (Temir district)`,
    ]);
  });

  it("shows Aktobe's clock, five hours ahead of UTC", () => {
    const at = entries[0]!.at;
    expect(at).toMatch(/Z$/);
    const utcHour = Number(at.slice(11, 13));
    expect(Number(aktobe(at).slice(11, 13))).toBe((utcHour + 5) % 24);
  });

  it("shows only the newest --limit entries and says how to see more", async () => {
    const res = await sapa(["audit", "--limit", "2", "--lang", "ru"]);
    expect(res).toMatchObject({ code: 0, err: "" });
    const lines = body(res.out);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain("Снова отправлено после возврата: версия 2");
    expect(lines[1]).toContain("Отправлен список: версия 2, педагогов 9");
    expect(lines.slice(2)).toEqual([
      "",
      "Показаны последние записи: 2; больше: sapa audit --limit N (до 1000)",
    ]);
    const json = JSON.parse((await sapa(["audit", "--limit", "3", "--json"])).out) as { entries: unknown[] };
    expect(json.entries).toEqual(entries.slice(0, 3));
    const all = await sapa(["audit", "--limit", "1000", "--lang", "en"]);
    expect(body(all.out)).toHaveLength(7);
    expect(all.out).not.toContain("for more");
  });

  it("refuses a district token with the server's 403 (exit 1)", async () => {
    const res = await sapa(["audit", "--lang", "ru"], "dev-temir");
    expect(res.code).toBe(1);
    expect(res.out).toBe("");
    expect(res.err).toMatch(/^Сервер отклонил запрос \(403\)/);
  });

  it("refuses a --limit outside 1–1000 before calling the server (exit 2)", async () => {
    for (const value of ["0", "1001", "ten", "2.5", "-3"]) {
      // No server listens on port 9: a call would fail with a network error instead.
      const res = await sapaInProcess(["audit", "--limit", value, "--lang", "en"], {
        env: { SAPA_SERVER: "http://127.0.0.1:9", SAPA_TOKEN: "dev-region" },
      });
      expect(res).toMatchObject({ code: 2, out: "" });
      expect(res.err).toBe(`--limit must be a whole number from 1 to 1000: “${value}”.`);
    }
    const ru = await sapa(["audit", "--limit", "5000", "--lang", "ru"]);
    expect(ru.code).toBe(2);
    expect(ru.err).toBe("--limit должен быть целым числом от 1 до 1000: «5000».");
  });

  it("is in the help in every language", async () => {
    for (const [lang, word] of [
      ["kk", "Өзгерістер журналы"],
      ["ru", "Журнал изменений"],
      ["en", "The audit trail"],
    ] as const) {
      const help = await sapa(["help", "audit", "--lang", lang]);
      expect(help.code).toBe(0);
      expect(help.out).toContain("sapa audit [--limit N] [--json]");
      expect(help.out).toContain(word);
      const all = await sapa(["--help", "--lang", lang]);
      expect(all.out).toContain("sapa audit [--limit N] [--json]");
    }
  });
});
