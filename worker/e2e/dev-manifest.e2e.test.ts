import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { devManifest } from "../../scripts/dev-manifest.mjs";

// `npm start` prints which manifest to sideload. manifest.xml names https://localhost:3000, so a server
// started with another PORT must point Excel at a manifest that names its own port.

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sapa-dev-manifest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const origins = (xml: string) => new Set([...xml.matchAll(/https:\/\/[^/"<\s,]+/g)].map((m) => m[0]));

describe("the manifest npm start names", () => {
  it("is manifest.xml itself on port 3000", () => {
    expect(devManifest(3000, { dir })).toBe(join(root, "manifest.xml"));
    expect(readdirSync(dir)).toEqual([]);
  });

  it("on another port is a copy whose every URL is that port's, one per port", () => {
    const original = readFileSync(join(root, "manifest.xml"), "utf8");
    for (const port of [3417, 3418]) {
      const path = devManifest(port, { dir });
      expect(path).toBe(join(dir, `manifest-${port}.xml`));
    }
    for (const port of [3417, 3418]) {
      const xml = readFileSync(join(dir, `manifest-${port}.xml`), "utf8");
      expect(origins(xml)).toEqual(new Set([`https://localhost:${port}`]));
      expect(xml.split(`https://localhost:${port}`).join("https://localhost:3000")).toBe(original);
    }
  });
});
