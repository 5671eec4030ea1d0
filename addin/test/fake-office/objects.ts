import {
  cellCount,
  formatAddress,
  intersect,
  localAddress,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  type Rect,
} from "./address.ts";
import { FakeClientObject, FakeRequestContext, type PropertySpec } from "./context.ts";
import { ErrorCodes, FakeOfficeError } from "./errors.ts";
import {
  dateToSerial,
  getFormat,
  getValue,
  setFormat,
  setValue,
  styleKey,
  usedRect,
  validateSheetName,
  type Cell,
  type CellStyle,
  type ChartState,
  type SheetState,
} from "./state.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** More cells than this in one read cannot fit Excel's payload limit; refuse before building arrays. */
const MAX_READ_CELLS = 2_000_000;

function invalid(message: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.invalidArgument,
    `The argument is invalid or missing or has an incorrect format. ${message}`,
  );
}

function invalidOperation(message: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.invalidOperation,
    `The operation is invalid for the object. ${message}`,
  );
}

interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

function eachCell(rect: Rect, fn: (r: number, c: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c);
}

function readMatrix<V>(t: RangeTarget, cell: (r: number, c: number) => V): V[][] {
  if (cellCount(t.rect) > MAX_READ_CELLS) {
    throw new FakeOfficeError(
      ErrorCodes.requestPayloadSizeLimitExceeded,
      "The request payload size has exceeded the limit.",
    );
  }
  const out: V[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const row: V[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

/** Applies a scalar or a matrix of the range's exact size, as Office requires. */
function writeMatrix(
  t: RangeTarget,
  value: unknown,
  apply: (r: number, c: number, v: unknown) => void,
): void {
  const rows = t.rect.r1 - t.rect.r0 + 1;
  const cols = t.rect.c1 - t.rect.c0 + 1;
  if (!Array.isArray(value)) {
    eachCell(t.rect, (r, c) => apply(r, c, value));
    return;
  }
  if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw invalid(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${rows}x${cols})`,
    );
  }
  eachCell(t.rect, (r, c) => apply(r, c, (value as unknown[][])[r - t.rect.r0]![c - t.rect.c0]));
}

function uniform<V>(t: RangeTarget, read: (r: number, c: number) => V): V | null {
  let first: V | undefined;
  let same = true;
  eachCell(t.rect, (r, c) => {
    if (!same) return;
    const v = read(r, c);
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same ? (first ?? null) : null;
}

function style(t: RangeTarget, r: number, c: number): CellStyle {
  return t.sheet.styles.get(styleKey(r, c)) ?? {};
}

function setStyle(t: RangeTarget, patch: Partial<CellStyle>): void {
  if (cellCount(t.rect) > MAX_READ_CELLS)
    throw invalid("Range too large to format cell by cell in the fake.");
  eachCell(t.rect, (r, c) => {
    const key = styleKey(r, c);
    const next: CellStyle = { ...(t.sheet.styles.get(key) ?? {}), ...patch };
    for (const k of Object.keys(next) as (keyof CellStyle)[]) if (next[k] === undefined) delete next[k];
    if (Object.keys(next).length === 0) t.sheet.styles.delete(key);
    else t.sheet.styles.set(key, next);
  });
}

// ─── Range and its formats ─────────────────────────────────────────────────────────────────────────

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(private readonly range: FakeRange) {
    super(range.context);
  }
  protected locate() {
    return this.range._target();
  }
  protected get props(): Record<string, PropertySpec<RangeTarget>> {
    return {
      // Excel reports "no fill" as white; mixed fills as null.
      color: {
        read: (t) => uniform(t, (r, c) => style(t, r, c).fill ?? "#FFFFFF"),
        write: (t, v) => setStyle(t, { fill: String(v).toUpperCase() }),
      },
      pattern: { read: (t) => uniform(t, (r, c) => (style(t, r, c).fill ? "Solid" : "None")), api: 9 },
    };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get pattern(): string {
    return this._get("pattern");
  }
  clear(): void {
    this._call("clear", [], (t) => setStyle(t, { fill: undefined }));
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(private readonly range: FakeRange) {
    super(range.context);
  }
  protected locate() {
    return this.range._target();
  }
  protected get props(): Record<string, PropertySpec<RangeTarget>> {
    return {
      bold: {
        read: (t) => uniform(t, (r, c) => style(t, r, c).bold ?? false),
        write: (t, v) => setStyle(t, { bold: Boolean(v) }),
      },
      italic: {
        read: (t) => uniform(t, (r, c) => style(t, r, c).italic ?? false),
        write: (t, v) => setStyle(t, { italic: Boolean(v) }),
      },
      color: {
        read: (t) => uniform(t, (r, c) => style(t, r, c).fontColor ?? "#000000"),
        write: (t, v) => setStyle(t, { fontColor: String(v).toUpperCase() }),
      },
    };
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  private _fill?: FakeRangeFill;
  private _font?: FakeRangeFont;
  constructor(private readonly range: FakeRange) {
    super(range.context);
  }
  protected locate() {
    return this.range._target();
  }
  protected get props(): Record<string, PropertySpec<RangeTarget>> {
    return {
      columnWidth: {
        api: 2,
        read: (t) => uniform(t, (_r, c) => t.sheet.columnWidths.get(c) ?? 48),
        write: (t, v) => {
          for (let c = t.rect.c0; c <= Math.min(t.rect.c1, MAX_COLUMNS - 1); c++)
            t.sheet.columnWidths.set(c, Number(v));
        },
      },
      horizontalAlignment: {
        read: (t) => uniform(t, (r, c) => style(t, r, c).horizontalAlignment ?? "General"),
        write: (t, v) => setStyle(t, { horizontalAlignment: String(v) }),
      },
      wrapText: {
        read: (t) => uniform(t, (r, c) => style(t, r, c).wrapText ?? false),
        write: (t, v) => setStyle(t, { wrapText: Boolean(v) }),
      },
    };
  }
  protected override get navs() {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): FakeRangeFill {
    return (this._fill ??= new FakeRangeFill(this.range));
  }
  get font(): FakeRangeFont {
    return (this._font ??= new FakeRangeFont(this.range));
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v);
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._set("horizontalAlignment", v);
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v);
  }
  autofitColumns(): void {
    this._call(
      "autofitColumns",
      [],
      (t) => {
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          let longest = 0;
          for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 5000); r++) {
            longest = Math.max(longest, String(getValue(t.sheet, r, c) ?? "").length);
          }
          t.sheet.columnWidths.set(c, Math.max(20, Math.min(400, longest * 6 + 6)));
        }
      },
      2,
    );
  }
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  constructor(private readonly range: FakeRange) {
    super(range.context);
  }
  protected locate() {
    return this.range._target();
  }
  private static rules(t: RangeTarget) {
    return t.sheet.validations.filter((v) => intersect(v.rect, t.rect));
  }
  protected get props(): Record<string, PropertySpec<RangeTarget>> {
    return {
      rule: {
        api: 8,
        read: (t) => {
          const hits = FakeDataValidation.rules(t);
          return hits.length === 1 ? hits[0]!.rule : hits.length === 0 ? {} : null;
        },
        write: (t, v) => {
          // Excel refuses a new rule over cells that already carry a different one: clear() first.
          if (FakeDataValidation.rules(t).length > 0) {
            throw invalidOperation(
              "The range already has data validation; clear it before setting a new rule.",
            );
          }
          t.sheet.validations.push({
            rect: { ...t.rect },
            rule: structuredClone(v) as Record<string, unknown>,
          });
        },
      },
      type: {
        api: 8,
        read: (t) => {
          const hits = FakeDataValidation.rules(t);
          if (hits.length === 0) return "None";
          if (hits.length > 1) return "Inconsistent";
          const key = Object.keys(hits[0]!.rule)[0] ?? "None";
          return key.charAt(0).toUpperCase() + key.slice(1);
        },
      },
    };
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._set("rule", v);
  }
  get type(): string {
    return this._get("type");
  }
  clear(): void {
    this._call(
      "clear",
      [],
      (t) => {
        t.sheet.validations = t.sheet.validations.filter((v) => !intersect(v.rect, t.rect));
      },
      8,
    );
  }
}

interface CfTarget {
  sheet: SheetState;
  cf: SheetState["conditionalFormats"][number];
}

export class FakeConditionalRangeFill extends FakeClientObject<CfTarget> {
  constructor(private readonly owner: FakeConditionalFormat) {
    super(owner.context);
  }
  protected locate() {
    return this.owner._target();
  }
  protected get props(): Record<string, PropertySpec<CfTarget>> {
    return { color: { read: (t) => t.cf.fill, write: (t, v) => void (t.cf.fill = String(v).toUpperCase()) } };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
}

export class FakeConditionalRangeFont extends FakeClientObject<CfTarget> {
  constructor(private readonly owner: FakeConditionalFormat) {
    super(owner.context);
  }
  protected locate() {
    return this.owner._target();
  }
  protected get props(): Record<string, PropertySpec<CfTarget>> {
    return {
      color: {
        read: (t) => t.cf.fontColor,
        write: (t, v) => void (t.cf.fontColor = String(v).toUpperCase()),
      },
    };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
}

export class FakeCellValueConditionalFormat extends FakeClientObject<CfTarget> {
  readonly format: { fill: FakeConditionalRangeFill; font: FakeConditionalRangeFont };
  constructor(private readonly owner: FakeConditionalFormat) {
    super(owner.context);
    this.format = { fill: new FakeConditionalRangeFill(owner), font: new FakeConditionalRangeFont(owner) };
  }
  protected locate() {
    return this.owner._target();
  }
  protected get props(): Record<string, PropertySpec<CfTarget>> {
    return {
      rule: {
        read: (t) => t.cf.rule,
        write: (t, v) => void (t.cf.rule = structuredClone(v) as CfTarget["cf"]["rule"]),
      },
    };
  }
  get rule(): CfTarget["cf"]["rule"] {
    return this._get("rule");
  }
  set rule(v: CfTarget["cf"]["rule"]) {
    this._set("rule", v);
  }
}

export class FakeConditionalFormat extends FakeClientObject<CfTarget> {
  private bound: CfTarget | null = null;
  readonly cellValue: FakeCellValueConditionalFormat;
  constructor(context: FakeRequestContext) {
    super(context);
    this.cellValue = new FakeCellValueConditionalFormat(this);
  }
  _attach(t: CfTarget) {
    this.bound = t;
  }
  protected locate() {
    return this.bound;
  }
  protected get props(): Record<string, PropertySpec<CfTarget>> {
    return { type: { read: (t) => t.cf.type } };
  }
  get type(): string {
    return this._get("type");
  }
}

let cfCounter = 1;

export class FakeConditionalFormatCollection extends FakeClientObject<RangeTarget> {
  constructor(private readonly range: FakeRange) {
    super(range.context);
    range.context._requireApi(6, "Range.conditionalFormats");
  }
  protected locate() {
    return this.range._target();
  }
  protected get props(): Record<string, PropertySpec<RangeTarget>> {
    return {};
  }
  add(type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.context);
    this._call(
      "add",
      [type],
      (t) => {
        const state = {
          id: `cf${cfCounter++}`,
          rect: { ...t.rect },
          type,
          rule: null,
          fill: null,
          fontColor: null,
        };
        t.sheet.conditionalFormats.push(state);
        cf._attach({ sheet: t.sheet, cf: state });
      },
      6,
    );
    return cf;
  }
  clearAll(): void {
    this._call(
      "clearAll",
      [],
      (t) => {
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersect(cf.rect, t.rect));
      },
      6,
    );
  }
}

type RangeLocator = () => RangeTarget | null;

export class FakeRange extends FakeClientObject<RangeTarget> {
  private _format?: FakeRangeFormat;
  private _cfs?: FakeConditionalFormatCollection;
  private _dv?: FakeDataValidation;
  constructor(
    context: FakeRequestContext,
    private readonly locator: RangeLocator,
  ) {
    super(context);
  }
  protected locate() {
    return this.locator();
  }
  protected get props(): Record<string, PropertySpec<RangeTarget>> {
    return {
      address: { read: (t) => formatAddress(t.sheet.name, t.rect) },
      addressLocal: { read: (t) => formatAddress(t.sheet.name, t.rect) },
      rowCount: { read: (t) => t.rect.r1 - t.rect.r0 + 1 },
      columnCount: { read: (t) => t.rect.c1 - t.rect.c0 + 1 },
      rowIndex: { read: (t) => t.rect.r0 },
      columnIndex: { read: (t) => t.rect.c0 },
      cellCount: { read: (t) => cellCount(t.rect) },
      values: {
        read: (t) => readMatrix(t, (r, c) => getValue(t.sheet, r, c) ?? ""),
        write: (t, v) =>
          writeMatrix(t, v, (r, c, x) => {
            if (x !== null && typeof x === "object")
              throw invalid("A cell value must be a string, number or boolean.");
            // Like typing into Excel: an ISO date string in a cell not formatted as text becomes a date.
            const iso = typeof x === "string" && getFormat(t.sheet, r, c) !== "@" ? ISO_DATE.exec(x) : null;
            if (iso) {
              setValue(t.sheet, r, c, dateToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3])));
              if (getFormat(t.sheet, r, c) === "General") setFormat(t.sheet, r, c, "yyyy-mm-dd");
              return;
            }
            setValue(t.sheet, r, c, (x ?? null) as Cell);
          }),
      },
      numberFormat: {
        read: (t) => readMatrix(t, (r, c) => getFormat(t.sheet, r, c)),
        write: (t, v) =>
          writeMatrix(t, v, (r, c, x) => setFormat(t.sheet, r, c, x == null ? "General" : String(x))),
      },
    };
  }
  protected override get navs() {
    return { format: () => this.format };
  }
  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this._cfs ??= new FakeConditionalFormatCollection(this));
  }
  get dataValidation(): FakeDataValidation {
    this.context._requireApi(8, "Range.dataValidation");
    return (this._dv ??= new FakeDataValidation(this));
  }
  get address(): string {
    return this._get("address");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get values(): Cell[][] {
    return this._get("values");
  }
  set values(v: Cell[][]) {
    this._set("values", v);
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this._set("numberFormat", v);
  }

  private derive(arg: unknown, fn: (t: RangeTarget) => RangeTarget): FakeRange {
    this.context._path(arg);
    return new FakeRange(this.context, () => fn(this._target()));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive([row, column], (t) => {
      const r = t.rect.r0 + row;
      const c = t.rect.c0 + column;
      return { sheet: t.sheet, rect: { r0: r, c0: c, r1: r, c1: c } };
    });
  }
  getRow(row: number): FakeRange {
    return this.derive([row], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, r0: t.rect.r0 + row, r1: t.rect.r0 + row },
    }));
  }
  getColumn(column: number): FakeRange {
    return this.derive([column], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, c0: t.rect.c0 + column, c1: t.rect.c0 + column },
    }));
  }
  getOffsetRange(rows: number, columns: number): FakeRange {
    return this.derive([rows, columns], (t) => ({
      sheet: t.sheet,
      rect: { r0: t.rect.r0 + rows, r1: t.rect.r1 + rows, c0: t.rect.c0 + columns, c1: t.rect.c1 + columns },
    }));
  }
  /** ExcelApi 1.13: the merged areas that touch this range, as one RangeAreas; a null object when none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context._requireApi(13, "Range.getMergedAreasOrNullObject");
    const areas = new FakeRangeAreas(this.context, () => {
      const t = this._target();
      const rects = t.sheet.merged.filter((m) => intersect(m, t.rect) !== null);
      return rects.length === 0 ? null : { sheet: t.sheet, rects };
    });
    areas._trackNull();
    return areas;
  }
  getIntersection(other: FakeRange | string): FakeRange {
    return this.derive(typeof other === "string" ? other : "range", (t) => {
      const o =
        typeof other === "string" ? { sheet: t.sheet, rect: parseAddress(other).rect } : other._target();
      const rect = o.sheet === t.sheet ? intersect(t.rect, o.rect) : null;
      // Real Excel answers a no-overlap intersection with ItemNotFound, like a deleted sheet.
      if (!rect) throw new FakeOfficeError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
      return { sheet: t.sheet, rect };
    });
  }
  select(): void {
    this._call("select", [], (t) => {
      if (this.context.state.quirks.selectFails) {
        throw new FakeOfficeError(ErrorCodes.generalException, "An internal error has occurred.");
      }
      if (this.context.state.activeSheetId !== t.sheet.id) {
        throw invalidOperation(
          "Cannot select a range on a worksheet that is not active. Activate the worksheet first.",
        );
      }
      this.context.state.selection = { sheet: t.sheet.name, address: localAddress(t.rect) };
    });
  }
  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], (t) => {
      const rect = t.rect;
      if (applyTo === "All" || applyTo === "Contents") {
        t.sheet.values.forEach((row, r) => {
          if (!row || r < rect.r0 || r > rect.r1) return;
          for (let c = rect.c0; c <= Math.min(rect.c1, row.length - 1); c++) row[c] = null;
        });
      }
      if (applyTo === "All" || applyTo === "Formats") {
        t.sheet.formats.forEach((row, r) => {
          if (!row || r < rect.r0 || r > rect.r1) return;
          for (let c = rect.c0; c <= Math.min(rect.c1, row.length - 1); c++) row[c] = undefined;
        });
        for (const key of [...t.sheet.styles.keys()]) {
          const [r, c] = key.split(",").map(Number) as [number, number];
          if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) t.sheet.styles.delete(key);
        }
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersect(cf.rect, rect));
      }
    });
  }
}

/** Several rectangles of one sheet (ExcelApi 1.9); `address` lists them as "Sheet1!C3:C6, Sheet1!C7:C10". */
export class FakeRangeAreas extends FakeClientObject<{ sheet: SheetState; rects: Rect[] }> {
  constructor(
    context: FakeRequestContext,
    private readonly locator: () => { sheet: SheetState; rects: Rect[] } | null,
  ) {
    super(context);
  }
  protected locate() {
    return this.locator();
  }
  protected get props(): Record<string, PropertySpec<{ sheet: SheetState; rects: Rect[] }>> {
    return {
      address: { read: (t) => t.rects.map((r) => formatAddress(t.sheet.name, r)).join(", ") },
      areaCount: { read: (t) => t.rects.length },
    };
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
}

// ─── Worksheet functions ───────────────────────────────────────────────────────────────────────────

/** The result of a worksheet function call: `value` after load + sync. */
export class FakeFunctionResult extends FakeClientObject<{ value: unknown }> {
  constructor(
    context: FakeRequestContext,
    private readonly compute: () => unknown,
  ) {
    super(context);
  }
  protected locate() {
    return { value: this.compute() };
  }
  protected get props(): Record<string, PropertySpec<{ value: unknown }>> {
    return { value: { read: (t) => t.value }, error: { read: () => null } };
  }
  get value(): unknown {
    return this._get("value");
  }
}

/** `workbook.functions` (ExcelApi 1.2): only DATE, whose serial tells the workbook's date system. */
export class FakeFunctions {
  constructor(private readonly context: FakeRequestContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    this.context._requireApi(2, "Functions.date");
    return new FakeFunctionResult(
      this.context,
      () => dateToSerial(year, month, day) - (this.context.state.date1904 ? 1462 : 0),
    );
  }
}

// ─── Worksheets ────────────────────────────────────────────────────────────────────────────────────

export class FakeChartTitle extends FakeClientObject<ChartState> {
  constructor(private readonly chart: FakeChart) {
    super(chart.context);
  }
  protected locate() {
    return this.chart._target();
  }
  protected get props(): Record<string, PropertySpec<ChartState>> {
    return { text: { read: (t) => t.title, write: (t, v) => void (t.title = String(v)) } };
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v);
  }
}

export class FakeChart extends FakeClientObject<ChartState> {
  readonly title: FakeChartTitle;
  constructor(
    context: FakeRequestContext,
    private readonly locator: () => ChartState | null,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
    this.title = new FakeChartTitle(this);
  }
  protected locate() {
    return this.locator();
  }
  _bindChart(c: ChartState) {
    this._bind(c);
  }
  protected get props(): Record<string, PropertySpec<ChartState>> {
    return {
      name: { read: (t) => t.name, write: (t, v) => void (t.name = String(v)) },
      id: { read: (t) => t.id },
      chartType: { read: (t) => t.type },
    };
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  setPosition(start: string | FakeRange, end?: string | FakeRange): void {
    const text = (x: string | FakeRange | undefined) =>
      typeof x === "string" || x === undefined ? (x ?? null) : "range";
    this._call("setPosition", [text(start), text(end)], (t) => {
      // As Office.js: a malformed cell address fails the batch at sync with InvalidArgument.
      for (const x of [start, end]) if (typeof x === "string") parseAddress(x);
      t.position = { start: text(start)!, end: text(end) };
    });
  }
  delete(): void {
    this._call("delete", [], (t) => {
      const s = this.sheet();
      s.charts = s.charts.filter((c) => c !== t);
    });
  }
}

let chartCounter = 1;

/** Excel.ChartType values of ExcelApi 1.1 the fake accepts (the column, bar, line, area, pie and XY families). */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "Area",
  "AreaStacked",
  "AreaStacked100",
  "Pie",
  "Doughnut",
  "XYScatter",
  "XYScatterLines",
]);

export class FakeChartCollection extends FakeClientObject<SheetState> {
  private itemsList: FakeChart[] | null = null;
  constructor(private readonly ws: FakeWorksheet) {
    super(ws.context);
  }
  protected locate() {
    return this.ws._target();
  }
  protected get props(): Record<string, PropertySpec<SheetState>> {
    return { count: { read: (t) => t.charts.length } };
  }
  get count(): number {
    return this._get("count");
  }
  get items(): FakeChart[] {
    if (!this.itemsList)
      throw new FakeOfficeError(
        ErrorCodes.propertyNotLoaded,
        `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.itemsList;
  }
  protected override _loadSpecial(head: string, rest: string): boolean {
    if (head !== "items" && !["name", "id", "chartType"].includes(head)) return false;
    const props = head === "items" ? (rest ? [rest] : ["name", "id", "chartType"]) : [head];
    this.context._enqueue({ load: "items", props }, () => {
      const sheet = this._target();
      const charts = sheet.charts.map(
        (c) =>
          new FakeChart(
            this.context,
            () => c,
            () => sheet,
          ),
      );
      const snaps = charts.map((c) => c._snapshot(props));
      return {
        data: snaps.map((s) => s.data),
        commit: () => {
          snaps.forEach((s) => s.commit());
          this.itemsList = charts;
        },
      };
    });
    return true;
  }
  add(type: string, source: FakeRange, seriesBy: string = "Auto"): FakeChart {
    const chart = new FakeChart(
      this.context,
      () => null,
      () => this._target(),
    );
    this._call("add", [type, "range", seriesBy], (sheet) => {
      // As Office.js: an unknown chart type or series direction fails the batch at sync.
      if (!CHART_TYPES.has(type)) {
        throw new FakeOfficeError(
          ErrorCodes.invalidArgument,
          "The argument is invalid or missing or has an incorrect format.",
        );
      }
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) {
        throw new FakeOfficeError(
          ErrorCodes.invalidArgument,
          "The argument is invalid or missing or has an incorrect format.",
        );
      }
      const src = source._target();
      const state: ChartState = {
        id: `chart${chartCounter++}`,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: formatAddress(src.sheet.name, src.rect),
        seriesBy,
        title: null,
        position: null,
      };
      sheet.charts.push(state);
      chart._bindChart(state);
    });
    return chart;
  }
}

export class FakeFreezePanes extends FakeClientObject<SheetState> {
  constructor(private readonly ws: FakeWorksheet) {
    super(ws.context);
    ws.context._requireApi(7, "Worksheet.freezePanes");
  }
  protected locate() {
    return this.ws._target();
  }
  protected get props(): Record<string, PropertySpec<SheetState>> {
    return {};
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (t) => void (t.frozenRows = count), 7);
  }
  unfreeze(): void {
    this._call("unfreeze", [], (t) => void (t.frozenRows = 0), 7);
  }
}

export class FakeWorksheet extends FakeClientObject<SheetState> {
  private _charts?: FakeChartCollection;
  private _freeze?: FakeFreezePanes;
  constructor(
    context: FakeRequestContext,
    private readonly locator: () => SheetState | null,
  ) {
    super(context);
  }
  protected locate() {
    return this.locator();
  }
  _bindSheet(s: SheetState) {
    this._bind(s);
  }
  protected get props(): Record<string, PropertySpec<SheetState>> {
    const wb = this.context.state;
    return {
      name: {
        read: (t) => t.name,
        write: (t, v) => {
          const name = String(v);
          validateSheetName(name);
          const other = wb.findSheet(name);
          if (other && other !== t)
            throw new FakeOfficeError(
              ErrorCodes.itemAlreadyExists,
              "A resource with the same name or identifier already exists.",
            );
          t.name = name;
        },
      },
      id: { read: (t) => t.id },
      position: {
        read: (t) => wb.sheets.indexOf(t),
        write: (t, v) => {
          wb.sheets.splice(wb.sheets.indexOf(t), 1);
          wb.sheets.splice(Math.max(0, Math.min(Number(v), wb.sheets.length)), 0, t);
        },
      },
      visibility: {
        read: (t) => t.visibility,
        write: (t, v) => {
          const next = String(v) as SheetState["visibility"];
          if (
            next !== "Visible" &&
            wb.sheets.filter((s) => s.visibility === "Visible" && s !== t).length === 0
          ) {
            throw invalidOperation("A workbook must contain at least one visible worksheet.");
          }
          if (next !== "Visible" && wb.activeSheetId === t.id) {
            wb.activeSheetId = wb.sheets.find((s) => s.visibility === "Visible" && s !== t)!.id;
          }
          t.visibility = next;
        },
      },
    };
  }
  override _set(name: string, value: unknown): void {
    if (name === "visibility") this.context._requireApi(2, "Worksheet.visibility (set)");
    super._set(name, value);
  }
  protected override get navs() {
    return { charts: () => this.charts };
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v);
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v);
  }
  get charts(): FakeChartCollection {
    return (this._charts ??= new FakeChartCollection(this));
  }
  get freezePanes(): FakeFreezePanes {
    return (this._freeze ??= new FakeFreezePanes(this));
  }

  private range(arg: unknown, rect: (sheet: SheetState) => Rect): FakeRange {
    this.context._path(arg);
    return new FakeRange(this.context, () => {
      const sheet = this._target();
      return { sheet, rect: rect(sheet) };
    });
  }

  getRange(address?: string): FakeRange {
    if (address === undefined)
      return this.range([], () => ({ r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 }));
    // Parse now so a bad address fails at sync like Office (the proxy itself is created lazily).
    return this.range([address], (sheet) => {
      const { sheet: named, rect } = parseAddress(address);
      if (named !== null && named.toLocaleLowerCase() !== sheet.name.toLocaleLowerCase()) {
        throw invalid(`The address refers to another sheet (${address}).`);
      }
      return rect;
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.context._requireApi(7, "Worksheet.getRangeByIndexes");
    return this.range([startRow, startColumn, rowCount, columnCount], () => ({
      r0: startRow,
      c0: startColumn,
      r1: startRow + rowCount - 1,
      c1: startColumn + columnCount - 1,
    }));
  }
  getCell(row: number, column: number): FakeRange {
    return this.range([row, column], () => ({ r0: row, c0: column, r1: row, c1: column }));
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.context._requireApi(2, "Worksheet.getUsedRange(valuesOnly)");
    // An empty sheet's used range is A1, as in Excel.
    return this.range(
      [valuesOnly ?? false],
      (sheet) => usedRect(sheet, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }
  activate(): void {
    this._call("activate", [], (t) => {
      if (t.visibility !== "Visible") throw invalidOperation("Cannot activate a hidden worksheet.");
      this.context.state.activeSheetId = t.id;
    });
  }
  delete(): void {
    this._call("delete", [], (t) => {
      const wb = this.context.state;
      if (wb.sheets.filter((s) => s.visibility === "Visible" && s !== t).length === 0) {
        throw invalidOperation("A workbook must contain at least one visible worksheet.");
      }
      const index = wb.sheets.indexOf(t);
      wb.sheets.splice(index, 1);
      if (wb.activeSheetId === t.id) {
        const next =
          wb.sheets.slice(Math.max(0, index - 1)).find((s) => s.visibility === "Visible") ??
          wb.sheets.find((s) => s.visibility === "Visible")!;
        wb.activeSheetId = next.id;
        wb.selection = null;
      }
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject<SheetState[]> {
  private itemsList: FakeWorksheet[] | null = null;
  protected locate() {
    return this.context.state.sheets;
  }
  protected get props(): Record<string, PropertySpec<SheetState[]>> {
    return {};
  }
  get items(): FakeWorksheet[] {
    if (!this.itemsList)
      throw new FakeOfficeError(
        ErrorCodes.propertyNotLoaded,
        `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.itemsList;
  }
  protected override _loadSpecial(head: string, rest: string): boolean {
    const sheetProps = ["name", "id", "position", "visibility"];
    let props: string[];
    if (head === "items") props = rest ? [rest] : sheetProps;
    else if (sheetProps.includes(head)) props = [head];
    else return false;
    this.pendingItemProps.push(...props);
    if (this.pendingItemProps.length === props.length) {
      this.context._enqueue({ load: "items" }, () => {
        const wanted = [...new Set(this.pendingItemProps)];
        this.pendingItemProps = [];
        const sheets = this.context.state.sheets.map((s) => new FakeWorksheet(this.context, () => s));
        const snaps = sheets.map((s) => s._snapshot(wanted));
        return {
          data: snaps.map((s) => s.data),
          commit: () => {
            snaps.forEach((s) => s.commit());
            this.itemsList = sheets;
          },
        };
      });
    }
    return true;
  }
  private pendingItemProps: string[] = [];

  getItem(key: string): FakeWorksheet {
    this.context._path([key]);
    return new FakeWorksheet(
      this.context,
      () => this.context.state.findSheet(key) ?? this.context.state.sheetById(key) ?? null,
    );
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.context._requireApi(4, "WorksheetCollection.getItemOrNullObject");
    const ws = this.getItem(key);
    ws._trackNull();
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    this.context._path([]);
    return new FakeWorksheet(this.context, () => this.context.state.activeSheet);
  }
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => null);
    this._call("add", [name ?? null], () => {
      const wb = this.context.state;
      let n = wb.sheets.length + 1;
      while (!name && wb.findSheet(`Sheet${n}`)) n++;
      ws._bindSheet(wb.addSheet(name ?? `Sheet${n}`));
    });
    return ws;
  }
}

export class FakeApplication extends FakeClientObject<object> {
  protected locate() {
    return {};
  }
  protected get props(): Record<string, PropertySpec<object>> {
    return {};
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => {}, 6);
  }
}

export class FakeWorkbookProxy extends FakeClientObject<object> {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;
  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = new FakeApplication(context);
    this.functions = new FakeFunctions(context);
  }
  protected locate() {
    return {};
  }
  protected get props(): Record<string, PropertySpec<object>> {
    return {};
  }
  getSelectedRange(): FakeRange {
    this.context._path([]);
    return new FakeRange(this.context, () => {
      const wb = this.context.state;
      const sheet = wb.activeSheet;
      const address = wb.selection && wb.selection.sheet === sheet.name ? wb.selection.address : "A1";
      return { sheet, rect: parseAddress(address).rect };
    });
  }
}

/** A fresh context bound to the fake workbook, as Excel.run hands one to its callback. */
export function createContext(state: FakeRequestContext["state"]): FakeRequestContext {
  const context = new FakeRequestContext(state);
  const workbook = new FakeWorkbookProxy(context);
  context.workbook = workbook;
  context.application = workbook.application;
  return context;
}
