import { describe, expect, it } from "vitest";
import { resolvedNotices, withNotice, withoutResults, type Notice } from "./use-notices.ts";

let id = 0;
const notice = (source: Notice["source"], intent: Notice["intent"], auth = false): Notice => ({
  id: ++id,
  source,
  intent,
  body: `${source} ${intent}`,
  auth,
});

describe("notices", () => {
  it("belong to their action: a new word from it replaces the old one", () => {
    let list = withNotice([], notice("submit", "error", true));
    list = withNotice(list, notice("check", "error"));
    list = withNotice(list, notice("submit", "warning"));
    expect(list.map((n) => n.body)).toEqual(["check error", "submit warning"]);
  });

  it("clear when their action succeeds, and an access-key refusal clears once any request passes", () => {
    let list = withNotice([], notice("submit", "error", true));
    list = withNotice(list, notice("highlight", "error"));
    list = withNotice(list, notice("report", "error"));
    // the connection test with the new key passed: the refusal raised by Submit is out of date
    expect(resolvedNotices(list, "connection", true).map((n) => n.body)).toEqual([
      "highlight error",
      "report error",
    ]);
    // a local success (no request) says nothing about the key
    expect(resolvedNotices(list, "highlight", false).map((n) => n.body)).toEqual([
      "submit error",
      "report error",
    ]);
  });

  it("keep at most three on screen, dropping other actions' successes", () => {
    let list = withNotice([], notice("settings", "success"));
    list = withNotice(list, notice("check", "error"));
    list = withNotice(list, notice("goto", "error"));
    list = withNotice(list, notice("report", "error"));
    list = withNotice(list, notice("roster", "success"));
    expect(list.map((n) => n.body)).toEqual(["goto error", "report error", "roster success"]);
  });

  it("lose their successes when the user moves to another tab: “highlighted” never sits above Submit's refusal", () => {
    const list = [
      notice("highlight", "success"),
      notice("connection", "success"),
      notice("report", "info"),
      notice("submit", "warning"),
      notice("key", "error"),
    ];
    expect(withoutResults(list).map((n) => n.body)).toEqual(["submit warning", "key error"]);
    const kept = withoutResults(list);
    expect(withoutResults(kept)).toBe(kept); // nothing to drop: the same list, no re-render
  });
});
