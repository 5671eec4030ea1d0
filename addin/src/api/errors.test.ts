import { describe, expect, it } from "vitest";
import { apiError } from "../../test/api-error.ts";
import { translator } from "../translate.ts";
import { describeApiError } from "./errors.ts";

describe("describeApiError on a conflict (409)", () => {
  const kk = translator("kk");
  const ru = translator("ru");

  it("says by the envelope's code whether the data is accepted, the review moved or the year is locked", () => {
    const accepted = apiError(409, "review-accepted", "Область приняла данные района");
    expect(describeApiError(accepted, ru)).toEqual({
      advice: ru("errReviewAccepted"),
      serverMessage: "Область приняла данные района",
    });
    expect(describeApiError(accepted, ru).advice).toContain("переоткрыть");
    expect(describeApiError(apiError(409, "review-stale", "x"), kk).advice).toContain("жаңа нұсқа");
    expect(describeApiError(apiError(409, "review-invalid-transition", "x"), ru).advice).toContain(
      "Таблица обновлена",
    );
    expect(describeApiError(apiError(409, "year-locked", "x"), ru).advice).toContain("закрыла");
  });

  it("keeps the general conflict advice for the other codes, and it does not say the year is locked", () => {
    // A key published meanwhile (region), a reused idempotency key: the server's own message says which.
    for (const code of [
      "idempotency-key-reused",
      "key-changed",
      "key-retired",
      "region-key-missing",
    ] as const) {
      const said = describeApiError(apiError(409, code, "Сервер: ключ изменился"), ru);
      expect(said, code).toEqual({ advice: ru("err409"), serverMessage: "Сервер: ключ изменился" });
    }
    expect(ru("err409")).not.toContain("закрыла");
    expect(kk("err409")).not.toContain("жапқан");
  });
});

describe("describeApiError by code where the status would mislead", () => {
  const ru = translator("ru");

  it("tells a role's access key from a district's, a year not taken from a bad request, an empty roster from errors", () => {
    expect(describeApiError(apiError(403, "forbidden-district", "x"), ru).advice).toBe(ru("err403"));
    expect(describeApiError(apiError(403, "forbidden-role", "x"), ru).advice).toContain("вашей роли");
    // 400 is otherwise "update the add-in"; a year the region does not take is about the report date.
    expect(describeApiError(apiError(400, "year-not-open", "x"), ru).advice).toContain("дату отчёта");
    expect(describeApiError(apiError(400, "bad-json", "x"), ru).advice).toBe(ru("err400"));
    // 422 is otherwise "the server found errors in the roster".
    expect(describeApiError(apiError(422, "roster-empty", "x"), ru).advice).toContain(
      "нет ни одного педагога",
    );
    expect(describeApiError(apiError(422, "roster-has-errors", "x"), ru).advice).toBe(ru("err422"));
    expect(describeApiError(apiError(422, "report-date-outside-year", "x"), ru).advice).toContain(
      "Дата отчёта не входит",
    );
    // A body cut off on the way is sent again by the outbox, not "update the add-in".
    expect(describeApiError(apiError(400, "body-incomplete", "x"), ru).advice).toContain(
      "будут отправлены снова",
    );
  });
});

describe("describeApiError for the regional centre", () => {
  const kk = translator("kk");
  const ru = translator("ru");

  it("does not send the regional centre to itself: a refused key and a server down name who can help", () => {
    const refused = apiError(401, "token-invalid", "x");
    const down = apiError(503, "internal", "x");
    for (const t of [kk, ru]) {
      // a district is sent to the regional centre, as before
      expect(describeApiError(refused, t).advice).toBe(t("err401"));
      expect(describeApiError(down, t).advice).toBe(t("err5xx"));
      expect(describeApiError(refused, t, true).advice).toBe(t("err401Region"));
      expect(describeApiError(down, t, true).advice).toBe(t("err5xxRegion"));
    }
    expect(describeApiError(refused, ru, true).advice).not.toContain("методическ");
    expect(describeApiError(down, ru, true).advice).not.toContain("методическ");
    expect(describeApiError(refused, kk, true).advice).not.toContain("әдістемелік");
    expect(describeApiError(down, kk, true).advice).toContain("Sapa серверіне");
    // a locked year: the region is not told "the region has locked it, wait till it is unlocked"
    const locked = apiError(409, "year-locked", "x");
    expect(describeApiError(locked, ru).advice).toBe(ru("errYearLocked"));
    expect(describeApiError(locked, ru, true).advice).toBe(ru("errYearLockedRegion"));
    expect(describeApiError(locked, ru, true).advice).not.toContain("Область закрыла");
    // it points at the Region tab's button, which unlocks the year, in every language
    for (const tr of [ru, kk, translator("en")])
      expect(describeApiError(locked, tr, true).advice).toContain(tr("yearUnlock"));
    // a body over the server's limit: the region is told where the limit is set, not to call itself
    const tooLarge = apiError(413, "too-large", "x");
    for (const [tr, centre] of [
      [ru, "методическ"],
      [kk, "әдістемелік"],
      [translator("en"), "methodical"],
    ] as const) {
      expect(describeApiError(tooLarge, tr).advice).toBe(tr("err413"));
      expect(describeApiError(tooLarge, tr).advice).toContain(centre);
      const advice = describeApiError(tooLarge, tr, true).advice;
      expect(advice).toBe(tr("err413Region"));
      expect(advice).not.toContain(centre);
      expect(advice).toContain("MAX_BODY_BYTES");
      expect(advice).toContain("worker/wrangler.jsonc");
    }
    // the other advice does not depend on who asks
    expect(describeApiError(apiError(0, "network", "x"), ru, true).advice).toBe(ru("errNetwork"));
  });
});
