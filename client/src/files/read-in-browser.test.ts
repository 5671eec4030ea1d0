/**
 * The reader runs in a browser too (Sapa on the web): bundled for the browser (esbuild fails on any
 * node: import) and run in a bare JavaScript context with no Buffer, process or require, only what every
 * browser has, it reads a roster of the writers corpus into the same figures and refuses a password file
 * with its own message.
 */
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import type * as Files from "./index.ts";

const corpus = (name: string) =>
  readFileSync(new URL(`../../../cli/test/fixtures/writers/${name}`, import.meta.url));

let sandbox: { files: typeof Files; bytes: (data: Uint8Array) => Uint8Array };

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [new URL("./index.ts", import.meta.url).pathname],
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "SapaFiles",
    write: false,
    logLevel: "silent",
  });
  const context = createContext({ TextDecoder, TextEncoder });
  runInContext(bundle.outputFiles[0]!.text, context);
  expect(runInContext("[typeof Buffer, typeof process, typeof require]", context)).toEqual([
    "undefined",
    "undefined",
    "undefined",
  ]);
  sandbox = {
    files: runInContext("SapaFiles", context) as typeof Files,
    // The bytes as the page's own Uint8Array, as a File's arrayBuffer() gives them.
    bytes: (data) => {
      const copy = runInContext(`new Uint8Array(${data.length})`, context) as Uint8Array;
      copy.set(data);
      return copy;
    },
  };
}, 60_000);

describe("the reader without Node", () => {
  it("reads the merged-organisation roster into 12 teachers, 3 organisations, the dates exact", async () => {
    const roster = await sandbox.files.checkRosterBytes(
      sandbox.bytes(corpus("libreoffice-merged-org.xlsx")),
      "libreoffice-merged-org.xlsx",
      { asOf: "2025-01-15", year: "2024-2025" },
    );
    expect(roster.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect([roster.summary.teachers, roster.summary.organizations]).toEqual([12, 3]);
    expect(roster.summary.byCategory.expert).toBe(3);
    expect(roster.teachers[0]!.categoryDate).toBe("2021-05-14");
  });

  it("reads a 1904 workbook and a UTF-8 CSV export", async () => {
    const [sheet] = await sandbox.files.readWorkbook(
      sandbox.bytes(corpus("libreoffice-1904.xlsx")),
      "libreoffice-1904.xlsx",
    );
    expect(sheet!.grid.date1904).toBe(true);
    expect(sheet!.grid.values[2]![5]).toBe(44330 - 1462);
    const [csv] = await sandbox.files.readWorkbook(
      sandbox.bytes(corpus("export-semicolon-bom.csv")),
      "export-semicolon-bom.csv",
    );
    expect(csv!.grid.values.length).toBeGreaterThan(12);
  });

  it("refuses a password-protected workbook with its own message in kk, ru and en", async () => {
    const error = (await sandbox.files
      .readWorkbook(sandbox.bytes(corpus("password.xlsx")), "password.xlsx")
      .catch((e: unknown) => e)) as { code: string; text: Record<string, string> };
    expect(error.code).toBe("file-password");
    expect(error.text.ru).toContain("Файл защищён паролем: password.xlsx");
    expect(error.text.kk).toContain("құпия сөзбен қорғалған");
  });
});
