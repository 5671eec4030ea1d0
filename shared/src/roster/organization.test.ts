import { describe, expect, it } from "vitest";
import { collapseWhitespace, organizationKey } from "./organization.ts";

describe("collapseWhitespace", () => {
  it("turns NBSP, tabs, line breaks and runs of spaces into single spaces", () => {
    expect(collapseWhitespace("  Ахметова\u00a0\u00a0Айгүл\n Серікқызы\t")).toBe("Ахметова Айгүл Серікқызы");
    expect(collapseWhitespace("Ким\u200bЕлена")).toBe("Ким Елена");
  });
  it("returns clean text unchanged", () => {
    expect(collapseWhitespace("Ким Елена")).toBe("Ким Елена");
    expect(collapseWhitespace("")).toBe("");
    expect(collapseWhitespace("   ")).toBe("");
  });
});

describe("organizationKey", () => {
  it("folds case, quotes, spaces and the way a number is written", () => {
    const key = organizationKey("ГККП «Ясли-сад № 5»");
    expect(key).toBe("гккп ясли-сад №5");
    for (const name of [
      'ГККП "Ясли-сад №5"',
      "гккп  ясли-сад N5",
      "ГККП Ясли-сад N 5.",
      "  ГККП “Ясли-сад” №5 ",
      "ГККП 'Ясли-сад' No.5",
    ]) {
      expect(organizationKey(name), name).toBe(key);
    }
  });
  it("folds Kazakh letters typed on a Russian keyboard", () => {
    expect(organizationKey("№1 «Балапан» балабақшасы")).toBe(organizationKey("№1 Балапан балабакшасы"));
  });
  it("keeps different organisations apart", () => {
    expect(organizationKey("Ясли-сад №5")).not.toBe(organizationKey("Ясли-сад №15"));
    expect(organizationKey("Балапан")).not.toBe(organizationKey("Балдырған"));
  });
});
