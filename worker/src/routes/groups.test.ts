import {
  GroupListSchema,
  GroupReportSchema,
  GroupSavedSchema,
  MAX_GROUP_MEMBERS,
  type CategoryKey,
  type DistrictId,
  type GroupMember,
  type Submission,
} from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";
import { YEAR, makeSubmission } from "../../test/fixtures.ts";
import { MAX_GROUP_MEMBERS_BYTES, membersJson } from "../db/groups.ts";

/** A generated roster whose organisations, categories and award dates are set to known values. */
async function roster(
  district: DistrictId,
  plan: [organization: string, category: CategoryKey, date: string, count: number][],
  seed: number,
): Promise<Submission> {
  const rows = plan.flatMap(([organization, category, date, n]) =>
    Array.from({ length: n }, () => ({ organization, category, date })),
  );
  const body = await makeSubmission(district, rows.length, seed);
  return {
    ...body,
    columns: [...new Set([...body.columns, "categoryDate" as const])],
    rows: body.rows.map((r, i) => ({
      ...r,
      organization: rows[i]!.organization,
      category: rows[i]!.category,
      categoryDate: rows[i]!.date,
      categoryDateYearOnly: false,
    })),
  };
}

const submit = async (body: Submission) => {
  const res = await call("/api/submissions", {
    body: await sealed(body),
    token: TOKENS.district(body.district),
  });
  expect(res.status).toBe(201);
};

const region = { token: TOKENS.region };
const path = (name: string, tail = "") => `/api/groups/${encodeURIComponent(name)}${tail}`;
const CENTRES = "Құзыреттілік орталықтары";

beforeAll(async () => {
  await seedTokens();
  // Shalkar's centre "Ясли-сад № 5": 10 teachers (4 expert, 2 moderators awarded this year, 4 pedagogues).
  await submit(
    await roster(
      "shalkar",
      [
        ["ГККП «Ясли-сад № 5»", "expert", "2022-03-01", 4],
        ["ГККП «Ясли-сад № 5»", "moderator", "2025-10-01", 2],
        ["ГККП «Ясли-сад № 5»", "pedagog", "2021-05-05", 4],
        ["№1 балабақша", "pedagog", "2021-05-05", 7],
      ],
      1,
    ),
  );
  // Alga's centre "Айгөлек": 10 teachers (a researcher and an expert awarded this year, 8 pedagogues).
  await submit(
    await roster(
      "alga",
      [
        ["«Айгөлек» балабақшасы", "researcher", "2025-11-20", 1],
        ["«Айгөлек» балабақшасы", "expert", "2025-09-15", 1],
        ["«Айгөлек» балабақшасы", "pedagog", "2021-05-05", 8],
        ["№1 балабақша", "master", "2024-01-10", 5],
      ],
      2,
    ),
  );
});

describe("PUT /api/groups/:name", () => {
  it("stores the group and reports the members that match no organisation, without refusing them", async () => {
    const res = await call(path(CENTRES, `?year=${YEAR}`), {
      method: "PUT",
      ...region,
      body: {
        members: [
          { district: "shalkar", organization: "гккп ясли-сад №5" },
          { district: "alga", organization: "Айгөлек балабақшасы" },
          { district: "temir", organization: "№1 балабақша" },
          { district: "mugalzhar", organization: "Балапан" },
          { district: "shalkar", organization: "ГККП Ясли-сад № 5" },
        ],
      },
    });
    expect(res.status).toBe(201);
    const saved = GroupSavedSchema.parse(await json(res));
    expect(saved.group.name).toBe(CENTRES);
    // The repeated Shalkar member is kept once.
    expect(saved.group.members).toHaveLength(4);
    expect(saved.unmatched).toEqual([
      { district: "temir", organization: "№1 балабақша" },
      { district: "mugalzhar", organization: "Балапан" },
    ]);
    const audit = await env.DB.prepare(
      "SELECT action, token_id, detail FROM audit_log WHERE action LIKE 'group.%' ORDER BY id",
    ).all<{ action: string; token_id: string; detail: string }>();
    expect(audit.results.map((r) => [r.action, r.token_id, JSON.parse(r.detail)])).toEqual([
      ["group.put", "t-region", { name: CENTRES, members: 4, unmatched: 2 }],
    ]);
  });

  it("replaces the members of the same group under another spelling of its name (200)", async () => {
    const res = await call(path("магнит"), {
      method: "PUT",
      ...region,
      body: { members: [{ district: "alga", organization: "№1 балабақша" }] },
    });
    expect(res.status).toBe(201);
    const again = await call(path(" МАГНИТ ", `?year=${YEAR}`), {
      method: "PUT",
      ...region,
      body: {
        members: [
          { district: "alga", organization: "№ 1 балабақша" },
          { district: "shalkar", organization: "№1 балабақша" },
        ],
      },
    });
    expect(again.status).toBe(200);
    expect(GroupSavedSchema.parse(await json(again)).unmatched).toEqual([]);
    const list = GroupListSchema.parse(await json(await call("/api/groups", region)));
    expect(list.groups.map((g) => [g.name, g.members.length])).toEqual([
      [CENTRES, 4],
      ["МАГНИТ", 2],
    ]);
  });

  it("refuses bad input with 400: no members, an unknown district, a slash in the name", async () => {
    const bad = [
      { name: "A", body: { members: [] } },
      { name: "A", body: { members: [{ district: "almaty", organization: "№1" }] } },
      { name: "A", body: { members: [{ district: "alga", organization: "№1" }], extra: 1 } },
    ];
    for (const b of bad) {
      const res = await call(path(b.name), { method: "PUT", ...region, body: b.body });
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe("invalid-input");
    }
    const slash = await call("/api/groups/a%2Fb", {
      method: "PUT",
      ...region,
      body: { members: [{ district: "alga", organization: "№1" }] },
    });
    expect(slash.status).toBe(400);
  });
});

describe("GET /api/groups/:name/report", () => {
  it("gives the group's figures from its organisations' newest data", async () => {
    const res = await call(path(CENTRES, `/report?year=${YEAR}`), region);
    expect(res.status).toBe(200);
    const report = GroupReportSchema.parse(await json(res));
    expect(report.organizations.map((o) => [o.district, o.name, o.teachers])).toEqual([
      ["alga", "«Айгөлек» балабақшасы", 10],
      ["shalkar", "ГККП «Ясли-сад № 5»", 10],
    ]);
    const f = report.figures;
    expect(f).toMatchObject({ teachers: 20, organizations: 2 });
    expect(f.byCategory).toMatchObject({ pedagog: 12, moderator: 2, expert: 5, researcher: 1, master: 0 });
    expect(f.qualitativeShare).toBeCloseTo(6 / 20, 12);
    expect(f.awardedInYear).toMatchObject({ moderator: 2, expert: 1, researcher: 1 });
    // Stage 1 of 20 teachers: 8% → 1.6 moderators (2 awarded), 5% → 1 expert (1), 2% → 0.4 (1); the master's
    // 0.002 of a teacher is the region's target, not the group's.
    const lines = f.stage.categories!;
    expect(Object.values(lines).map((l) => l.teachersNeeded)).toEqual([0, 0, 0, 0]);
    expect(lines.master.regionalTarget).toBe(true);
    expect(f.stage.total).toMatchObject({ awarded: 4, teachersNeeded: 0, verdict: "above" });
    expect(report.unmatched).toHaveLength(2);
  });

  it("follows a resubmission: the newest revision counts", async () => {
    await submit(
      await roster(
        "alga",
        [
          ["«Айгөлек» балабақшасы", "expert", "2025-09-15", 3],
          ["«Айгөлек» балабақшасы", "pedagog", "2021-05-05", 2],
        ],
        3,
      ),
    );
    const report = GroupReportSchema.parse(
      await json(await call(path(CENTRES, `/report?year=${YEAR}`), region)),
    );
    expect(report.figures.teachers).toBe(15);
    expect(report.figures.byCategory.expert).toBe(7);
    expect(report.figures.qualitativeShare).toBeCloseTo(7 / 15, 12);
  });

  it("is an empty group in a year without data, every member unmatched", async () => {
    const report = GroupReportSchema.parse(
      await json(await call(path(CENTRES, "/report?year=2026-2027"), region)),
    );
    expect(report.figures.teachers).toBe(0);
    expect(report.figures.stage.stage).toBe(2);
    expect(report.unmatched).toHaveLength(4);
  });

  it("answers 404 in the caller's language for an unknown group", async () => {
    const res = await call(path("Жоқ топ", "/report?lang=ru"), region);
    expect(res.status).toBe(404);
    const body = await json(res);
    expect(body.error.code).toBe("group-not-found");
    expect(body.error.message).toBe("Такой группы нет. Проверьте название по списку групп.");
  });
});

describe("access", () => {
  it("is the region's only: no token 401, a district token 403 on every endpoint", async () => {
    const member = { members: [{ district: "alga", organization: "№1 балабақша" }] };
    const requests: [string, { method?: string; body?: unknown }][] = [
      ["/api/groups", {}],
      [path(CENTRES), { method: "PUT", body: member }],
      [path(CENTRES), { method: "DELETE" }],
      [path(CENTRES, "/report"), {}],
    ];
    for (const [url, opts] of requests) {
      expect((await call(url, opts)).status).toBe(401);
      const res = await call(url, { ...opts, token: TOKENS.district("alga") });
      expect(res.status).toBe(403);
      expect((await json(res)).error.code).toBe("forbidden-role");
    }
    // Nothing changed for the district's attempts.
    const list = GroupListSchema.parse(await json(await call("/api/groups", region)));
    expect(list.groups.find((g) => g.name === CENTRES)?.members).toHaveLength(4);
  });
});

describe("DELETE /api/groups/:name", () => {
  it("deletes a group, audits it, and answers 404 the second time", async () => {
    const res = await call(path("магнит"), { method: "DELETE", ...region });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ deleted: "МАГНИТ" });
    const again = await call(path("магнит"), { method: "DELETE", ...region });
    expect(again.status).toBe(404);
    expect((await json(again)).error.code).toBe("group-not-found");
    const list = GroupListSchema.parse(await json(await call("/api/groups", region)));
    expect(list.groups.map((g) => g.name)).toEqual([CENTRES]);
    const deletes = await env.DB.prepare("SELECT detail FROM audit_log WHERE action = 'group.delete'").all<{
      detail: string;
    }>();
    expect(deletes.results.map((r) => JSON.parse(r.detail))).toEqual([{ name: "МАГНИТ" }]);
  });
});

describe("a group too large for one D1 value", () => {
  /**
   * MAX_GROUP_MEMBERS distinct organisations of Alga whose member list is exactly `bytes` UTF-8 bytes as
   * JSON: names of the 500 characters a name may have, of a two-byte Kazakh letter, trimmed to the size.
   */
  function membersOfBytes(bytes: number): GroupMember[] {
    const names = Array.from({ length: MAX_GROUP_MEMBERS }, (_, i) => `${i + 1} `.padEnd(500, "ә"));
    const of = (list: string[]) => list.map((organization) => ({ district: "alga" as const, organization }));
    const over = membersJson(of(names)).bytes - bytes;
    expect(over).toBeGreaterThan(0);
    // Each letter off a name is two bytes less; an odd byte is one letter made a one-byte "a".
    let letters = Math.floor(over / 2);
    for (let i = names.length - 1; letters > 0; i--) {
      const off = Math.min(letters, 400);
      names[i] = names[i]!.slice(0, -off);
      letters -= off;
    }
    if (over % 2 === 1) names[0] = `${names[0]!.slice(0, -1)}a`;
    const members = of(names);
    expect(membersJson(members).bytes).toBe(bytes);
    return members;
  }

  it("is refused with 413 before anything is written, saying the size allowed, in the caller's language", async () => {
    const members = membersOfBytes(MAX_GROUP_MEMBERS_BYTES + 1);
    for (const [lang, words] of [
      // Counts grouped as each language writes them (a no-break space in kk and ru).
      ["en", /names of its 2,000 organisations take 1,901 KB, and one group holds at most 1,900 KB/],
      [
        "ru",
        /названия её организаций \(2\u00a0000\) занимают 1\u00a0901 КБ, а в одной группе помещается не более 1\u00a0900 КБ/,
      ],
      ["kk", /2\u00a0000 ұйымның атаулары 1\u00a0901 КБ алады, ал бір топқа ең көбі 1\u00a0900 КБ сыяды/],
    ] as const) {
      const res = await call(path("Үлкен топ"), {
        method: "PUT",
        ...region,
        body: { members },
        headers: { "Accept-Language": lang },
      });
      expect(res.status).toBe(413);
      const { error } = await json(res);
      expect(error).toMatchObject({
        code: "group-too-large",
        details: { members: 2000, maxMembers: 2000, bytes: 1_900_001, limitBytes: 1_900_000 },
      });
      expect(error.message).toMatch(words);
    }
    // The longest list the schema lets through (about 3 MB), which D1 itself refused with a 500 before.
    const longest = Array.from({ length: MAX_GROUP_MEMBERS }, (_, i) => ({
      district: "alga",
      organization: `${i + 1} `.padEnd(500, "№"),
    }));
    const res = await call(path("Үлкен топ"), { method: "PUT", ...region, body: { members: longest } });
    expect(res.status).toBe(413);
    expect((await json(res)).error.details).toMatchObject({ members: 2000, bytes: 3_058_215, sizeKb: 3059 });
    const list = GroupListSchema.parse(await json(await call("/api/groups", region)));
    expect(list.groups.map((g) => g.name)).not.toContain("Үлкен топ");
    const audited = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'group.put' AND detail LIKE '%Үлкен топ%'",
    ).first<{ n: number }>();
    expect(audited!.n).toBe(0);
  });

  it("keeps a group of exactly the largest size, whole", async () => {
    const members = membersOfBytes(MAX_GROUP_MEMBERS_BYTES);
    const res = await call(path("Үлкен топ"), { method: "PUT", ...region, body: { members } });
    expect(res.status).toBe(201);
    const list = GroupListSchema.parse(await json(await call("/api/groups", region)));
    expect(list.groups.find((g) => g.name === "Үлкен топ")!.members).toEqual(members);
    expect((await call(path("Үлкен топ"), { method: "DELETE", ...region })).status).toBe(200);
  });
});
