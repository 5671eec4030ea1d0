import { PLAN_INDICATOR_TARGETS, PLAN_STAGE_TARGETS } from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, seedTokens } from "../../test/api.ts";
import { errorBody } from "../errors.ts";

beforeAll(seedTokens);

const token = TOKENS.region;
const auditCount = async () =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log").first<{ n: number }>())!.n;

/** One of the region's settings as a resource: where it is read and written, and a change to it. */
interface Resource {
  what: string;
  read: string;
  write: string;
  method?: "PUT" | "DELETE";
  /** The body of the n-th editor's change (the two editors make different ones). */
  change: (n: number) => unknown;
  /** What GET shows of the stored change, in the change's own shape (to tell whose change is stored). */
  shown: (reply: unknown) => unknown;
}

const plan2027 = PLAN_STAGE_TARGETS.find((t) => t.year === "2026-2027")!;
const RESOURCES: Resource[] = [
  {
    what: "the settings",
    read: "/api/settings",
    write: "/api/settings",
    change: (n) => ({ minYearsSinceAward: n % 6 }),
    shown: (r) => (r as { settings: unknown }).settings,
  },
  {
    what: "one year's stage targets",
    read: "/api/targets?year=2026-2027",
    write: "/api/targets/2026-2027",
    change: (n) => ({ ...plan2027, targets: { ...plan2027.targets, master: n / 1000 } }),
    shown: (r) => (r as { targets: unknown[] }).targets[0],
  },
  {
    what: "the indicator targets",
    read: "/api/targets/indicators",
    write: "/api/targets/indicators",
    change: (n) => ({ ...PLAN_INDICATOR_TARGETS, eventParticipation: n / 10 }),
    shown: (r) => (r as { indicators: unknown }).indicators,
  },
  {
    what: "the year window",
    read: "/api/years/window",
    write: "/api/years/window",
    change: (n) => ({ from: "2028-2029", to: `${2028 + n}-${2029 + n}` }),
    shown: (r) => (r as { window: unknown }).window,
  },
  {
    what: "a group",
    read: "/api/groups/Editors",
    write: "/api/groups/Editors",
    change: (n) => ({ members: [{ district: "alga", organization: `School ${n}` }] }),
    shown: (r) => ({ members: (r as { group: { members: unknown } }).group.members }),
  },
];

async function get(path: string) {
  const res = await call(path, { token });
  expect(res.status, path).toBe(200);
  const tag = res.headers.get("ETag");
  expect(tag, path).toMatch(/^"\d+"$/);
  return { tag: tag!, body: await json(res) };
}

const put = (r: Resource, n: number, ifMatch?: string) =>
  call(r.write, {
    method: "PUT",
    token,
    body: r.change(n),
    headers: ifMatch === undefined ? {} : { "If-Match": ifMatch },
  });

describe("optimistic concurrency of the region's settings (ETag, If-Match)", () => {
  beforeAll(async () => {
    // The group exists before its editors open it.
    expect((await put(RESOURCES[4]!, 1)).status).toBe(201);
  });

  for (const r of RESOURCES) {
    it(`lets two editors of ${r.what} not overwrite each other`, async () => {
      // Both open it: the same version.
      const a = await get(r.read);
      const b = await get(r.read);
      expect(b.tag).toBe(a.tag);
      const before = await auditCount();
      // A saves first: 200 and the new version's tag, which GET now shows.
      const saved = await put(r, 2, a.tag);
      expect(saved.status).toBe(200);
      const newTag = saved.headers.get("ETag");
      expect(newTag).toMatch(/^"\d+"$/);
      expect(newTag).not.toBe(a.tag);
      const afterA = await get(r.read);
      expect(afterA.tag).toBe(newTag);
      expect(r.shown(afterA.body)).toEqual(r.change(2));
      expect(await auditCount()).toBe(before + 1);
      // B saves on the version it opened: 412 in B's language, nothing written, nothing audited.
      const stale = await call(r.write, {
        method: "PUT",
        token,
        body: r.change(3),
        headers: { "If-Match": b.tag, "Accept-Language": "en" },
      });
      expect(stale.status).toBe(412);
      expect(stale.headers.get("ETag")).toBeNull();
      expect(await json(stale)).toEqual(errorBody("precondition-failed", "en"));
      const afterB = await get(r.read);
      expect(afterB.tag).toBe(newTag);
      expect(r.shown(afterB.body)).toEqual(r.change(2));
      expect(await auditCount()).toBe(before + 1);
      // B reloads and applies its change again: it goes through.
      const again = await put(r, 3, afterB.tag);
      expect(again.status).toBe(200);
      const final = await get(r.read);
      expect(final.tag).toBe(again.headers.get("ETag"));
      expect(r.shown(final.body)).toEqual(r.change(3));
      // Without If-Match a write goes through as before, and is a new version too.
      const blind = await put(r, 4);
      expect(blind.status).toBe(200);
      expect(blind.headers.get("ETag")).not.toBe(final.tag);
    });

    it(`lets one of two simultaneous writes of ${r.what} on one version through, never both`, async () => {
      const { tag } = await get(r.read);
      const before = await auditCount();
      const answers = await Promise.all([put(r, 5, tag), put(r, 6, tag)]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
      const won = answers.findIndex((a) => a.status === 200);
      const stored = await get(r.read);
      expect(stored.tag).toBe(answers[won]!.headers.get("ETag"));
      expect(r.shown(stored.body)).toEqual(r.change(5 + won));
      expect(await auditCount()).toBe(before + 1);
    });
  }

  it("refuses an If-Match of another form (a weak tag, a stranger's, one unquoted) with 412", async () => {
    const { tag } = await get("/api/settings");
    for (const ifMatch of [`W/${tag}`, '"abc"', tag.slice(1, -1), ","]) {
      const res = await call("/api/settings", {
        method: "PUT",
        token,
        body: { minYearsSinceAward: 1 },
        headers: { "If-Match": ifMatch },
      });
      expect([ifMatch, res.status]).toEqual([ifMatch, 412]);
    }
    // A list holds when one of its tags is current.
    const res = await call("/api/settings", {
      method: "PUT",
      token,
      body: { minYearsSinceAward: 1 },
      headers: { "If-Match": `"1", ${tag}` },
    });
    expect(res.status).toBe(200);
  });

  it("checks If-Match on a PUT of the settings that changes none of them", async () => {
    const { tag } = await get("/api/settings");
    const stale = await call("/api/settings", {
      method: "PUT",
      token,
      body: {},
      headers: { "If-Match": '"0"' },
    });
    expect(stale.status).toBe(412);
    const current = await call("/api/settings", {
      method: "PUT",
      token,
      body: {},
      headers: { "If-Match": tag },
    });
    expect(current.status).toBe(200);
    expect(current.headers.get("ETag")).toBe(tag);
  });
});

describe("If-Match on a group", () => {
  const path = (name: string) => `/api/groups/${encodeURIComponent(name)}`;
  const members = [{ district: "alga", organization: "Школа 1" }];
  const others = [{ district: "alga", organization: "Школа 2" }];
  const write = (name: string, method: "PUT" | "DELETE", ifMatch: string) =>
    call(path(name), {
      method,
      token,
      ...(method === "PUT" ? { body: { members } } : {}),
      headers: { "If-Match": ifMatch },
    });

  it("refuses a missing group with 412, whatever the tag, `*` included, and creates nothing", async () => {
    for (const ifMatch of ["*", '"0"', '"1"']) {
      expect((await write("Жоқ", "PUT", ifMatch)).status).toBe(412);
      expect((await write("Жоқ", "DELETE", ifMatch)).status).toBe(412);
    }
    expect((await call(path("Жоқ"), { token })).status).toBe(404);
    // Without If-Match a missing group is 404 to DELETE, and created by PUT (201, with its ETag).
    expect((await call(path("Жоқ"), { method: "DELETE", token })).status).toBe(404);
    const created = await call(path("Жоқ"), { method: "PUT", token, body: { members } });
    expect(created.status).toBe(201);
    expect(created.headers.get("ETag")).toBe((await get(path("Жоқ"))).tag);
  });

  it("takes `*` for a group that exists", async () => {
    await call(path("Бар"), { method: "PUT", token, body: { members } });
    expect((await write("Бар", "PUT", "*")).status).toBe(200);
    expect((await write("Бар", "DELETE", "*")).status).toBe(200);
    expect((await call(path("Бар"), { token })).status).toBe(404);
  });

  it("deletes only the version the editor saw, audited once, in one step", async () => {
    await call(path("Өшіру"), { method: "PUT", token, body: { members } });
    const seen = await get(path("өшіру"));
    expect(seen.body).toEqual({ group: expect.objectContaining({ name: "Өшіру", members }) });
    expect((await call(path("Өшіру"), { method: "PUT", token, body: { members: others } })).status).toBe(200);
    const before = await auditCount();
    const stale = await write("Өшіру", "DELETE", seen.tag);
    expect(stale.status).toBe(412);
    expect((await json(stale)).error.code).toBe("precondition-failed");
    expect((await get(path("Өшіру"))).body.group.members).toEqual(others);
    expect(await auditCount()).toBe(before);
    const current = await write("Өшіру", "DELETE", (await get(path("Өшіру"))).tag);
    expect(current.status).toBe(200);
    expect(await json(current)).toEqual({ deleted: "Өшіру" });
    const audit = await env.DB.prepare(
      "SELECT detail FROM audit_log WHERE action = 'group.delete' ORDER BY id DESC LIMIT 1",
    ).first<{ detail: string }>();
    expect(JSON.parse(audit!.detail)).toEqual({ name: "Өшіру" });
    expect(await auditCount()).toBe(before + 1);
  });

  it("never gives a group created again the tag of the one deleted before", async () => {
    await call(path("Қайта"), { method: "PUT", token, body: { members } });
    const old = await get(path("Қайта"));
    await call(path("Қайта"), { method: "DELETE", token });
    await call(path("Қайта"), { method: "PUT", token, body: { members: others } });
    expect((await get(path("Қайта"))).tag).not.toBe(old.tag);
    expect((await write("Қайта", "PUT", old.tag)).status).toBe(412);
  });
});

describe("If-Match on a year's targets", () => {
  const beyond = {
    ...plan2027,
    year: "2031-2032",
  };

  it("has a plan year exist before it is set (`*` holds) and a year beyond the plan missing (`*` fails)", async () => {
    expect((await get("/api/targets?year=2027-2028")).tag).toBe('"0"');
    const planYear = PLAN_STAGE_TARGETS.find((t) => t.year === "2027-2028")!;
    const set = await call("/api/targets/2027-2028", {
      method: "PUT",
      token,
      body: planYear,
      headers: { "If-Match": "*" },
    });
    expect(set.status).toBe(200);
    const missing = await call("/api/targets/2031-2032", {
      method: "PUT",
      token,
      body: beyond,
      headers: { "If-Match": "*" },
    });
    expect(missing.status).toBe(412);
    expect((await call("/api/targets?year=2031-2032", { token })).status).toBe(404);
  });

  it("carries no ETag on the whole table, only on one year", async () => {
    const res = await call("/api/targets", { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBeNull();
  });
});
