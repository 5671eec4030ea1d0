import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sapaInProcess } from "../../test/in-process.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sapa-map-hint-"));
  await writeFile(
    join(dir, "attestation.csv"),
    "ФИО;Организация;Образование;Аттестация\nИванова Анна;Д/с 1;высшее;педагог-эксперт\n",
  );
  await writeFile(join(dir, "english.csv"), "Name;Org;Edu;Cat\nИванова Анна;Д/с 1;высшее;педагог-эксперт\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const check = (args: string[]) => sapaInProcess(["check", ...args], { env: {}, cwd: dir });

describe("sapa check names --map where a header is not recognised", () => {
  it("after a missing column, with the field to name (exit 1), and the roster reads once it is named", async () => {
    const ru = await check(["attestation.csv", "--lang", "ru"]);
    expect(ru.code).toBe(1);
    expect(ru.out).toContain(
      'Если столбец есть, но с другим заголовком, укажите его: --map category="его заголовок" или --map category=D (буква столбца).',
    );
    const named = await check(["attestation.csv", "--map", "category=Аттестация", "--lang", "ru"]);
    expect(named.code).toBe(0);
    expect(named.out).not.toContain("--map");
  });

  it("after a header row it cannot find, with the four required fields", async () => {
    const kk = await check(["english.csv"]);
    expect(kk.code).toBe(1);
    expect(kk.out).toContain("--map fullName=… --map organization=… --map education=… --map category=…");
    const en = await check(["english.csv", "--lang", "en"]);
    expect(en.out).toContain("If the header row uses other words, name the columns");
  });
});
