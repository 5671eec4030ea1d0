import { ERROR_CODES } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.ts";

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
});
