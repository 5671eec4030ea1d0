import {
  Caption1,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { CellValue, Lang, Severity } from "@sapa/shared";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { HIGHLIGHT_COLORS } from "../excel/highlights.ts";
import { visibleSheets, type FilePort, type FileSheet } from "./file-port.ts";
import { columnLetters, displayCell, parseAddress } from "./grid-cells.ts";
import type { WebTranslate } from "./i18n-web.ts";
import { previewSheet } from "./preview-sheet.ts";

/** Row height in pixels: the grid draws only the rows in view (a 20,000-row roster stays quick). */
export const ROW_PX = 24;
/** Rows drawn above and below those in view. */
const OVERSCAN = 12;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  scroll: {
    position: "relative",
    overflow: "auto",
    height: "min(70vh, 640px)",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
  },
  table: { borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed" },
  cell: {
    height: `${ROW_PX}px`,
    boxSizing: "border-box",
    padding: "0 4px",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    maxWidth: "220px",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "right",
    color: tokens.colorNeutralForeground3,
  },
  // The top-left cell stays above both the column letters and the row numbers that scroll under it.
  corner: { zIndex: 3 },
  target: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  targetRow: { backgroundColor: tokens.colorBrandBackground2 },
});

/**
 * The roster sheet, read-only, drawn a window of rows at a time: "go to" scrolls to the problem's row and
 * outlines its cell, "highlight" fills the problem cells by severity (in the preview only: the file is
 * never rewritten). `checked` names the sheets the last check read as the roster: shown until the user
 * picks another.
 */
export function SheetPreview({
  port,
  tw,
  lang,
  checked,
}: {
  port: FilePort;
  tw: WebTranslate;
  lang: Lang;
  checked: readonly string[];
}) {
  const styles = useStyles();
  const view = useSyncExternalStore(port.subscribe, port.view);
  const sheets = view.file?.sheets ?? [];
  const [shown, setShown] = useState<string | null>(null);
  const target = view.target;
  // Another file starts on its roster sheet; the same file read again keeps the sheet picked.
  useEffect(() => setShown(null), [view.file?.name]);
  // "Go to" opens the problem's sheet.
  useEffect(() => {
    if (target) setShown(target.sheet);
  }, [target]);
  const sheet = previewSheet(sheets, shown, checked);
  const tabs = visibleSheets(sheets);

  if (!view.file || !sheet)
    return (
      <section className={styles.stack} data-testid="web-preview">
        <Caption1>{tw("webPreviewEmpty")}</Caption1>
      </section>
    );
  return (
    <section className={styles.stack} data-testid="web-preview" data-sheet={sheet.name}>
      <Subtitle2 as="h2">{tw("webPreviewTitle", { sheet: sheet.name })}</Subtitle2>
      {tabs.length > 1 && (
        <TabList
          size="small"
          selectedValue={sheet.name}
          onTabSelect={(_, d) => setShown(String(d.value))}
          aria-label={tw("webPreviewSheets")}
        >
          {tabs.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      )}
      {/* Always there, and polite: going to a problem by the keyboard says which cell the preview shows. */}
      <Caption1 data-testid="web-preview-target" role="status">
        {target && target.sheet === sheet.name
          ? tw("webPreviewCell", { cell: target.address, sheet: target.sheet })
          : ""}
      </Caption1>
      <Grid
        sheet={sheet}
        label={tw("webPreviewLabel")}
        target={target && target.sheet === sheet.name ? target : null}
        marks={view.marks.get(sheet.name) ?? []}
        lang={lang}
        classes={styles}
      />
    </section>
  );
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function Grid({
  sheet,
  label,
  target,
  marks,
  lang,
  classes,
}: {
  sheet: FileSheet;
  label: string;
  target: { address: string; seq: number } | null;
  marks: readonly { address: string; severity: Severity }[];
  lang: Lang;
  classes: ReturnType<typeof useStyles>;
}) {
  const { grid } = sheet;
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  // The sheet from A1, so row numbers and letters are the ones the problems name.
  const rows = firstRow - 1 + grid.values.length;
  const columns = firstColumn - 1 + Math.max(0, ...grid.values.map((r) => r.length));
  const scroller = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(640);

  const fill = useMemo(() => {
    const m = new Map<string, Severity>();
    for (const c of marks) {
      const a = c.address.replace(/\$/g, "").toUpperCase();
      const prev = m.get(a);
      if (!prev || SEVERITY_RANK[c.severity] > SEVERITY_RANK[prev]) m.set(a, c.severity);
    }
    return m;
  }, [marks]);

  const at = target ? parseAddress(target.address) : null;
  useEffect(() => {
    const el = scroller.current;
    if (!el || !at) return;
    // The problem's row a few rows below the top, its column in view (by the column's letter above it: the
    // row itself is drawn only once scrolled to), and the preview on the screen (below the list when narrow).
    el.scrollTop = Math.max(0, (at.row - 4) * ROW_PX);
    const head = el.querySelector<HTMLElement>(`thead [data-column="${columnLetters(at.column)}"]`);
    if (head) el.scrollLeft = Math.max(0, head.offsetLeft - 80);
    el.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    setTop(el.scrollTop);
    // seq: going to the same cell twice scrolls again
  }, [target?.seq, sheet]);
  useEffect(() => {
    const el = scroller.current;
    if (el) setHeight(el.clientHeight || 640);
  }, []);

  const from = Math.max(1, Math.floor(top / ROW_PX) - OVERSCAN);
  const to = Math.min(rows, Math.ceil((top + height) / ROW_PX) + OVERSCAN);
  const letters = useMemo(() => Array.from({ length: columns }, (_, i) => columnLetters(i + 1)), [columns]);
  const value = (r: number, c: number): CellValue => grid.values[r - firstRow]?.[c - firstColumn] ?? null;
  const format = (r: number, c: number) => grid.numberFormats?.[r - firstRow]?.[c - firstColumn] ?? "";

  const body = [];
  for (let r = from; r <= to; r++) {
    body.push(
      <tr key={r} data-row={r} className={at?.row === r ? classes.targetRow : undefined}>
        <th scope="row" className={mergeClasses(classes.cell, classes.rowHead)}>
          {r}
        </th>
        {letters.map((letter, i) => {
          const address = `${letter}${r}`;
          const severity = fill.get(address);
          const isTarget = target?.address === address;
          return (
            <td
              key={letter}
              data-cell={address}
              data-mark={severity}
              data-target={isTarget ? "" : undefined}
              aria-selected={isTarget || undefined}
              className={mergeClasses(classes.cell, isTarget && classes.target)}
              style={severity ? { backgroundColor: HIGHLIGHT_COLORS[severity] } : undefined}
            >
              {displayCell(value(r, i + 1), format(r, i + 1), grid.date1904 === true, lang)}
            </td>
          );
        })}
      </tr>,
    );
  }

  return (
    <div
      ref={scroller}
      className={classes.scroll}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}
      data-testid="web-preview-grid"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <table className={classes.table} role="grid" aria-readonly="true" aria-rowcount={rows + 1}>
        <thead>
          <tr>
            {/* The corner heads nothing (Excel's is blank too): a cell, not an empty header. */}
            <td className={mergeClasses(classes.cell, classes.head, classes.rowHead, classes.corner)} />
            {letters.map((l) => (
              <th key={l} scope="col" data-column={l} className={mergeClasses(classes.cell, classes.head)}>
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {from > 1 && (
            <tr aria-hidden="true" style={{ height: `${(from - 1) * ROW_PX}px` }}>
              <td />
            </tr>
          )}
          {body}
          {to < rows && (
            <tr aria-hidden="true" style={{ height: `${(rows - to) * ROW_PX}px` }}>
              <td />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
