import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang, Problem, Severity } from "@sapa/shared";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { formatCount, type Translate } from "../translate.ts";

/** Fixed height of every list row: what makes windowing a matter of arithmetic. */
export const ROW_HEIGHT = 60;
/** Rows rendered above and below the visible window, so fast scrolling shows no gaps. */
const OVERSCAN = 6;
const SEVERITIES: Severity[] = ["error", "warning", "info"];

type Item =
  { kind: "group"; severity: Severity; count: number } | { kind: "problem"; problem: Problem; index: number };

const useStyles = makeStyles({
  viewport: {
    position: "relative",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: "none",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  row: {
    position: "absolute",
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: "4px 8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    overflow: "hidden",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  group: {
    position: "absolute",
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    padding: "0 8px",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  where: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  message: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  detail: {
    marginTop: "4px",
    padding: "6px 8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

export interface ProblemListProps {
  problems: readonly Problem[];
  lang: Lang;
  t: Translate;
  /** Called on click, Enter or Space: the pane selects the problem's cell. */
  onOpen: (problem: Problem) => void;
  height?: number;
  /** id prefix, so two lists on one page keep distinct option ids. */
  idPrefix?: string;
}

/**
 * Problems grouped by severity in one windowed listbox: only the rows in view are in the DOM, so 50,000
 * problems scroll like 50. Arrow keys, Home/End and PageUp/PageDown move; Enter or Space opens the cell.
 * Rows stay two lines high; the chosen problem (click or keys) is shown in full right below the list.
 */
export function ProblemList({
  problems,
  lang,
  t,
  onOpen,
  height = 320,
  idPrefix = "problem",
}: ProblemListProps) {
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState<number | null>(null);

  const items = useMemo<Item[]>(() => {
    const list: Item[] = [];
    for (const severity of SEVERITIES) {
      const group = problems.filter((p) => p.severity === severity);
      if (group.length === 0) continue;
      list.push({ kind: "group", severity, count: group.length });
      for (const problem of group) list.push({ kind: "problem", problem, index: list.length });
    }
    return list;
  }, [problems]);

  useEffect(() => {
    setActive(null);
    setScrollTop(0);
    if (viewport.current) viewport.current.scrollTop = 0;
  }, [items]);

  const viewHeight = Math.min(height, Math.max(items.length, 1) * ROW_HEIGHT + 2);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);

  const scrollIntoView = (index: number) => {
    const el = viewport.current;
    if (!el) return;
    const top = index * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setScrollTop(el.scrollTop);
  };

  const moveTo = (index: number, direction: 1 | -1) => {
    let i = Math.max(0, Math.min(items.length - 1, index));
    while (items[i]?.kind === "group" && i + direction >= 0 && i + direction < items.length) i += direction;
    if (items[i]?.kind === "group") return;
    setActive(i);
    scrollIntoView(i);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1);
    const from = active ?? -1;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(from + 1, 1),
      ArrowUp: () => moveTo(from < 0 ? 0 : from - 1, -1),
      Home: () => moveTo(0, 1),
      End: () => moveTo(items.length - 1, -1),
      PageDown: () => moveTo(from + page, 1),
      PageUp: () => moveTo(from - page, -1),
      Enter: () => openActive(),
      " ": () => openActive(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const openActive = () => {
    const item = active === null ? undefined : items[active];
    if (item?.kind === "problem") onOpen(item.problem);
    else moveTo(0, 1);
  };

  if (problems.length === 0) return null;
  const chosen = active !== null ? items[active] : undefined;

  const rows = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    if (item.kind === "group") {
      rows.push(
        <div
          key={`g-${item.severity}`}
          role="presentation"
          className={mergeClasses(styles.group, styles[item.severity])}
          style={{ top: i * ROW_HEIGHT }}
        >
          {t(`severity_${item.severity}`)} ({formatCount(item.count, lang)})
        </div>,
      );
      continue;
    }
    const p = item.problem;
    const where = whereOf(p, t);
    const text = p.message[lang];
    rows.push(
      <div
        key={i}
        id={`${idPrefix}-${i}`}
        role="option"
        aria-selected={active === i}
        data-sheet={p.sheet ?? ""}
        data-row={p.row}
        data-column={p.column ?? ""}
        data-severity={p.severity}
        data-code={p.code}
        title={`${where}: ${text}`}
        className={mergeClasses(styles.row, active === i && styles.active)}
        style={{ top: i * ROW_HEIGHT }}
        onClick={() => {
          setActive(i);
          onOpen(p);
        }}
      >
        <div className={styles.where}>
          <span className={styles[p.severity]}>●</span> {where}
          {p.value ? ` · ${p.value.length > 40 ? `${p.value.slice(0, 40)}…` : p.value}` : ""}
        </div>
        <div className={styles.message}>{text}</div>
      </div>,
    );
  }

  return (
    <div>
      <div
        ref={viewport}
        role="listbox"
        aria-label={`${t("problemsLabel")}. ${t("problemsHint")}`}
        aria-activedescendant={active !== null ? `${idPrefix}-${active}` : undefined}
        tabIndex={0}
        className={styles.viewport}
        style={{ height: viewHeight }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (active === null) moveTo(0, 1);
        }}
        data-testid={`${idPrefix}-list`}
        data-total={problems.length}
      >
        <div style={{ height: items.length * ROW_HEIGHT, position: "relative" }}>{rows}</div>
      </div>
      {chosen?.kind === "problem" && (
        <div className={styles.detail} aria-live="polite" data-testid={`${idPrefix}-detail`}>
          <div className={styles.where}>
            <span className={styles[chosen.problem.severity]}>●</span> {whereOf(chosen.problem, t)}
            {chosen.problem.value ? ` · ${chosen.problem.value}` : ""}
          </div>
          <div>{chosen.problem.message[lang]}</div>
        </div>
      )}
    </div>
  );
}

/** "Row 5, column C" or "Row 5", after the sheet's name when the roster spans several sheets. */
function whereOf(p: Problem, t: Translate): string {
  const at = p.column ? t("rowColumn", { row: p.row, column: p.column }) : t("rowOnly", { row: p.row });
  return p.sheet ? `${t("sheetQuoted", { sheet: p.sheet })} · ${at}` : at;
}
