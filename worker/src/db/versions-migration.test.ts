import { PLAN_INDICATOR_TARGETS, PLAN_STAGE_TARGETS } from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, seedTokens } from "../../test/api.ts";

const TABLES = ["settings", "targets", "indicator_targets", "year_window", "groups"];
const at = "2025-10-01T00:00:00.000Z";
const targets = { ...PLAN_STAGE_TARGETS.find((t) => t.year === "2026-2027")!, stage: 2 };
const indicators = { ...PLAN_INDICATOR_TARGETS, eventParticipation: 0.5 };
const members = [{ district: "alga", organization: "Школа 1" }];

/**
 * This file's database as a deployment stored it before migration 0015 (no version columns, rows written
 * by the earlier code), then migrated by 0015 itself.
 */
beforeAll(async () => {
  await seedTokens();
  await env.DB.batch(TABLES.map((t) => env.DB.prepare(`ALTER TABLE ${t} DROP COLUMN version`)));
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('minYearsSinceAward', '4', ?1, 't-region')",
    ).bind(at),
    env.DB.prepare(
      "INSERT INTO targets (year, data, updated_at, updated_by) VALUES (?1, ?2, ?3, 't-region')",
    ).bind(targets.year, JSON.stringify(targets), at),
    env.DB.prepare(
      "INSERT INTO indicator_targets (id, data, updated_at, updated_by) VALUES (1, ?1, ?2, 't-region')",
    ).bind(JSON.stringify(indicators), at),
    env.DB.prepare(
      "INSERT INTO year_window (id, first_year, last_year, updated_at, updated_by) VALUES (1, '2028-2029', '2029-2030', ?1, 't-region')",
    ).bind(at),
    env.DB.prepare(
      "INSERT INTO groups (key, name, members, updated_at, updated_by) VALUES ('магнит', 'Магнит', ?1, ?2, 't-region')",
    ).bind(JSON.stringify(members), at),
  ]);
  const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0015_"))!;
  await env.DB.batch(migration.queries.map((q) => env.DB.prepare(q)));
});

const token = TOKENS.region;

describe("migration 0015 (versions)", () => {
  const cases = [
    ["/api/settings", "/api/settings", { minYearsSinceAward: 3 }, { settings: { minYearsSinceAward: 4 } }],
    [
      "/api/targets?year=2026-2027",
      "/api/targets/2026-2027",
      { ...targets, stage: 3 },
      { targets: [targets] },
    ],
    ["/api/targets/indicators", "/api/targets/indicators", PLAN_INDICATOR_TARGETS, { indicators }],
    [
      "/api/years/window",
      "/api/years/window",
      { from: "2028-2029", to: "2030-2031" },
      expect.objectContaining({ window: { from: "2028-2029", to: "2029-2030" } }),
    ],
    [
      "/api/groups/Магнит",
      "/api/groups/Магнит",
      { members: [{ district: "alga", organization: "Школа 2" }] },
      { group: { name: "Магнит", members, updatedAt: at } },
    ],
  ] as const;

  for (const [read, write, change, stored] of cases) {
    it(`keeps ${read} as it was stored, at version 0, and writable under If-Match`, async () => {
      const res = await call(encodeURI(read), { token });
      expect(res.status).toBe(200);
      expect(res.headers.get("ETag")).toBe('"0"');
      expect(await json(res)).toEqual(stored);
      const put = (ifMatch: string) =>
        call(encodeURI(write), { method: "PUT", token, body: change, headers: { "If-Match": ifMatch } });
      const first = await put('"0"');
      expect(first.status).toBe(200);
      expect(first.headers.get("ETag")).not.toBe('"0"');
      expect((await put('"0"')).status).toBe(412);
    });
  }
});
