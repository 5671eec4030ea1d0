import { describe, expect, it } from "vitest";
import { errorFromResponse } from "./error-response.ts";

const envelope = (code: string, status = 409, details?: unknown) =>
  new Response(JSON.stringify({ error: { code, message: "Отчётность закрыта", details } }), { status });

describe("errorFromResponse", () => {
  it("keeps a known envelope code and the server's message", async () => {
    const error = await errorFromResponse(envelope("year-locked"), "ru");
    expect(error).toMatchObject({ status: 409, code: "year-locked", fromServer: true });
    expect(error.message).toBe("Отчётность закрыта");
  });

  it("gives a code this build does not know (a newer server's) as http-<status>, with the server's message", async () => {
    const error = await errorFromResponse(envelope("year-archived"), "kk");
    expect(error).toMatchObject({ status: 409, code: "http-409", fromServer: true });
    expect(error.message).toBe("Отчётность закрыта");
  });

  it("lists a 422's problems when its details hold a valid problem list, and none when they do not", async () => {
    const problem = {
      code: "iin-invalid",
      severity: "error",
      row: 4,
      column: "B",
      field: "iin",
      value: "123",
      message: { kk: "ЖСН қате", ru: "ИИН неверен", en: "ИИН is invalid" },
    };
    const listed = await errorFromResponse(envelope("roster-has-errors", 422, { problems: [problem] }), "ru");
    expect(listed.problems).toEqual([problem]);
    // A malformed list stays in details, unlisted; any other status lists none.
    const malformed = await errorFromResponse(
      envelope("roster-has-errors", 422, { problems: [{ row: "x" }] }),
      "ru",
    );
    expect(malformed.problems).toEqual([]);
    expect(malformed.details).toEqual({ problems: [{ row: "x" }] });
    const conflict = await errorFromResponse(envelope("year-locked", 409, { problems: [problem] }), "ru");
    expect(conflict.problems).toEqual([]);
  });
});
