import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateRegionKeyPair } from "@sapa/shared";
import { regionKeyTrustCases } from "@sapa/shared/testing";
import { afterAll, describe, expect, it } from "vitest";
import { trustedKeyFile } from "./known-keys.ts";

const dirs: string[] = [];
const newConfigDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "sapa-known-keys-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// The shared policy's cases against the CLI's config file: each `open` reads the file anew, as a new run does.
regionKeyTrustCases("the CLI's config file", async () => {
  const env = { SAPA_CONFIG_DIR: newConfigDir() };
  return { open: (server, district) => trustedKeyFile(env, server, district) };
});

describe("known-region-keys.json", () => {
  it("keeps the key per server origin and district, readable by the user only", async () => {
    const dir = newConfigDir();
    const key = await generateRegionKeyPair();
    await trustedKeyFile(
      { SAPA_CONFIG_DIR: dir },
      "https://sapa.example.kz/some/path",
      "alga",
      () => "2026-12-07T01:00:00.000Z",
    ).write(key);
    const path = join(dir, "known-region-keys.json");
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({
      "https://sapa.example.kz alga": {
        keyId: key.keyId,
        publicKey: key.publicKey,
        since: "2026-12-07T01:00:00.000Z",
      },
    });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("refuses a damaged file with a message naming it, instead of trusting any key", async () => {
    const dir = newConfigDir();
    writeFileSync(join(dir, "known-region-keys.json"), "[1, 2");
    await expect(
      trustedKeyFile({ SAPA_CONFIG_DIR: dir }, "https://sapa.example.kz", "alga").read(),
    ).rejects.toThrow(/known-region-keys\.json/);
  });
});
