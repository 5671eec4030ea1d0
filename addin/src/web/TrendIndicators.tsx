import { Subtitle2, makeStyles } from "@fluentui/react-components";
import { textIn, trendIndicatorTables, trendIndicatorsTitle, type Lang, type Trend } from "@sapa/shared";
import { TableView } from "../taskpane/FiguresTab.tsx";
import { showCell } from "../taskpane/RegionTable.tsx";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", display: "flex", flexDirection: "column", gap: "8px" },
});

/**
 * Under the trend's chart, the region's other plan indicators against its targets, as the trend sheet and
 * `sapa trend` show them (the calendar years side by side, "no data" where no roster had the column).
 */
export function TrendIndicators({ trend, lang }: { trend: Trend; lang: Lang }) {
  const styles = useStyles();
  if (trend.indicators === null) return null;
  const title = textIn(trendIndicatorsTitle(trend.indicators), lang);
  return (
    <>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {/* Wide tables scroll: the region is focusable so a keyboard can reach them (issue 19, item 9). */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={title}>
        {trendIndicatorTables(trend).map((table) => (
          <TableView
            key={table.key}
            table={table}
            lang={lang}
            show={(cell) => showCell(cell, lang)}
            testId={`web-trend-${table.key}`}
          />
        ))}
      </div>
    </>
  );
}
