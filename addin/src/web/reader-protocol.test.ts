import { describe, expect, it } from "vitest";
import { FileReadError } from "@sapa/client/files";
import { errorData, errorFrom } from "./reader-protocol.ts";

/** As the reply crosses from the worker to the page: structured clone, which keeps data and drops classes. */
const across = <T>(value: T): T => structuredClone(value);

describe("the reader's errors between the worker and the page", () => {
  it("keep a FileReadError's name, code and words in kk, ru and en", () => {
    const thrown = new FileReadError("file-password", { file: "Тізім.xlsx" });
    const error = errorFrom(across(errorData(thrown))) as Error & { code?: string; text?: unknown };
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.message]).toEqual([
      "FileReadError",
      "file-password",
      thrown.message,
    ]);
    expect(error.text).toEqual(thrown.text);
    expect((error.text as { ru: string }).ru).toMatch(/^Файл защищён паролем: Тізім\.xlsx\./);
  });

  it("keep any other error's name and message, and make words of nothing", () => {
    const error = errorFrom(across(errorData(new RangeError("Invalid array length")))) as Error & {
      text?: unknown;
    };
    expect([error.name, error.message, error.text]).toEqual([
      "RangeError",
      "Invalid array length",
      undefined,
    ]);
    expect(errorFrom(across(errorData("a string thrown"))).message).toBe("a string thrown");
    // Words missing a language are not words the page could show.
    const partial = Object.assign(new Error("x"), { text: { kk: "а", ru: "б" } });
    expect(errorData(partial)).toEqual({ name: "Error", message: "x" });
  });
});
