import { describe, expect, it } from "vitest";
import { pickLang } from "./lang.ts";

describe("pickLang", () => {
  it("prefers ?lang=, then the best Accept-Language by q, then Kazakh", () => {
    expect(pickLang(undefined)).toBe("kk");
    expect(pickLang("fr-FR, de")).toBe("kk");
    expect(pickLang("ru-KZ,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(pickLang("en;q=0.5, kk;q=0.7, ru;q=0.6")).toBe("kk");
    expect(pickLang("ru;q=0, en")).toBe("en");
    expect(pickLang("ru", "en")).toBe("en");
    expect(pickLang("ru", "de")).toBe("ru");
    expect(pickLang("zz;q=abc")).toBe("kk");
  });
});
