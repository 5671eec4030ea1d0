import { mkdtemp, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sapaInProcess } from "../test/in-process.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-keyfile-"));
  await mkdir(join(dir, "keys"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const keysCheck = (file: string, lang: string) =>
  sapaInProcess(["keys", "check", file, "--lang", lang], {
    env: { SAPA_KEY_PASSPHRASE: "a passphrase long enough" },
    cwd: dir,
  });

describe("a key file that is not there", () => {
  it("says the file is not found, with its full path, in words rather than Node's ENOENT (exit 2)", async () => {
    const result = await keysCheck("region-key.json", "ru");
    expect(result.code).toBe(2);
    expect(result.err).toBe(`Файл не найден: ${join(dir, "region-key.json")}. Проверьте путь.`);
  });

  it("says a folder is a folder", async () => {
    const result = await keysCheck("keys", "kk");
    expect(result.code).toBe(2);
    expect(result.err).toContain(`Бұл қалта, файл емес: ${join(dir, "keys")}`);
    expect(result.err).not.toContain("EISDIR");
  });
});
