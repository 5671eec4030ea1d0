import {
  sealedNameOf,
  type AttestationEntry,
  type Lang,
  type SheetDescription,
  type UnlockedRegionKey,
} from "@sapa/shared";
import type { OpenedReportNames } from "@sapa/client";
import { sampleReport } from "@sapa/shared/sample/report";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../api/client.ts";
import { translator } from "../translate.ts";
import type { ExcelPort } from "./excel-port.ts";
import { pullReport } from "./report-sheets.ts";
import type { Notice, Notices } from "./use-notices.ts";
import { resolvedNotices, withNotice } from "./use-notices.ts";
import type { LoadStep } from "./use-region-view.ts";

const sample = sampleReport();

/** The region's pull against a client answering the sample report and a workbook that may refuse a sheet. */
async function pull(
  lang: Lang,
  options: {
    failOn?: number;
    earlier?: Notice[];
    attestation?: AttestationEntry[];
    names?: OpenedReportNames;
  } = {},
) {
  const t = translator(lang);
  const steps: LoadStep[] = [];
  // The notices on screen while the server is being read.
  const listAtStart: Notice[][] = [];
  let list: Notice[] = options.earlier ?? [];
  let id = 100;
  const notices: Pick<Notices, "notify" | "resolve"> = {
    notify: (source, intent, body, extra = {}) => {
      list = withNotice(list, { id: id++, source, intent, body, auth: false, ...extra });
    },
    resolve: (source, extra = {}) => {
      list = resolvedNotices(list, source, extra.authenticated === true);
    },
  };
  const client = {
    report: async (_year: string, o: { onProgress?: (done: number, total?: number) => void } = {}) => {
      listAtStart.push(list);
      o.onProgress?.(200, 400);
      o.onProgress?.(400, 400);
      return {
        figures: sample.figures,
        organizations: sample.organizations,
        attestation: options.attestation ?? sample.attestation,
      };
    },
    openNames: async () => options.names,
    trend: async () => sample.trend,
    groups: async () => ({ groups: [] }),
    candidates: async () => sample.candidates,
  } as unknown as ApiClient;
  const written: string[] = [];
  const attempted: string[] = [];
  const excel = {
    listSheets: async () => [],
    writeSheet: async (d: SheetDescription, onProgress?: (rows: number, total: number) => void) => {
      attempted.push(d.name);
      if (written.length === options.failOn) throw new Error("InvalidOperation");
      onProgress?.(d.rows.length, d.rows.length);
      written.push(d.name);
      return { sheet: d.name, chart: false };
    },
    officeErrorMessage: () => "Excel refused the write.",
  } as unknown as ExcelPort;
  await pullReport({
    excel,
    client,
    regionKey: options.names ? ({} as UnlockedRegionKey) : null,
    year: sample.figures.year,
    lang,
    t,
    notices: notices as Notices,
    onStep: (step) => steps.push(step),
  });
  return { steps, written, failed: attempted.at(-1), notices: list, atStart: listAtStart[0] ?? [] };
}

describe("the region's pull into the workbook", () => {
  it("says what it is doing at each step: the lists' rows read, then each sheet written, i of n", async () => {
    const { steps, written } = await pull("ru");
    const labels = steps.map((s) => s.label);
    expect(labels[0]).toBe("Загружается отчёт…");
    expect(labels).toContain("Загружаются списки отчёта, строк: 200 из 400…");
    expect(labels).toContain("Загружаются этапы, группы и кандидаты…");
    expect(labels).toContain(`Записываются листы (1 из ${written.length}): «${written[0]}»…`);
    expect(labels.at(-1)).toBe(
      `Записываются листы (${written.length} из ${written.length}): «${written.at(-1)}»…`,
    );
    // the bar moves forward while the sheets go in, and ends full
    const writing = steps.filter((s) => s.label.startsWith("Записываются"));
    expect(writing.map((s) => s.value)).toEqual([...writing.map((s) => s.value)].sort((a, b) => a! - b!));
    expect(writing.at(-1)!.value).toBe(1);
  });

  it("takes the previous pull's 'written' away as soon as a new pull starts", async () => {
    const earlier: Notice = {
      id: 1,
      source: "report",
      intent: "success",
      body: "written before",
      auth: false,
    };
    const { atStart } = await pull("kk", { earlier: [earlier] });
    expect(atStart).toEqual([]);
  });

  it("a sheet refused part-way: says which sheets hold this pull, which may be incomplete, no success", async () => {
    const { notices, written, failed } = await pull("kk", { failOn: 2 });
    expect(written).toHaveLength(2);
    expect(notices.filter((n) => n.intent === "success")).toEqual([]);
    const [error] = notices.filter((n) => n.source === "report" && n.intent === "error");
    expect(error!.body).toBe(
      `Excel refused the write. Есеп толық жазылмады. Осы жүктеудің көрсеткіштері мына парақтарда: ${written.join(", ")}. «${failed}» парағы толық болмауы мүмкін; Sapa-ның басқа парақтары бұрын жазылған болса, оларда бұрынғы жүктеудің көрсеткіштері қалды. Есепті қайта алыңыз.`,
    );
    expect(error!.sheets?.map((s) => s.sheet)).toEqual([...written, failed]);
  });

  it("the first sheet refused: no sheet holds this pull, and the notice says so", async () => {
    const { notices, failed } = await pull("ru", { failOn: 0 });
    const [error] = notices.filter((n) => n.intent === "error");
    expect(error!.body).toBe(
      `Excel refused the write. Отчёт записан не полностью. Лист «${failed}» может быть неполным; на остальных листах Sapa, если они были записаны раньше, остались показатели более ранней загрузки. Получите отчёт ещё раз.`,
    );
  });
});

describe("the pull's words on the names it opened", () => {
  // The list as the server keeps it: every name sealed, by its row in the district's roster.
  const sealed = sample.attestation.map((e, i) => ({ ...e, fullName: sealedNameOf(i + 2) }));
  // The key opened every row of the rosters (36 each in 13 districts, most not due for attestation),
  // and all but the list's last two entries (sealed to another key).
  const opened: OpenedReportNames = {
    attestation: sealed.map((e, i) => (i < sealed.length - 2 ? sample.attestation[i]! : e)),
    opened: 36 * 13,
    failed: 0,
    otherKeys: new Map(),
  };

  it("counts the list's names opened, of those sealed, not every roster row the key opened", async () => {
    expect(sealed).toHaveLength(241);
    const { notices } = await pull("en", { attestation: sealed, names: opened });
    const [success] = notices.filter((n) => n.source === "report" && n.intent === "success");
    expect(success!.body).toContain("Names opened in the list of teachers due for attestation: 239 of 241.");
    expect(success!.body).not.toContain("468");
    const ru = await pull("ru", { attestation: sealed, names: opened });
    expect(ru.notices.find((n) => n.intent === "success")!.body).toContain(
      "Открыто ФИО в списке педагогов, подлежащих аттестации: 239 из 241.",
    );
    const kk = await pull("kk", { attestation: sealed, names: opened });
    expect(kk.notices.find((n) => n.intent === "success")!.body).toContain(
      "Аттестаттаудан өтетін педагогтер тізімінде ашылған аты-жөндер: 241 ішінен 239.",
    );
  });
});
