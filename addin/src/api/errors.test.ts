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

  it("keeps the general conflict advice for a code it does not know", () => {
    expect(describeApiError(apiError(409, "idempotency-key-reused", "x"), kk).advice).toBe(kk("err409"));
  });
});
