import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./main.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-write-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `sapa args…` in this process, counting the passphrase prompts a person would have answered. */
async function sapa(args: string[], env: Record<string, string> = {}) {
  let err = "";
  let asked = 0;
  const code = await run(args, {
    out: () => {},
    err: (text) => (err += text),
    env,
    cwd: dir,
    secretPrompt: { interactive: true, ask: async () => (asked++, "a passphrase long enough") },
  });
  return { code, err, asked };
}

describe("a file the CLI cannot write", () => {
  it("says why in the user's language, not Node's English", async () => {
    const missing = join(dir, "no-such-folder", "region-key.json");
    const ru = await sapa(["keys", "create", "--out", missing, "--lang", "ru"], {
      SAPA_KEY_PASSPHRASE: "a passphrase long enough",
    });
    expect(ru.code).toBe(2);
    expect(ru.err).toBe(`Не удалось записать файл: ${missing} (такой папки нет: проверьте путь).`);
    expect(ru.err).not.toContain("ENOENT");
  });

  it("refuses an existing key file before the passphrase is typed twice", async () => {
    const existing = join(dir, "region-key.json");
    await writeFile(existing, "the region's only key\n");
    const kk = await sapa(["keys", "create", "--out", existing]);
    expect(kk).toEqual({
      code: 2,
      err: `Файлды жазу мүмкін болмады: ${existing} (мұндай файл бар, Sapa оны қайта жазбайды: басқа атау таңдаңыз).`,
      asked: 0,
    });
  });
});
