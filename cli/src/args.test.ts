import { describe, expect, it } from "vitest";
import { parseCommandLine, peekLang } from "./args.ts";
import { parseDistrictOption, parseDateOption, parseMappingOption, parseYearOption } from "./command-line.ts";
import { CliError } from "./errors.ts";

function usageFailure(fn: () => unknown): CliError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("expected a usage error");
}

describe("parseCommandLine", () => {
  it("parses a check command with every option form", () => {
    const line = parseCommandLine([
      "check",
      "Тізім.xlsx",
      "--sheet",
      "Парақ 1",
      "--as-of=2026-05-31",
      "--map",
      "category=Санаты",
      "--map=iin=D",
      "--lang",
      "ru",
      "--json",
    ]);
    expect(line.command).toBe("check");
    expect(line.positionals).toEqual(["Тізім.xlsx"]);
    expect(line.options).toEqual({
      sheet: "Парақ 1",
      "as-of": "2026-05-31",
      map: ["category=Санаты", "iin=D"],
      lang: "ru",
      json: true,
    });
    expect(line.lang).toBe("ru");
  });

  it("takes --lang and --help before the command as after it", () => {
    expect(parseCommandLine(["--lang", "ru", "check", "a.xlsx", "--json"])).toMatchObject({
      command: "check",
      positionals: ["a.xlsx"],
      options: { json: true, lang: "ru" },
      lang: "ru",
    });
    expect(parseCommandLine(["--lang=en", "-h", "status"])).toMatchObject({
      command: "status",
      options: { help: true },
      lang: "en",
    });
    expect(parseCommandLine(["--lang", "ru"])).toMatchObject({ command: "help", lang: "ru" });
    expect(() => parseCommandLine(["--lang", "ru", "--bogus"])).toThrow(/--bogus/);
    expect(() => parseCommandLine(["--lang", "xx"])).toThrow(/xx/);
  });

  it("refuses one option given twice with different values, naming both, and takes a repeat of the same", () => {
    expect(() =>
      parseCommandLine(["submit", "a.xlsx", "--district", "alga", "--district", "temir", "--lang", "en"]),
    ).toThrow("--district is given twice with different values: “alga” and “temir”. Keep one.");
    expect(() =>
      parseCommandLine(["review", "accept", "alga", "--year=2025-2026", "--year", "2026-2027"]),
    ).toThrow(/--year/);
    expect(parseCommandLine(["report", "--year", "2025-2026", "--year", "2025-2026"]).options.year).toBe(
      "2025-2026",
    );
    expect(() => parseMappingOption(["category=E", "category=F"])).toThrow(
      "--map category is given twice with different values: “E” and “F”. Keep one.",
    );
    // --map is repeatable: each is one column.
    expect(
      parseCommandLine(["check", "a.xlsx", "--map", "iin=D", "--map", "category=E"]).options.map,
    ).toEqual(["iin=D", "category=E"]);
  });

  it("gives help for no command, --help and -h", () => {
    expect(parseCommandLine([]).command).toBe("help");
    expect(parseCommandLine(["--help"]).command).toBe("help");
    expect(parseCommandLine(["report", "-h"]).options.help).toBe(true);
  });

  it("treats everything after -- as a file name, even when it starts with a dash", () => {
    expect(parseCommandLine(["check", "--", "--odd.xlsx"]).positionals).toEqual(["--odd.xlsx"]);
  });

  it("refuses unknown commands, unknown flags, missing values and extra arguments as usage errors", () => {
    const cases: [string[], RegExp][] = [
      [["chek", "a.xlsx"], /chek/],
      [["check", "a.xlsx", "--district", "alga"], /--district/],
      [["check", "a.xlsx", "--sheet"], /--sheet/],
      [["check", "a.xlsx", "--sheet", "--json"], /--sheet/],
      [["check", "a.xlsx", "b.xlsx"], /b\.xlsx/],
      [["report", "--json=yes"], /--json/],
      [["check", "a.xlsx", "--lang", "fr"], /fr/],
    ];
    for (const [argv, pattern] of cases) {
      const error = usageFailure(() => parseCommandLine(argv));
      expect(error.exitCode).toBe(2);
      expect(error.text.en).toMatch(pattern);
      expect(error.text.kk).toMatch(pattern);
    }
  });
});

describe("option values", () => {
  it("reads the message language before parsing, defaulting to Kazakh", () => {
    expect(peekLang(["frobnicate", "--lang", "en"])).toBe("en");
    expect(peekLang(["check", "--lang=ru"])).toBe("ru");
    expect(peekLang(["check", "--lang", "de"])).toBe("kk");
    expect(peekLang(["check", "--", "--lang", "en"])).toBe("kk");
  });

  it("accepts real dates as the pane's Settings do: DD.MM.YYYY or YYYY-MM-DD", () => {
    expect(parseDateOption("2024-02-29")).toBe("2024-02-29");
    expect(parseDateOption("31.05.2026")).toBe("2026-05-31");
    expect(parseDateOption("1.9.2026")).toBe("2026-09-01");
    for (const bad of ["2023-02-29", "2026-13-01", "29.02.2023", "05/31/2026", "2026-5-31", "31.05.26", ""]) {
      const failure = usageFailure(() => parseDateOption(bad));
      expect(failure.exitCode, bad).toBe(2);
      expect(failure.text.ru, bad).toContain("ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
    }
  });

  it("accepts academic years whose second year follows the first", () => {
    expect(parseYearOption("2025-2026")).toBe("2025-2026");
    for (const bad of ["2025-2027", "2025", "25-26"])
      expect(usageFailure(() => parseYearOption(bad)).exitCode).toBe(2);
  });

  it("turns --map pairs into a mapping and refuses unknown fields", () => {
    expect(parseMappingOption(["category = Біліктілік санаты", "iin=D", "fullName=A=B"])).toEqual({
      category: "Біліктілік санаты",
      iin: "D",
      fullName: "A=B",
    });
    for (const bad of ["category", "=Санаты", "category=", "shoeSize=E"]) {
      expect(usageFailure(() => parseMappingOption([bad])).text.en).toContain(bad);
    }
  });

  it("knows the 13 district ids", () => {
    expect(parseDistrictOption("aiteke-bi")).toBe("aiteke-bi");
    expect(usageFailure(() => parseDistrictOption("Alga")).text.en).toContain("alga");
    expect(usageFailure(() => parseDistrictOption(undefined)).exitCode).toBe(2);
  });
});

describe("the command table", () => {
  it("accepts every option it lists, for every command, and lists every command with a usage in help", async () => {
    const { COMMAND_TABLE } = await import("./command-table.ts");
    const { helpText } = await import("./help.ts");
    const help = helpText(undefined, "en");
    for (const [name, spec] of Object.entries(COMMAND_TABLE)) {
      const argv = [name];
      for (const [option, { type }] of Object.entries(spec.options)) {
        argv.push(type === "boolean" ? `--${option}` : `--${option}=x`);
      }
      const line = parseCommandLine(argv);
      expect(Object.keys(line.options).sort()).toEqual(Object.keys(spec.options).sort());
      if ("usage" in spec) expect(help).toContain(spec.usage);
      // A command that can answer in JSON says so in its usage.
      if ("json" in spec.options && "usage" in spec) expect(spec.usage, name).toMatch(/\[--json[\] ]/);
    }
    // One command's help shows that command only.
    expect(helpText("status", "ru")).toContain("sapa status");
    expect(helpText("status", "ru")).not.toContain("sapa check");
    // The help's prose is in the user's language: the passphrase's source is said in the description.
    expect(helpText("keys", "ru")).toContain("Парольная фраза берётся из SAPA_KEY_PASSPHRASE");
    expect(helpText("keys", "kk")).not.toMatch(/ or asked/);
    expect(helpText("check", "kk")).toContain("CSV");
  });

  it("keeps a value that starts with one dash and names the first of grouped short flags", () => {
    expect(parseCommandLine(["check", "a.xlsx", "--sheet", "-1"]).options.sheet).toBe("-1");
    expect(usageFailure(() => parseCommandLine(["check", "-xy"])).text.en).toMatch(/Unknown option: -x\b/);
    expect(usageFailure(() => parseCommandLine(["check", "--help=yes"])).text.ru).toMatch(/--help/);
    expect(usageFailure(() => parseCommandLine(["constructor"])).text.en).toMatch(/Unknown command/);
  });
});
