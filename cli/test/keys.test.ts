/** `sapa keys` in-process: create and check a key file on disk; show the key the server publishes. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fingerprintOf, KeyFileSchema } from "@sapa/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDevRegionKey } from "../../scripts/dev-key.mjs";
import { sapaInProcess } from "./in-process.ts";
import { serveWorkerApp, type ServedWorker } from "./worker-http.ts";

let dir: string;
let http: ServedWorker;
let server: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-keys-"));
  http = await serveWorkerApp();
  server = http.server;
});

afterAll(async () => {
  await http?.stop();
  await rm(dir, { recursive: true, force: true });
});

const sapa = (args: string[], env: Record<string, string> = {}, asked: string[] = []) =>
  sapaInProcess(args, {
    env: { SAPA_SERVER: server, SAPA_TOKEN: "dev-alga", ...env },
    cwd: dir,
    // A terminal that records every question it is asked and answers with the passphrase.
    secretPrompt: { interactive: true, ask: async (q) => (asked.push(q), PASSPHRASE) },
  });

const PASSPHRASE = "Ақтөбе облысы, кілт 2026";

describe("sapa keys", () => {
  it("creates a key file that check opens with the passphrase, and refuses a wrong one (exit 2)", async () => {
    const created = await sapa(["keys", "create", "--out", "region.json", "--lang", "ru"], {
      SAPA_KEY_PASSPHRASE: PASSPHRASE,
    });
    expect(created.code).toBe(0);
    const file = KeyFileSchema.parse(JSON.parse(await readFile(join(dir, "region.json"), "utf8")));
    const fingerprint = await fingerprintOf(file.publicKey);
    expect(created.out).toContain("Ключ области создан");
    expect(created.out).toContain(fingerprint.hex);
    expect(JSON.stringify(file)).not.toContain(PASSPHRASE);

    const checked = await sapa(["keys", "check", "region.json"], { SAPA_KEY_PASSPHRASE: PASSPHRASE });
    expect(checked).toMatchObject({ code: 0 });
    expect(checked.out).toContain(fingerprint.digits);
    const wrong = await sapa(["keys", "check", "region.json", "--lang", "en"], {
      SAPA_KEY_PASSPHRASE: "not the passphrase",
    });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("Wrong passphrase");
    // The file was only read: it still opens.
    expect((await sapa(["keys", "check", "region.json"], { SAPA_KEY_PASSPHRASE: PASSPHRASE })).code).toBe(0);
    // An existing file is never overwritten.
    const again = await sapa(["keys", "create", "--out", "region.json"], { SAPA_KEY_PASSPHRASE: PASSPHRASE });
    expect(again.code).toBe(2);
  });

  it("refuses a file that is not a key file before asking for the passphrase", async () => {
    await writeFile(join(dir, "roster.json"), JSON.stringify({ rows: [] }));
    const asked: string[] = [];
    const notKey = await sapa(["keys", "check", "roster.json", "--lang", "ru"], {}, asked);
    expect(notKey.code).toBe(2);
    expect(notKey.err).toContain("Это не файл ключа Sapa");
    expect(asked).toEqual([]);
    // A key file is opened with the passphrase asked once.
    await sapa(["keys", "create", "--out", "asked.json"], { SAPA_KEY_PASSPHRASE: PASSPHRASE });
    expect((await sapa(["keys", "check", "asked.json"], {}, asked)).code).toBe(0);
    expect(asked).toHaveLength(1);
  });

  it("shows the id and fingerprint of the key the server publishes", async () => {
    const dev = await ensureDevRegionKey();
    const shown = await sapa(["keys", "show", "--lang", "kk"]);
    expect(shown.code).toBe(0);
    const fingerprint = await fingerprintOf(dev.publicKey);
    expect(shown.out).toContain(dev.keyId);
    expect(shown.out).toContain(fingerprint.hex);
    expect(shown.out).toContain(fingerprint.digits);
  });
});
