import type { Severity } from "@sapa/shared";
import { detectRequirementSets } from "./requirements.ts";

/** Fill colours of highlighted cells: Excel's own "bad", "neutral" and a light blue for notes. */
export const HIGHLIGHT_COLORS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Where the original fills live: the add-in's document settings (saved inside the workbook, invisible to
 * the user, untouched by edits to any sheet), keyed by worksheet id so a renamed sheet keeps its record.
 */
export const HIGHLIGHT_SETTING = "sapa.highlights.v1";

/** Per sheet id, per cell: the fill before Sapa touched it (null = no fill) and the colour Sapa applied. */
type HighlightStore = Record<string, Record<string, { original: string | null; applied: string }>>;

export interface HighlightCell {
  /** A cell address on the sheet, "C5". */
  address: string;
  severity: Severity;
}

/** Cells per sync when loading fills: keeps each request far below the payload limit. */
const CELLS_PER_SYNC = 4000;

function normaliseAddress(address: string): string {
  return address.replace(/\$/g, "").toUpperCase();
}

function readStore(): HighlightStore {
  const raw = Office.context.document.settings.get(HIGHLIGHT_SETTING) as unknown;
  return raw && typeof raw === "object" ? (raw as HighlightStore) : {};
}

function saveStore(store: HighlightStore): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(HIGHLIGHT_SETTING, store);
  // The record is already live for this session; a failed save only loses it across a reopen.
  return new Promise((resolve) => settings.saveAsync(() => resolve()));
}

interface FillState {
  color: string | null;
  /** The cell has no fill at all (told from white only where RangeFill.pattern exists, ExcelApi 1.9). */
  none: boolean;
}

async function loadFills(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  addresses: readonly string[],
): Promise<Map<string, FillState>> {
  const withPattern = detectRequirementSets().canFillPattern;
  const fills = new Map<string, FillState>();
  for (let i = 0; i < addresses.length; i += CELLS_PER_SYNC) {
    const batch = addresses.slice(i, i + CELLS_PER_SYNC).map((address) => {
      const fill = ws.getRange(address).format.fill;
      fill.load(withPattern ? "color, pattern" : "color");
      return { address, fill };
    });
    await context.sync();
    for (const { address, fill } of batch) {
      const color = fill.color ? fill.color.toUpperCase() : null;
      // Without the pattern, Excel reports "no fill" as white; restoring white as "no fill" looks the same.
      const none = withPattern ? fill.pattern === "None" : color === "#FFFFFF";
      fills.set(address, { color, none });
    }
  }
  return fills;
}

function restore(ws: Excel.Worksheet, address: string, original: string | null): void {
  const fill = ws.getRange(address).format.fill;
  if (original === null) fill.clear();
  else fill.color = original;
}

async function sheetId(
  context: Excel.RequestContext,
  sheet: string,
): Promise<Excel.Worksheet & { id: string }> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.load("id");
  await context.sync();
  return ws;
}

/**
 * Fills problem cells by severity (the worst per cell wins). The first highlight of a cell saves its
 * original fill; cells highlighted before and no longer listed get theirs back, so repeated highlights
 * never lose an original.
 */
export async function highlightProblems(sheet: string, cells: readonly HighlightCell[]): Promise<void> {
  const wanted = new Map<string, Severity>();
  for (const cell of cells) {
    const address = normaliseAddress(cell.address);
    const prev = wanted.get(address);
    if (!prev || SEVERITY_RANK[cell.severity] > SEVERITY_RANK[prev]) wanted.set(address, cell.severity);
  }
  await Excel.run(async (context) => {
    const ws = await sheetId(context, sheet);
    const store = readStore();
    const records = { ...(store[ws.id] ?? {}) };
    const stale = Object.keys(records).filter((a) => !wanted.has(a));
    const fills = await loadFills(context, ws, [...wanted.keys(), ...stale]);

    for (const address of stale) {
      const rec = records[address]!;
      if (fills.get(address)?.color === rec.applied.toUpperCase()) restore(ws, address, rec.original);
      delete records[address];
    }
    for (const [address, severity] of wanted) {
      const applied = HIGHLIGHT_COLORS[severity];
      const prev = records[address];
      const now = fills.get(address);
      // A cell still showing Sapa's colour keeps its saved original; otherwise its current fill is the original.
      const stillOurs = prev !== undefined && now?.color === prev.applied.toUpperCase();
      const original = stillOurs ? prev.original : now?.none ? null : (now?.color ?? null);
      records[address] = { original, applied };
      ws.getRange(address).format.fill.color = applied;
    }
    await context.sync();
    if (Object.keys(records).length > 0) store[ws.id] = records;
    else delete store[ws.id];
    await saveStore(store);
  });
}

/** Puts back every original fill Sapa saved on this sheet (cells the user re-filled since are left alone). */
export async function clearHighlights(sheet: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = await sheetId(context, sheet);
    const store = readStore();
    const records = store[ws.id];
    if (!records) return;
    const addresses = Object.keys(records);
    const fills = await loadFills(context, ws, addresses);
    for (const address of addresses) {
      const rec = records[address]!;
      if (fills.get(address)?.color === rec.applied.toUpperCase()) restore(ws, address, rec.original);
    }
    await context.sync();
    delete store[ws.id];
    await saveStore(store);
  });
}
