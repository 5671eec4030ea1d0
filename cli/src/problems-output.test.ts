import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./main.ts";

let dir: string;
let legacy: string;
let oneError: string;

/** `sapa args…` in this process: exit status and what it printed. */
async function sapa(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const io = {
    out: (text: string) => (out += text),
    err: (text: string) => (out += text),
    env: {},
    cwd: dir,
  };
  return { code: await run(args, io), out };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-counts-"));
  // 1,200 teachers still holding an old category: one warning each.
  const rows = Array.from(
    { length: 1200 },
    (_, i) => `Педагог ${i + 1};Детский сад №1;высшее;вторая категория`,
  );
  legacy = join(dir, "legacy.csv");
  await writeFile(legacy, ["ФИО;Организация;Образование;Категория", ...rows].join("\n"));
  oneError = join(dir, "one-error.csv");
  await writeFile(
    oneError,
    "ФИО;Организация;Образование;Категория\nИванова Анна;Детский сад №1;высшее;профессор\n",
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("problem counts in sapa check", () => {
  it("are grouped as every other count (1 200, not 1200)", async () => {
    const { code, out } = await sapa(["check", legacy, "--as-of", "2026-05-31", "--lang", "ru"]);
    expect(code).toBe(0);
    expect(out).toContain("Предупреждения (1\u00a0200)");
    expect(out).toContain("… ещё 1\u00a0150 (полный список: --json)");
    expect(out).toContain("Ошибки: 0, предупреждения: 1\u00a0200, сведения: 0");
    const en = await sapa(["check", legacy, "--as-of", "2026-05-31", "--lang", "en"]);
    expect(en.out).toContain("Warnings (1,200)");
  });

  it("say one error without a wrong plural", async () => {
    const ru = await sapa(["check", oneError, "--as-of", "2026-05-31", "--lang", "ru"]);
    expect(ru.code).toBe(1);
    expect(ru.out).toContain("В списке ошибок — 1. Исправьте их и повторите проверку.");
    const en = await sapa(["check", oneError, "--as-of", "2026-05-31", "--lang", "en"]);
    expect(en.out).toContain("Errors in the roster: 1. Fix them and check again.");
  });
});
