import {
  createIinSecret,
  createKeyFile,
  generateRegionKeyPair,
  openSubmission,
  RegionKeyRecordSchema,
  sealSubmission,
  toBase64Url,
  unlockKeyFile,
  type RegionKeyPair,
} from "@sapa/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, seedTokens } from "../../test/api.ts";
import { currentRegionKey, publishRegionKey } from "../db/keys.ts";
import { errorBody } from "../errors.ts";
import { makeSubmission } from "../../test/fixtures.ts";

beforeAll(seedTokens);

const publish = (key: { keyId: string; publicKey: string }, token = TOKENS.region) =>
  call("/api/keys", { body: { keyId: key.keyId, publicKey: key.publicKey }, token });

async function storedKeyCount(): Promise<number> {
  return (await env.DB.prepare("SELECT COUNT(*) AS n FROM region_keys").first<{ n: number }>())!.n;
}

// Storage is shared by the tests of this file: they run in order, from no key to a rotated key.
describe("region keys", () => {
  let first: RegionKeyPair;
  let second: RegionKeyPair;

  beforeAll(async () => {
    first = await generateRegionKeyPair();
    second = await generateRegionKeyPair();
  });

  it("without a published key, a district is told to ask the regional centre, in its language", async () => {
    const res = await call("/api/keys/current", {
      token: TOKENS.district("alga"),
      headers: { "Accept-Language": "ru" },
    });
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({
      error: {
        code: "region-key-missing",
        message:
          "Областной методический центр ещё не опубликовал свой ключ. Чтобы отправить данные, попросите центр опубликовать ключ.",
      },
    });
    expect((await call("/api/keys/current")).status).toBe(401);
    expect((await json(await call("/api/keys", { token: TOKENS.region }))).keys).toEqual([]);
  });

  it("only the region publishes; a district gets 403 and nothing is stored", async () => {
    expect((await publish(first, TOKENS.district("temir"))).status).toBe(403);
    expect((await publish(first, "no-such-token")).status).toBe(401);
    expect(await storedKeyCount()).toBe(0);
  });

  it("the region publishes its key; every district reads it, by 'current' and by id; publishing again is a no-op", async () => {
    const res = await publish(first);
    expect(res.status).toBe(201);
    const record = RegionKeyRecordSchema.parse(await json(res));
    expect(record).toMatchObject({ keyId: first.keyId, publicKey: first.publicKey, retiredAt: null });
    for (const token of [TOKENS.district("shalkar"), TOKENS.region]) {
      expect(await json(await call("/api/keys/current", { token }))).toEqual(record);
      expect(await json(await call(`/api/keys/${first.keyId}`, { token }))).toEqual(record);
    }
    const again = await publish(first);
    expect(again.status).toBe(200);
    expect(await json(again)).toEqual(record);
    expect(await storedKeyCount()).toBe(1);
  });

  it("rotation: a new key becomes current, the old one stays readable by id, and cannot come back", async () => {
    expect((await publish(second)).status).toBe(201);
    const token = TOKENS.district("kobda");
    expect((await json(await call("/api/keys/current", { token }))).keyId).toBe(second.keyId);
    const old = await json(await call(`/api/keys/${first.keyId}`, { token }));
    expect(old).toMatchObject({
      keyId: first.keyId,
      publicKey: first.publicKey,
      retiredAt: expect.any(String),
    });
    const list = await json(await call("/api/keys", { token }));
    expect(list.keys.map((k: { keyId: string }) => k.keyId)).toEqual([second.keyId, first.keyId]);
    const back = await publish(first);
    expect(back.status).toBe(409);
    expect((await json(back)).error.code).toBe("key-retired");
    const audit = await json(await call("/api/audit", { token: TOKENS.region }));
    const published = audit.entries.filter((e: { action: string }) => e.action === "key.publish");
    expect(published.map((e: { detail: unknown }) => e.detail)).toEqual([
      { keyId: second.keyId, replaces: first.keyId },
      { keyId: first.keyId, replaces: null },
    ]);
  });

  it("refuses a private key in any form (400 private-key-refused) and stores nothing of it", async () => {
    const pair = await generateRegionKeyPair();
    const pkcs8 = new Uint8Array(
      (await crypto.subtle.exportKey("pkcs8", pair.privateKey as CryptoKey)) as ArrayBuffer,
    );
    const jwk = (await crypto.subtle.exportKey("jwk", pair.privateKey as CryptoKey)) as JsonWebKey;
    const file = await createKeyFile(pair, "a passphrase long enough", {
      iinSecret: createIinSecret(),
      iterations: 100_000, // the lowest a key file may use: keeps this test quick
    });
    const pem = `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...pkcs8))}\n-----END PRIVATE KEY-----`;
    const bodies: unknown[] = [
      { keyId: pair.keyId, publicKey: pem },
      { keyId: pair.keyId, publicKey: toBase64Url(pkcs8) },
      { keyId: pair.keyId, publicKey: pair.publicKey, privateKey: jwk },
      jwk,
      file,
    ];
    const before = await storedKeyCount();
    for (const body of bodies) {
      const res = await call("/api/keys", {
        body,
        token: TOKENS.region,
        headers: { "Accept-Language": "en" },
      });
      expect(res.status).toBe(400);
      expect((await json(res)).error).toEqual({
        code: "private-key-refused",
        message:
          "This looks like a private key: the server never accepts one. Keep the key file on your own computer; only the public key is sent.",
      });
    }
    expect(await storedKeyCount()).toBe(before);
    const everything = JSON.stringify([
      (await env.DB.prepare("SELECT * FROM region_keys").all()).results,
      (await env.DB.prepare("SELECT * FROM audit_log").all()).results,
    ]);
    expect(everything).not.toContain(jwk.d!);
    expect(everything).not.toContain(pair.keyId);
  });

  it("refuses an id that is not the key's hash, a point off the curve, extra fields and malformed ids", async () => {
    const pair = await generateRegionKeyPair();
    const mismatch = await publish({ keyId: first.keyId.replace(/^./, "f"), publicKey: pair.publicKey });
    expect(mismatch.status).toBe(400);
    expect((await json(mismatch)).error.code).toBe("public-key-invalid");
    const raw = Uint8Array.from(atob(pair.publicKey.replaceAll("-", "+").replaceAll("_", "/")), (ch) =>
      ch.charCodeAt(0),
    );
    raw[64] = raw[64]! ^ 1;
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", raw));
    const offCurveId = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
    const offCurve = await publish({ keyId: offCurveId, publicKey: toBase64Url(raw) });
    expect(offCurve.status).toBe(400);
    expect((await json(offCurve)).error.code).toBe("public-key-invalid");
    const extra = await call("/api/keys", {
      body: { keyId: pair.keyId, publicKey: pair.publicKey, note: "x" },
      token: TOKENS.region,
    });
    expect(extra.status).toBe(400);
    expect((await json(extra)).error.code).toBe("invalid-input");
    expect((await call("/api/keys/not-a-key-id", { token: TOKENS.region })).status).toBe(400);
    expect((await call(`/api/keys/${pair.keyId}`, { token: TOKENS.region })).status).toBe(404);
    expect((await json(await call("/api/keys/current", { token: TOKENS.region }))).keyId).toBe(second.keyId);
  });

  it("the same key published twice at once is published once (201, then 200)", async () => {
    const same = await generateRegionKeyPair();
    const twice = await Promise.all([publish(same), publish(same)]);
    expect(twice.map((r) => r.status).sort()).toEqual([200, 201]);
    for (const r of twice) expect((await json(r)).keyId).toBe(same.keyId);
    expect((await json(await call("/api/keys/current", { token: TOKENS.region }))).keyId).toBe(same.keyId);
  });

  it("a publish that read a current key which has changed since stores nothing (the route answers 409 key-changed)", async () => {
    const current = async () => (await currentRegionKey(env.DB))!.keyId;
    const before = await current();
    const [late, stale] = [await generateRegionKeyPair(), await generateRegionKeyPair()];
    expect((await publish(late)).status).toBe(201);
    const audits = async () =>
      (await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log").first<{ n: number }>())!.n;
    const [keys, logged] = [await storedKeyCount(), await audits()];
    // `stale` was read against `before`, which `late` has replaced meanwhile.
    const at = new Date().toISOString();
    const by = "t-region";
    expect(await publishRegionKey(env.DB, { ...stale, replaces: before, at, by })).toBeNull();
    expect([await current(), await storedKeyCount(), await audits()]).toEqual([late.keyId, keys, logged]);
    expect(
      errorBody("key-changed", "ru", { keyId: stale.keyId, currentKeyId: late.keyId }).error.message,
    ).toBe(
      "Пока вы публиковали ключ, был опубликован другой, поэтому ваш не опубликован. Проверьте текущий ключ в «Настройках»; если текущим должен быть ваш, опубликуйте его снова.",
    );
  });

  it("two different keys published at once leave one current key and an audit chain without a fork", async () => {
    const [a, b] = [await generateRegionKeyPair(), await generateRegionKeyPair()];
    const raced = await Promise.all([publish(a), publish(b)]);
    // Run one after the other both are published (the later replaces the earlier); interleaved, the later
    // one is refused with 409 key-changed. Either way the chain of publishes holds together.
    for (const r of raced) {
      expect([201, 409]).toContain(r.status);
      if (r.status === 409) expect((await json(r)).error.code).toBe("key-changed");
    }
    expect(raced.some((r) => r.status === 201)).toBe(true);
    const currentKeys = await env.DB.prepare("SELECT id FROM region_keys WHERE retired_at IS NULL").all();
    expect(currentKeys.results).toHaveLength(1);
    const audit = await json(await call("/api/audit", { token: TOKENS.region }));
    const chain = (audit.entries as { action: string; detail: { keyId: string; replaces: string | null } }[])
      .filter((e) => e.action === "key.publish")
      .map((e) => e.detail)
      .reverse();
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.replaces).toBe(chain[i - 1]!.keyId);
    expect(chain.at(-1)!.keyId).toBe((currentKeys.results[0] as { id: string }).id);
  });

  it("inside workerd too, rows sealed to the key the server gives open with the region's key file", async () => {
    const pair = await generateRegionKeyPair();
    const iinSecret = createIinSecret();
    const file = await createKeyFile(pair, "the centre's passphrase", { iinSecret, iterations: 100_000 });
    expect((await publish(pair)).status).toBe(201);
    const current = await json(await call("/api/keys/current", { token: TOKENS.district("alga") }));
    const clear = await makeSubmission("alga", 40, 3);
    const sealed = await sealSubmission(clear, current);
    const key = await unlockKeyFile(JSON.stringify(file), "the centre's passphrase");
    const opened = await openSubmission(key, sealed);
    expect(opened.map((r) => (r.ok ? r.row : null))).toEqual(clear.rows);
  });
});
