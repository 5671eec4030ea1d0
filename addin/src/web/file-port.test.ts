import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readWorkbook, writeWorkbook } from "@sapa/client/files";
import {
  readWorkbookRoster,
  receiptsSheet,
  summarise,
  summarySheet,
  type AcademicYear,
  type IsoDate,
  type Receipt,
} from "@sapa/shared";
import { describe, expect, it } from "vitest";
import {
  createFilePort,
  type FileHandleLike,
  type FileSource,
  fileSource,
  handleSource,
} from "./file-port.ts";

const corpus = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../../cli/test/fixtures/writers/${name}`, import.meta.url))),
  );

const port = () => createFilePort(async () => readWorkbook);

/** A file on "disk" the test changes between reads, as the user saves it in their spreadsheet program. */
function diskFile(name: string, bytes: Uint8Array) {
  const state = { bytes, modified: 1 };
  const handle: FileHandleLike = {
    name,
    getFile: async () => new File([state.bytes as BlobPart], name, { lastModified: state.modified }),
  };
  return { state, handle };
}

describe("the web's file host", () => {
  it("reads a roster file's sheets as the shared core takes them, and the same roster as the CLI reads", async () => {
    const p = port();
    const bytes = corpus("openpyxl-sheet-per-org.xlsx");
    await p.open(fileSource(new File([bytes as BlobPart], "roster.xlsx")));
    const listed = await p.listSheets();
    const direct = await readWorkbook(bytes, "roster.xlsx");
    expect(listed.map((s) => s.name)).toEqual(direct.map((s) => s.name));
    expect(listed.length).toBeGreaterThan(1);
    const read = await p.readRosterSheets(listed.map((s) => s.name));
    const asOf = "2026-05-31" as IsoDate;
    const year = "2025-2026" as AcademicYear;
    const viaPort = readWorkbookRoster(read.sheets, { asOf })!;
    const viaReader = readWorkbookRoster(direct, { asOf })!;
    expect(viaPort.teachers.length).toBe(viaReader.teachers.length);
    expect(viaPort.teachers.length).toBeGreaterThan(0);
    const opts = { asOf, year, present: viaReader.present };
    expect(summarise(viaPort.teachers, opts)).toEqual(summarise(viaReader.teachers, opts));
  });

  it("lists and reads the visible sheets, as the pane lists a workbook's: last year's hidden roster is left out", async () => {
    const p = port();
    const name = "libreoffice-hidden-sheet.xlsx";
    const bytes = new Uint8Array(
      readFileSync(
        fileURLToPath(new URL(`../../../client/test/fixtures/district-files/${name}`, import.meta.url)),
      ),
    );
    await p.open(fileSource(new File([bytes as BlobPart], name)));
    const listed = (await p.listSheets()).map((s) => s.name);
    expect(listed).toEqual(["Титул", "Педагогтер", "Жиынтық"]);
    const read = await p.readRosterSheets(listed);
    const roster = readWorkbookRoster(read.sheets, { asOf: "2025-12-01" as IsoDate })!;
    expect([roster.parts.map((part) => part.sheet), roster.teachers.length]).toEqual([["Педагогтер"], 13]);
    // Still there to be named.
    expect((await p.readRoster("2024")).input.values.length).toBeGreaterThan(13);
  });

  it("refuses to read before a file is open, and a sheet the file does not have, in the user's language", async () => {
    const p = port();
    const none = await p.readRosterSheets(["Тізім"]).catch((e: unknown) => e);
    expect(p.officeErrorMessage(none, "ru")).toMatch(/Файл списка ещё не открыт/);
    await p.open(fileSource(new File([corpus("export-comma.csv") as BlobPart], "export.csv")));
    const missing = await p.readRoster("Жоқ").catch((e: unknown) => e);
    expect(p.officeErrorMessage(missing, "kk")).toBe(
      "Файлда «Жоқ» парағы жоқ: файлды қайта ашыңыз немесе басқа парақты таңдаңыз.",
    );
  });

  it("says a file it cannot read in the reader's own words", async () => {
    const p = port();
    const error = await p
      .open(fileSource(new File([corpus("legacy.xls") as BlobPart], "legacy.xls")))
      .catch((e: unknown) => e);
    expect(p.officeErrorMessage(error, "ru")).toMatch(/xls/i);
    expect(p.view().file).toBeNull();
  });

  it("refuses Sapa's own downloaded workbook picked in place of the roster, and keeps the roster open", async () => {
    const p = port();
    await p.open(fileSource(new File([corpus("export-comma.csv") as BlobPart], "export.csv")));
    const summary = summarise([], {
      asOf: "2026-05-31" as IsoDate,
      year: "2025-2026" as AcademicYear,
      present: [],
    });
    // Sapa-Алға-2026-05-31.xlsx as "Download the Sapa workbook" writes it, in Russian: it sits beside the roster.
    const bytes = await writeWorkbook([summarySheet(summary, { lang: "ru" })]);
    const error = await p
      .open(fileSource(new File([bytes as BlobPart], "Sapa-Алға-2026-05-31.xlsx")))
      .catch((e: unknown) => e);
    expect(p.officeErrorMessage(error, "kk")).toBe(
      "«Sapa-Алға-2026-05-31.xlsx» — Sapa жазған кітап (қорытынды, үміткерлер, түбіртектер немесе есеп), педагогтер тізімі емес: өзіңіз жүргізетін тізім файлын ашыңыз.",
    );
    expect(p.officeErrorMessage(error, "ru")).toMatch(
      /^«Sapa-Алға-2026-05-31\.xlsx» — книга, которую записала Sapa/,
    );
    expect(p.view().file?.name).toBe("export.csv");
    // A roster workbook that also holds a sheet Sapa wrote (the pane writes into the roster's workbook) is read.
    const both = await writeWorkbook([summarySheet(summary, { lang: "kk" })]);
    const sheets = await readWorkbook(both, "both.xlsx");
    const mixed = createFilePort(async () => async () => [
      { name: "Тізім", grid: { values: [["Аты-жөні"]] } },
      ...sheets,
    ]);
    await mixed.open(fileSource(new File([both as BlobPart], "roster.xlsx")));
    expect((await mixed.listSheets()).map((s) => s.name)).toEqual(["Тізім", "Sapa — қорытынды"]);
  });

  it("reads a kept handle afresh on every check, and a picked file once", async () => {
    const csv = (rows: string[]) => new TextEncoder().encode(rows.join("\n"));
    const header = "ФИО;Организация;Образование;Категория";
    const one = csv([header, "Ким Елена;№1 балабақша;высшее;педагог-эксперт"]);
    const two = csv([
      header,
      "Ким Елена;№1 балабақша;высшее;педагог-эксперт",
      "Ли Анна;№1 балабақша;высшее;педагог",
    ]);
    const rows = async (p: ReturnType<typeof port>) => (await p.readRoster()).input.values.length;

    const disk = diskFile("roster.csv", one);
    const kept = port();
    await kept.open(handleSource(disk.handle));
    expect(await rows(kept)).toBe(2);
    disk.state.bytes = two;
    disk.state.modified = 2;
    expect(await rows(kept)).toBe(3);
    expect(kept.view().file?.version).toBe(2);

    let reads = 0;
    const picked: FileSource = { ...fileSource(new File([one as BlobPart], "roster.csv")) };
    const once = port();
    await once.open({ ...picked, read: () => (reads++, picked.read()) });
    await rows(once);
    await rows(once);
    expect(reads).toBe(1);
    expect(once.view().file?.rereadable).toBe(false);
  });

  it("shows 'go to' and highlights in the preview's view, never in the file", async () => {
    const p = port();
    await p.open(fileSource(new File([corpus("export-comma.csv") as BlobPart], "export.csv")));
    const [sheet] = await p.listSheets();
    const shown = await p.selectCell(sheet!.name, "$D$7");
    expect(shown.selected).toBe(true);
    expect(p.view().target).toMatchObject({ sheet: sheet!.name, address: "D7" });
    await p.highlightProblems(sheet!.name, [{ address: "D7", severity: "error" }]);
    expect(p.view().marks.get(sheet!.name)).toEqual([{ address: "D7", severity: "error" }]);
    await p.clearHighlights(sheet!.name);
    expect(p.view().marks.has(sheet!.name)).toBe(false);
  });

  it("keeps Sapa's sheets written, rewriting a sheet by name and adding only new receipts to the log", async () => {
    const p = port();
    const summary = summarise([], {
      asOf: "2026-05-31" as IsoDate,
      year: "2025-2026" as AcademicYear,
      present: [],
    });
    const receipt = (id: string, revision: number) =>
      ({
        id,
        district: "alga",
        year: "2025-2026",
        revision,
        receivedAt: "2026-05-31T04:00:00.000Z",
        summary: { ...summary, teachers: 12, qualitativeShare: 0.25 },
      }) as unknown as Receipt;
    const first = await p.writeSheet(summarySheet(summary, { lang: "kk" }));
    expect(first.chart).toBe(false);
    await p.writeSheet(summarySheet(summary, { lang: "kk" }));
    const since = p.writeCount();
    await p.writeSheet(receiptsSheet([receipt("r1", 1)], "kk"));
    await p.writeSheet(receiptsSheet([receipt("r1", 1), receipt("r2", 2)], "kk"));
    const written = p.view().written;
    expect(written.map((d) => d.key)).toEqual(["summary", "receipts"]);
    // The header, then r1 and r2 once each.
    expect(written[1]!.rows.map((r) => r.values[4])).toEqual([written[1]!.rows[0]!.values[4], "r1", "r2"]);
    expect(p.writtenSince(since).map((d) => d.key)).toEqual(["receipts"]);
  });
});
