import type { AuditEntry, TokenRecord } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import { formatAuditLine, type AuditContext } from "./audit-output.ts";

const region: TokenRecord = {
  id: "tok_1a2b3c4d",
  role: "region",
  district: null,
  label: "Әдістемелік орталық",
  createdAt: "2026-09-01T04:00:00.000Z",
  revokedAt: null,
};
const ctx: AuditContext = { tokens: new Map([[region.id, region]]), revisions: new Map() };

const entry = (e: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: "2026-12-07T18:30:00.000Z",
  tokenId: region.id,
  action: "year.lock",
  district: null,
  year: null,
  detail: null,
  ...e,
});

describe("formatAuditLine", () => {
  it("says a newer server's action by its own name, without a detail it cannot read", () => {
    const line = formatAuditLine(
      entry({ action: "report.export", district: "shalkar", year: "2026-2027", detail: { format: [1] } }),
      ctx,
      "ru",
    );
    expect(line).toBe(
      "07.12.2026 23:30 · report.export · Шалкарский район · 2026-2027 · кто: Әдістемелік орталық (область)",
    );
  });

  it("names a token no longer listed by its id, and the first token's issue by whoever runs the server", () => {
    expect(formatAuditLine(entry({ tokenId: "tok_gone", year: "2025-2026" }), ctx, "en")).toBe(
      "07.12.2026 23:30 · Academic year locked · 2025-2026 · by tok_gone",
    );
    expect(
      formatAuditLine(
        entry({
          tokenId: null,
          action: "token.create",
          detail: { id: region.id, role: "region", via: "first-token" },
        }),
        ctx,
        "kk",
      ),
    ).toBe(
      "07.12.2026 23:30 · Кіру кілті шығарылды: «Әдістемелік орталық», облыс, tok_1a2b3c4d · кім: Sapa серверіне қызмет көрсететін маман",
    );
  });

  it("names a submission's revision from its entry, or for an older entry from the district's history", () => {
    const submission = (detail: object, revisions = new Map<string, number>()) =>
      formatAuditLine(
        entry({ action: "submission.create", district: "temir", year: "2025-2026", detail }),
        { ...ctx, revisions },
        "en",
      ).split(" · ")[1];
    expect(submission({ id: "s-3", rows: 184, revision: 3 })).toBe(
      "Roster submitted: revision 3, 184 teachers",
    );
    expect(submission({ id: "s-1", rows: 180 }, new Map([["s-1", 1]]))).toBe(
      "Roster submitted: revision 1, 180 teachers",
    );
    expect(submission({ id: "s-9", rows: 7 })).toBe("Roster submitted: 7 teachers");
  });

  it("gives the detail that matters: targets' year, the window, a setting, a group, a long comment cut", () => {
    const ru = (e: Partial<AuditEntry>) => formatAuditLine(entry(e), ctx, "ru").split(" · ").slice(1, -1);
    expect(ru({ action: "targets.put", year: "2026-2027", detail: { year: "2026-2027" } })).toEqual([
      "Изменены целевые показатели",
      "2026-2027",
    ]);
    expect(ru({ action: "years.window", detail: { from: "2025-2026", to: "2028-2029" } })).toEqual([
      "Изменены учебные годы, за которые принимаются отчёты: 2025-2026 – 2028-2029",
    ]);
    expect(ru({ action: "settings.put", detail: { minYearsSinceAward: 3 } })).toEqual([
      "Изменены настройки области: минимум лет после последней категории: 3",
    ]);
    expect(ru({ action: "group.put", detail: { name: "Сельские д/с", members: 14, unmatched: 0 } })).toEqual([
      "Сохранена группа организаций: «Сельские д/с», организаций: 14",
    ]);
    expect(ru({ action: "group.delete", detail: { name: "Сельские д/с" } })).toEqual([
      "Удалена группа организаций: «Сельские д/с»",
    ]);
    expect(ru({ action: "key.publish", detail: { keyId: "rk_2026", replaces: null } })).toEqual([
      "Опубликован ключ области: rk_2026",
    ]);
    const comment = `Проверьте категории:\n${"д/с №3, ".repeat(20)}`;
    const [returned] = ru({ action: "review.return", detail: { comment, revision: 4 } });
    expect(returned).toMatch(
      /^Возвращено с комментарием: «Проверьте категории: д\/с №3, .{60,}…», версия 4$/,
    );
    expect([...returned!.slice(returned!.indexOf("«") + 1, returned!.indexOf("»"))]).toHaveLength(100);
  });
});
