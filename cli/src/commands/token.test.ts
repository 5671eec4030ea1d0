import { describe, expect, it } from "vitest";
import { run } from "../main.ts";
import { formatCreatedToken } from "./token.ts";

/** `sapa args…` in this process against a server that must not be asked (the refusals come first). */
async function sapa(args: string[]) {
  let err = "";
  const code = await run(args, {
    out: () => {},
    err: (text) => (err += text),
    env: { SAPA_SERVER: "http://127.0.0.1:9", SAPA_TOKEN: "dev-region" },
    cwd: process.cwd(),
  });
  return { code, err };
}

describe("sapa token create", () => {
  it("refuses a label the server would refuse with a sentence, not the schema's English dump", async () => {
    const long = await sapa(["token", "create", "--region", "--label", "ә".repeat(101), "--lang", "ru"]);
    expect(long).toEqual({ code: 2, err: "Пометка --label слишком длинная: не больше 100 символов." });
    const iin = await sapa(["token", "create", "--district", "temir", "--label", "Темір 791028302728"]);
    expect(iin).toEqual({ code: 2, err: "--label қабылданбайды: токеннің белгісінде ЖСН болмауы керек." });
  });

  it("shows the new token with its fields named in the user's language", () => {
    const record = {
      id: "tok_4001e05e9102f46d",
      role: "district" as const,
      district: "temir" as const,
      label: "Темір әдіскері",
      createdAt: "2026-12-07T20:16:32.743Z",
      revokedAt: null,
      token: "sapa_Z9ebjkMATFZ9k8uqPnbNtWYwY6eCSgZ8iJj7G2qsqWw",
    };
    expect(formatCreatedToken(record, "kk")).toBe(
      [
        "Кіру кілті (токен) жасалды. Оны қазір сақтаңыз: ол қайта көрсетілмейді.",
        "  ID: tok_4001e05e9102f46d",
        "  Кімге: Темір ауданы",
        "  Белгісі: Темір әдіскері",
        "  Токен: sapa_Z9ebjkMATFZ9k8uqPnbNtWYwY6eCSgZ8iJj7G2qsqWw",
      ].join("\n"),
    );
    const region = { ...record, role: "region" as const, district: null, label: null };
    expect(formatCreatedToken(region, "ru")).toContain("  Кому: областной методический центр\n");
  });
});

describe("the words for an access key", () => {
  it("are the catalogue's own in help and messages: кіру кілті (токен), ключ доступа (токен), access key (token)", async () => {
    const { helpText } = await import("../help.ts");
    expect(helpText("token", "kk")).toContain("кіру кілтін (токен)");
    expect(helpText("token", "ru")).toContain("ключ доступа (токен)");
    expect(helpText("token", "en")).toContain("access key (token)");
    const missing = await sapa(["token", "revoke", "--lang", "ru"]);
    expect(missing.err).toContain("ключа доступа (токена)");
  });
});

describe("sapa token revoke", () => {
  it("refuses the access key itself in place of its ID, before it is sent anywhere (exit 2)", async () => {
    const result = await sapa([
      "token",
      "revoke",
      "sapa_eweoU_9qrX6Ot2xFkdnKtsODCXFuOo5YahK7XcUzfFI",
      "--lang",
      "ru",
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      "«sapa_…» — это сам ключ доступа (токен), а не его ID. sapa token revoke принимает ID, показанный при создании ключа (tok_…). Сам ключ никому не передавайте.",
    );
  });
});

describe("sapa token revoke of an ID the server does not know", () => {
  it("says no access key has that ID (exit 1), not 'no such address or record'", async () => {
    const { createServer } = await import("node:http");
    const server = createServer((_req, res) => {
      res.writeHead(404, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: { code: "not-found", message: "Такого адреса или записи нет." } }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as { port: number }).port;
      let err = "";
      const code = await run(["token", "revoke", "tok_0123456789abcdef", "--lang", "en"], {
        out: () => {},
        err: (text) => (err += text),
        env: { SAPA_SERVER: `http://127.0.0.1:${port}`, SAPA_TOKEN: "dev-region" },
        cwd: process.cwd(),
      });
      expect(code).toBe(1);
      expect(err).toBe(
        "This server has no access key (token) with the ID tok_0123456789abcdef. Check the ID: it was shown when the key was created (tok_…).",
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
