import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatCell, textIn, type Cell, type Lang, type Row, type Table } from "@sapa/shared";
import { useRef, type KeyboardEvent } from "react";
import { formatRegionTime } from "../translate.ts";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%", minWidth: 0 },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: "3px 4px",
      borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
      textAlign: "right",
      whiteSpace: "nowrap",
    },
    "& th:first-child, & td:first-child": { textAlign: "left", whiteSpace: "normal", minWidth: "90px" },
    "& th": {
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground2,
      verticalAlign: "bottom",
      whiteSpace: "normal",
      // wide enough that a long heading takes a few lines, not a tower of one word each
      minWidth: "72px",
    },
    // A full window (Sapa on the web): each heading as narrow as its longest word, in the caption size, so
    // all nineteen columns of a district's organisations show at 1280 px without scrolling sideways.
    "@media (min-width: 900px)": {
      "& th, & td": { paddingLeft: "3px", paddingRight: "3px" },
      "& th": { minWidth: 0, fontSize: tokens.fontSizeBase100 },
    },
  },
  // A few short columns (the candidates'): headings wrap down to their longest word, so the table fits 320 px.
  fit: { "& th": { minWidth: 0 }, "& td": { whiteSpace: "normal" } },
  region: { fontWeight: tokens.fontWeightSemibold },
  selectable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  text: { textAlign: "left" },
});

export interface RegionTableProps {
  table: Table;
  lang: Lang;
  testId: string;
  label: string;
  /** Makes unit rows selectable (mouse, arrow keys, Enter or Space); the region's total row is not. */
  onSelect?: (key: string) => void;
  selected?: string | null;
  /** Headings as narrow as their longest word: a table of a few short columns fits the narrow pane. */
  fit?: boolean;
}

/** A cell as the pane shows it: counts grouped, times in Aktobe time (dd.mm.yyyy HH:MM). */
export function showCell(cell: Cell, lang: Lang): string {
  if (cell.kind === "timestamp") return cell.value === null ? "" : formatRegionTime(cell.value);
  return formatCell(cell, lang);
}

/** A table of the shared presentation model, its unit rows selectable when `onSelect` is given. */
export function RegionTable({
  table,
  lang,
  testId,
  label,
  onSelect,
  selected = null,
  fit = false,
}: RegionTableProps) {
  const styles = useStyles();
  const body = useRef<HTMLTableSectionElement>(null);
  const selectable = (row: Row) => onSelect !== undefined && !row.region;
  const firstSelectable = table.rows.find(selectable)?.key;
  const focusKey = selected ?? firstSelectable;

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, row: Row) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect?.(row.key);
      return;
    }
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    const step = moves[event.key];
    if (step === undefined || !body.current) return;
    event.preventDefault();
    const rows = [...body.current.querySelectorAll<HTMLTableRowElement>("tr[data-selectable]")];
    const at = rows.indexOf(event.currentTarget);
    rows[Math.min(rows.length - 1, Math.max(0, at + step))]?.focus();
  };

  return (
    // A table wider than the pane scrolls; without selectable rows the box itself takes focus, so a keyboard
    // (and Safari, Office on Mac) can scroll it (issue 19, item 9).
    <div
      className={styles.scroll}
      tabIndex={onSelect ? undefined : 0}
      role={onSelect ? undefined : "region"}
      aria-label={onSelect ? undefined : label}
    >
      <table
        className={mergeClasses(styles.table, fit && styles.fit)}
        data-testid={testId}
        aria-label={label}
        role={onSelect ? "grid" : undefined}
      >
        <thead>
          <tr>
            <th title={textIn(table.stub, lang)}>{textIn(table.stub, lang)}</th>
            {table.columns.map((c) => (
              <th key={c.key} title={textIn(c.heading, lang)}>
                {textIn(c.short ?? c.heading, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {table.rows.map((row) => {
            const canSelect = selectable(row);
            return (
              <tr
                key={row.key}
                data-key={row.key}
                data-selectable={canSelect ? "" : undefined}
                tabIndex={canSelect ? (row.key === focusKey ? 0 : -1) : undefined}
                aria-selected={canSelect ? row.key === selected : undefined}
                className={mergeClasses(
                  row.region && styles.region,
                  canSelect && styles.selectable,
                  row.key === selected && styles.selected,
                )}
                onClick={canSelect ? () => onSelect?.(row.key) : undefined}
                onKeyDown={canSelect ? (event) => onKeyDown(event, row) : undefined}
              >
                <td>{textIn(row.label, lang)}</td>
                {row.cells.map((cell, i) => {
                  const key = table.columns[i]!.key;
                  const behind =
                    key === "stage.teachersNeeded" && typeof cell.value === "number" && cell.value > 0;
                  return (
                    <td
                      key={key}
                      data-column={key}
                      className={mergeClasses(cell.kind === "text" && styles.text, behind && styles.bad)}
                    >
                      {showCell(cell, lang)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
