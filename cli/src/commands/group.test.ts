import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { sapaInProcess } from "../../test/in-process.ts";

describe("sapa group list", () => {
  it("refuses --json with --csv naming only the two options it has, before any call (exit 2)", async () => {
    const result = await sapaInProcess(["group", "list", "--csv", "--json", "--lang", "ru"], {
      env: { SAPA_SERVER: "http://127.0.0.1:9", SAPA_TOKEN: "dev-region" },
    });
    expect(result).toMatchObject({ code: 2, out: "", err: "Выберите только одно: --json или --csv." });
  });
});

describe("sapa group set", () => {
  it("refuses a folder given as --from as a folder, not as a roster file, before any call (exit 2)", async () => {
    const result = await sapaInProcess(["group", "set", "Тірек", "--from", ".", "--lang", "ru"], {
      env: { SAPA_SERVER: "http://127.0.0.1:9", SAPA_TOKEN: "dev-region" },
      cwd: tmpdir(),
    });
    expect(result).toMatchObject({
      code: 2,
      out: "",
      err: `Это папка, а не файл: ${tmpdir()}. Укажите путь к нужному файлу внутри неё.`,
    });
  });
});
