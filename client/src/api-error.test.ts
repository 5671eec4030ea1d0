import { ERROR_CODES } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { ApiError, errorFromResponse } from "./api-error.ts";

const envelope = (code: string, status = 409) =>
  new Response(JSON.stringify({ error: { code, message: "Отчётность закрыта" } }), { status });

describe("ApiError's code", () => {
  it("is one of the shared codes, so a misspelt code in a comparison does not compile", () => {
    const error = new ApiError({ status: 409, code: "year-locked", message: "x" });
    // @ts-expect-error "year-lock" is not an error code: the comparison is refused by the compiler.
    expect(error.code === "year-lock").toBe(false);
    // @ts-expect-error nor can an error be made with one.
    expect(new ApiError({ status: 409, code: "year-lockd", message: "x" }).code).toBe("year-lockd");
    expect(error.code === "year-locked").toBe(true);
    expect(ERROR_CODES).toContain(error.code);
  });

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
});
