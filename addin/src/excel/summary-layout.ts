import {
  ATTESTATION_YEARS,
  CATEGORY_KEYS,
  EDUCATION_KEYS,
  formatShare,
  label,
  serialFromIso,
  STAGE_CATEGORY_KEYS,
  type Lang,
  type Receipt,
  type Summary,
} from "@sapa/shared";
import { columnLetter, rectAddress } from "./address.ts";

export type SheetCell = string | number | boolean;

export const FORMAT = {
  share: "0.00%",
  pp: "+0.00;-0.00;0.00",
  count: "0",
  date: "dd.mm.yyyy",
  general: "General",
  /** Literal text: names, years and timestamps Excel would otherwise turn into dates or formulas. */
  text: "@",
} as const;

/** Columns the summary sheet uses (A…H): the widest table is the per-organisation one. */
export const SUMMARY_WIDTH = 8;

/** The summary sheet as one matrix plus where its titles, tables, gaps and chart data sit (1-based rows). */
export interface SummaryLayout {
  values: SheetCell[][];
  formats: string[][];
  titleRows: number[];
  headerRows: number[];
  totalRows: number[];
  /** The gap (percentage points) cells: red when behind the target, green when on or above it. */
  gaps: { address: string; firstRow: number; column: string; values: number[] } | null;
  /** Category / target / actual block for the native chart. */
  chart: { address: string; title: string } | null;
}

export interface SummaryLayoutOptions {
  lang: Lang;
  title: string;
  receipt?: Receipt | null;
}

type Row = { cells: SheetCell[]; formats?: string[]; kind?: "title" | "header" | "total" };

/** Lays a Summary out as the summary sheet's cells (pure: the writer only moves it into Excel). */
export function summaryLayout(summary: Summary, opts: SummaryLayoutOptions): SummaryLayout {
  const { lang } = opts;
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  const rows: Row[] = [];
  const push = (cells: SheetCell[], formats?: string[], kind?: Row["kind"]) => {
    rows.push({ cells, ...(formats ? { formats } : {}), ...(kind ? { kind } : {}) });
    return rows.length;
  };
  const blank = () => push([]);
  const share = (n: number) => (summary.teachers > 0 ? n / summary.teachers : 0);

  push([opts.title], undefined, "title");
  push([L("asOf"), serialFromIso(summary.asOf) ?? summary.asOf], [FORMAT.general, FORMAT.date]);
  push([L("year"), summary.year], [FORMAT.general, FORMAT.text]);
  const receipt = opts.receipt;
  if (receipt) {
    push(
      [L("revision"), receipt.revision, L("submittedAt"), receipt.receivedAt, "ID", receipt.id],
      [FORMAT.general, FORMAT.count, FORMAT.general, FORMAT.text, FORMAT.general, FORMAT.text],
    );
  }
  blank();

  push([L("teachers"), summary.teachers], [FORMAT.general, FORMAT.count]);
  push([L("organizations"), summary.organizations], [FORMAT.general, FORMAT.count]);
  push([L("qualitativeShare"), summary.qualitativeShare], [FORMAT.general, FORMAT.share]);
  push([L("anyCategoryShare"), summary.anyCategoryShare], [FORMAT.general, FORMAT.share]);
  blank();

  const countShare = [FORMAT.general, FORMAT.count, FORMAT.share];
  push([L("byCategory"), L("count"), L("share")], undefined, "header");
  for (const key of [...CATEGORY_KEYS, "unknown"] as const) {
    push([L(`category.${key}`), summary.byCategory[key], summary.categoryShares[key]], countShare);
  }
  push([L("total"), summary.teachers, share(summary.teachers)], countShare, "total");
  blank();
  push([L("byEducation"), L("count"), L("share")], undefined, "header");
  for (const key of [...EDUCATION_KEYS, "unknown"] as const) {
    push([L(`education.${key}`), summary.byEducation[key], summary.educationShares[key]], countShare);
  }
  push([L("total"), summary.teachers, share(summary.teachers)], countShare, "total");
  blank();

  const stage = summary.stage;
  const stageName = stage.stage ? `${L(`stage.${stage.stage}`)}, ` : "";
  const band = stage.band
    ? ` (${L("band")}: ${formatShare(stage.band.min, lang)}–${formatShare(stage.band.max, lang)})`
    : "";
  push([`${L("awardedInYear")}: ${stageName}${stage.year}${band}`], undefined, "title");
  let gaps: SummaryLayout["gaps"] = null;
  let chart: SummaryLayout["chart"] = null;
  if (stage.categories && stage.total) {
    const lineFormats = [FORMAT.general, FORMAT.share, FORMAT.share, FORMAT.pp, FORMAT.count, FORMAT.count];
    const header = push(
      [L("field.category"), L("target"), L("actual"), L("gapPp"), L("awarded"), L("teachersNeeded")],
      undefined,
      "header",
    );
    const gapValues: number[] = [];
    for (const key of STAGE_CATEGORY_KEYS) {
      const line = stage.categories[key];
      push(
        [L(`category.${key}`), line.target, line.actual, line.gapPp, line.awarded, line.teachersNeeded],
        lineFormats,
      );
      gapValues.push(line.gapPp);
    }
    const t = stage.total;
    push(
      [
        L("total"),
        t.target,
        t.actual,
        t.gapPp,
        t.awarded,
        t.teachersNeeded,
        `${L("withinBand")}: ${L(t.withinBand ? "yes" : "no")}`,
      ],
      lineFormats,
      "total",
    );
    gapValues.push(t.gapPp);
    gaps = {
      address: rectAddress(header + 1, 4, gapValues.length, 1),
      firstRow: header + 1,
      column: "D",
      values: gapValues,
    };
    chart = {
      address: rectAddress(header, 1, 1 + STAGE_CATEGORY_KEYS.length, 3),
      title: `${L("target")} / ${L("actual")}, ${stage.year}`,
    };
  } else {
    push([L("noStage")]);
  }
  if (summary.awardedYearUnknown > 0)
    push([L("awardedYearUnknown"), summary.awardedYearUnknown], [FORMAT.general, FORMAT.count]);
  blank();

  push([L("attestationDueByYear"), L("count")], undefined, "header");
  for (const year of ATTESTATION_YEARS)
    push([year, summary.attestationDueByYear[year] ?? 0], [FORMAT.text, FORMAT.count]);
  push([L("attestationOverdue"), summary.attestationOverdue], [FORMAT.general, FORMAT.count]);
  if (summary.attestationYearUnknown > 0) {
    push([L("attestationYearUnknown"), summary.attestationYearUnknown], [FORMAT.general, FORMAT.count]);
  }
  blank();

  push(
    [
      L("organization"),
      L("teachers"),
      L("category.expert"),
      L("category.researcher"),
      L("category.master"),
      L("category.moderator"),
      L("qualitativeShare"),
      L("awardedInYear"),
    ],
    undefined,
    "header",
  );
  const orgFormats = [FORMAT.text, ...Array<string>(5).fill(FORMAT.count), FORMAT.share, FORMAT.count];
  for (const org of summary.byOrganization) {
    const awarded = Object.values(org.awardedInYear).reduce((a, b) => a + b, 0);
    push(
      [
        org.name,
        org.teachers,
        org.byCategory.expert,
        org.byCategory.researcher,
        org.byCategory.master,
        org.byCategory.moderator,
        org.qualitativeShare,
        awarded,
      ],
      orgFormats,
    );
  }

  const pad = <V>(xs: readonly V[] | undefined, fill: V) =>
    Array.from({ length: SUMMARY_WIDTH }, (_, i) => xs?.[i] ?? fill);
  const rowsOf = (kind: Row["kind"]) => rows.flatMap((r, i) => (r.kind === kind ? [i + 1] : []));
  return {
    values: rows.map((r) => pad(r.cells, "" as SheetCell)),
    formats: rows.map((r) => pad(r.formats, FORMAT.general as string)),
    titleRows: rowsOf("title"),
    headerRows: rowsOf("header"),
    totalRows: rowsOf("total"),
    gaps,
    chart,
  };
}

/** "A5:H5": a whole row of the summary table area. */
export function summaryRowAddress(row: number): string {
  return `A${row}:${columnLetter(SUMMARY_WIDTH)}${row}`;
}
