import { describe, expect, it, vi } from "vitest";

// A file that is there but cannot be read: what Node says for a file without read permission, or one a
// program holds locked (Windows).
const failure = vi.hoisted(() => ({ code: "EACCES" }));
vi.mock("node:fs/promises", async (original) => ({
  ...(await original<typeof import("node:fs/promises")>()),
  stat: async () => ({ isDirectory: () => false, isFile: () => true }),
  readFile: async () => {
    throw Object.assign(new Error(failure.code), { code: failure.code });
  },
}));

const { readFileBytes } = await import("./xlsx-read.ts");

describe("readFileBytes", () => {
  it("says a file without read permission is there but cannot be read, not that it is missing (exit 2)", async () => {
    failure.code = "EACCES";
    const error = (await readFileBytes("/data/Алға-2026.xlsx").catch((e: unknown) => e)) as {
      exitCode: number;
      text: Record<string, string>;
    };
    expect(error.exitCode).toBe(2);
    expect(error.text.ru).toBe(
      "Нет прав на чтение файла: /data/Алға-2026.xlsx. Скопируйте его в свою папку (например, «Документы») и укажите копию.",
    );
  });

  it("says a file another program holds is busy", async () => {
    failure.code = "EBUSY";
    const error = (await readFileBytes("C:\\roster.xlsx").catch((e: unknown) => e)) as {
      text: Record<string, string>;
    };
    expect(error.text.en).toBe(
      "Another program holds the file: C:\\roster.xlsx. Close it in Excel (or that program) and try again.",
    );
  });
});
