import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
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

  it("refuses a key file's folder that is missing, or a folder given as the file, before any passphrase", async () => {
    const missing = join(dir, "no-such-folder", "region-key.json");
    const en = await sapa(["keys", "create", "--out", missing, "--lang", "en"]);
    expect(en).toEqual({
      code: 2,
      err: `Could not write the file: ${missing} (no such folder: check the path).`,
      asked: 0,
    });
    const folder = join(dir, "keys-folder");
    await mkdir(folder);
    const ru = await sapa(["keys", "create", "--out", folder, "--lang", "ru"]);
    expect(ru).toEqual({
      code: 2,
      err: `Не удалось записать файл: ${folder} (это папка: укажите имя файла).`,
      asked: 0,
    });
  });

  it("refuses a key file named without --out rather than write the key under another name", async () => {
    const ru = await sapa(["keys", "create", "region-key.json", "--lang", "ru"]);
    expect(ru).toEqual({
      code: 2,
      err: "Имя нового файла ключа задаётся через --out: sapa keys create --out region-key.json",
      asked: 0,
    });
  });

  it("is refused before the report, trend or duplicates are downloaded", async () => {
    // No server listens on port 9 of this machine: a request would end in a network error, not this one.
    const env = { SAPA_SERVER: "http://127.0.0.1:9", SAPA_TOKEN: "t", SAPA_KEY_PASSPHRASE: "x" };
    const missing = join(dir, "no-such-folder");
    for (const args of [
      ["report", "--out", join(missing, "report.xlsx")],
      ["trend", "--csv", join(missing, "trend.csv")],
      ["trend", "--xlsx", join(missing, "trend.xlsx")],
      ["duplicates", "--key", "k.json", "--csv", join(missing, "d.csv")],
    ]) {
      const ru = await sapa([...args, "--lang", "ru"], env);
      expect(ru.code, args.join(" ")).toBe(2);
      expect(ru.err, args.join(" ")).toContain("такой папки нет: проверьте путь");
      expect(ru.asked).toBe(0);
    }
  });

  it("names a folder given as the report file", async () => {
    const folder = join(dir, "reports.xlsx");
    await mkdir(folder);
    const en = await sapa(["report", "--out", folder, "--lang", "en"], { SAPA_SERVER: "http://127.0.0.1:9" });
    expect(en.err).toBe(`Could not write the file: ${folder} (that is a folder: give a file name).`);
  });
});

describe("sapa report --key", () => {
  it("is refused where no name would be shown (the table, the CSV), before the passphrase is asked", async () => {
    for (const args of [["report", "--csv"], ["report"]]) {
      const ru = await sapa([...args, "--key", "k.json", "--lang", "ru"], {
        SAPA_SERVER: "http://127.0.0.1:9",
      });
      expect(ru.code).toBe(2);
      expect(ru.err).toContain("--key открывает ФИО в списке аттестации");
      expect(ru.asked).toBe(0);
    }
  });
});
