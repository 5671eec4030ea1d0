import {
  Button,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  attestationDueTable,
  bandVerdictLabel,
  categoryTable,
  columnIndex,
  educationTable,
  formatBand,
  formatCell,
  formatShare,
  label,
  noStageLabel,
  overviewTable,
  pickColumns,
  stageTable,
  stageTitle,
  textIn,
  type BandVerdict,
  type Cell,
  type Lang,
  type Row,
  type SummaryFigures,
  type Table,
} from "@sapa/shared";
import type { ReactNode } from "react";
import { formatDate, type Translate } from "../translate.ts";
import { NoticeSlot } from "./NoticeList.tsx";

const useStyles = makeStyles({
  // minWidth 0: a wide table must scroll inside its box, never widen the 320 px pane; maxWidth: in a full
  // browser window a label and its figure stay within one reading distance, not 600 px apart.
  stack: { display: "flex", flexDirection: "column", gap: "12px", minWidth: 0, maxWidth: "880px" },
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: "8px" },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "6px 8px",
    display: "flex",
    flexDirection: "column",
  },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: "3px 4px",
      borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
      textAlign: "right",
    },
    "& th:first-child, & td:first-child": { textAlign: "left" },
    "& th": { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  },
  scroll: { overflowX: "auto", maxWidth: "100%", minWidth: 0 },
  // five columns share a narrow pane: fixed layout, long Kazakh headers break inside words
  stageTable: {
    tableLayout: "fixed",
    "& th": { verticalAlign: "bottom" },
    "& td:first-child": { overflowWrap: "anywhere" },
    "& th:first-child": { width: "30%" },
  },
  total: { fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  good: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface FiguresTabProps {
  t: Translate;
  lang: Lang;
  summary: SummaryFigures | null;
  sheet: string | null;
  busy: boolean;
  onWrite: () => void;
  /** Extra content (the region's "pull report"). */
  children?: ReactNode;
}

/** Test ids of the overview cards, by the overview table's row keys. */
const CARD_IDS: Record<string, string> = {
  teachers: "fig-teachers",
  organizations: "fig-organizations",
  qualitativeShare: "fig-qualitative",
  anyCategoryShare: "fig-any-category",
};

/** The Figures tab: stock, shares, this year's awards against the stage targets, attestation due. */
export function FiguresTab({ t, lang, summary, sheet, busy, onWrite, children }: FiguresTabProps) {
  const styles = useStyles();
  if (!summary) {
    return (
      <div className={styles.stack}>
        <Text>{t("checkFirst")}</Text>
        {children}
      </div>
    );
  }
  const show = (cell: Cell) => formatCell(cell, lang);
  const stage = stageTable(summary);
  const awarded = stage ? columnIndex(stage, "awarded") : -1;
  const band = summary.stage.band;
  // Behind the target: red; reached: green (gap in pp, teachers still needed).
  const tone = (row: Row, key: string, cell: Cell): string | undefined => {
    if (typeof cell.value !== "number") return undefined;
    if (key === "gapPp") return cell.value > 0 ? styles.bad : styles.good;
    if (key === "teachersNeeded") return cell.value > 0 ? styles.bad : styles.good;
    if (row.key === "overdue") return cell.value > 0 ? styles.bad : undefined;
    return undefined;
  };

  return (
    <div className={styles.stack} data-testid="figures">
      <Caption1>{t("figuresOf", { sheet: sheet ?? "", date: formatDate(summary.asOf) })}</Caption1>
      <div className={styles.cards}>
        {overviewTable(summary).rows.map((row) => (
          <div key={row.key} className={styles.card} data-testid={CARD_IDS[row.key]}>
            <Caption1>{textIn(row.label, lang)}</Caption1>
            <span className={styles.big}>{show(row.cells[0]!)}</span>
          </div>
        ))}
      </div>
      <Button
        appearance="primary"
        onClick={onWrite}
        disabledFocusable={busy}
        data-testid="write-summary-button"
      >
        {t("writeToWorkbook")}
      </Button>
      <NoticeSlot sources={["summary"]} />

      <section>
        <Subtitle2 as="h2">{label("byCategory", lang)}</Subtitle2>
        <TableView
          table={pickColumns(categoryTable(summary), ["count", "share"])}
          lang={lang}
          show={show}
          testId="table-categories"
        />
      </section>

      <section>
        <Subtitle2 as="h2">{label("byEducation", lang)}</Subtitle2>
        <TableView table={educationTable(summary)} lang={lang} show={show} testId="table-education" />
      </section>

      <section data-testid="stage">
        {stage && summary.stage.stage ? (
          <>
            <Subtitle2 as="h2">
              {/* The summary sheet's title for the same block: "Получили категорию в учебном году: 1 этап, 2025-2026". */}
              {`${label("awardedInYear", lang)}: ${textIn(stageTitle(summary), lang)}`}
            </Subtitle2>
            <div className={styles.scroll}>
              <TableView
                table={pickColumns(stage, ["target", "actual", "gapPp", "teachersNeeded"])}
                lang={lang}
                show={show}
                tone={tone}
                // the actual share with the awards behind it: "2,72% (100)"
                extra={(row, key) =>
                  key === "actual"
                    ? ` (${show(stage.rows.find((r) => r.key === row.key)!.cells[awarded]!)})`
                    : ""
                }
                className={styles.stageTable}
                testId="table-stage"
              />
            </div>
            {band && summary.stage.total && (
              // The band and the total target side by side; the verdict is the band's (shared words).
              <Caption1 block>
                {label("band", lang)} {formatBand(band, lang)} · {label("target", lang)}{" "}
                {formatShare(summary.stage.total.target, lang)}:{" "}
                <BandVerdictText verdict={summary.stage.total.verdict} lang={lang} />
              </Caption1>
            )}
            <Caption1 block data-testid="pp-explained">
              {t("ppExplained")}
            </Caption1>
          </>
        ) : (
          <Text>
            {label(noStageLabel(summary), lang)}: {summary.stage.year}
          </Text>
        )}
      </section>

      <section>
        <Subtitle2 as="h2">{label("attestationDueByYear", lang)}</Subtitle2>
        <TableView
          table={attestationDueTable(summary)}
          lang={lang}
          show={show}
          tone={tone}
          head={false}
          testId="table-attestation"
        />
      </section>
      {children}
    </div>
  );
}

/** The band verdict in the shared words; only a total below the band is in the warning colour. */
function BandVerdictText({ verdict, lang }: { verdict: BandVerdict; lang: Lang }) {
  const styles = useStyles();
  const text = label(bandVerdictLabel(verdict), lang);
  return (
    <span
      className={verdict === "below" ? styles.bad : styles.good}
      data-testid="within-band"
      data-verdict={verdict}
    >
      {text}
    </span>
  );
}

export interface TableViewProps {
  table: Table;
  lang: Lang;
  show: (cell: Cell) => string;
  testId: string;
  /** A class for a cell (red/green), by its row and column key. */
  tone?: (row: Row, key: string, cell: Cell) => string | undefined;
  /** Text after a cell's value. */
  extra?: (row: Row, key: string) => string;
  /** Whether to show the column headings (short ones, the full label as tooltip). */
  head?: boolean;
  className?: string;
}

/** A table of the shared presentation model, as the pane shows it. */
export function TableView({
  table,
  lang,
  show,
  testId,
  tone,
  extra,
  head = true,
  className,
}: TableViewProps) {
  const styles = useStyles();
  return (
    <table className={mergeClasses(styles.table, className)} data-testid={testId}>
      {head && (
        <thead>
          <tr>
            {/* the rows' heading: no empty header cell (issue 19, item 9) */}
            <th scope="col">{textIn(table.stub, lang)}</th>
            {table.columns.map((c) => (
              <th key={c.key} title={textIn(c.heading, lang)}>
                {textIn(c.short ?? c.heading, lang)}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key} data-key={row.key} className={row.role === "total" ? styles.total : undefined}>
            <td>{textIn(row.label, lang)}</td>
            {row.cells.map((cell, i) => {
              const key = table.columns[i]!.key;
              return (
                <td key={key} className={tone?.(row, key, cell)}>
                  {show(cell)}
                  {extra?.(row, key)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
