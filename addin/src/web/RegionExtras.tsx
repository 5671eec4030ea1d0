import { Button, Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";
import { NO_CHART_NOTE, type Trend } from "@sapa/shared";
import { useState } from "react";
import type { HostContext } from "../taskpane/app-host.ts";
import { NoticeSlot } from "../taskpane/NoticeList.tsx";
import { offerDownload, workbookFileName } from "./download.ts";
import type { FilePort } from "./file-port.ts";
import { webTranslator } from "./i18n-web.ts";
import { loadWriter } from "./loaders.ts";
import { TrendChart } from "./TrendChart.tsx";
import { TrendIndicators } from "./TrendIndicators.tsx";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", marginTop: "16px" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

/**
 * What the region's workbench adds on the web under the season's table: the trend as a chart in the page,
 * and the consolidated report as a download (the same sheets the pane and the CLI write, names opened when
 * the region's key is open).
 */
export default function RegionExtras({ port, context }: { port: FilePort; context: HostContext }) {
  const styles = useStyles();
  const { lang, run, busy, notices, client, asOf, pullReport } = context;
  const tw = webTranslator(lang);
  const [trend, setTrend] = useState<Trend | null>(null);

  const downloadReport = async () => {
    const since = port.writeCount();
    // Written through the same writers as the pane's pull, into the page's Sapa workbook.
    await pullReport();
    const sheets = port.writtenSince(since);
    if (sheets.length === 0) return; // refused: the notice says why
    await run("report", async () => {
      const bytes = await (await loadWriter())(sheets);
      const name = workbookFileName("region", asOf, lang);
      offerDownload(bytes, name);
      notices.notify(
        "report",
        "success",
        [
          tw("webDownloaded", { file: name, sheets: sheets.map((s) => `«${s.name}»`).join(", ") }),
          NO_CHART_NOTE[lang],
        ].join(" "),
      );
      return false;
    });
  };

  return (
    <>
      <section className={styles.section} data-testid="web-report">
        <Subtitle2 as="h2">{tw("webReportTitle")}</Subtitle2>
        <Caption1>{tw("webReportHint")}</Caption1>
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabledFocusable={busy}
            onClick={() => void downloadReport()}
            data-testid="web-report-download"
          >
            {tw("webReportDownload")}
          </Button>
        </div>
        {/* What became of the download, beside its button: the list above the tabs is a long page away. */}
        <NoticeSlot sources={["report"]} />
      </section>
      <section className={styles.section} data-testid="web-trend">
        <Subtitle2 as="h2">{tw("webTrendTitle")}</Subtitle2>
        <div className={styles.row}>
          <Button
            disabledFocusable={busy}
            data-testid="web-trend-load"
            // Its own source: a failure is said here, and a success does not clear the refresh's notices.
            onClick={() => void run("trend", async () => setTrend(await client.trend()))}
          >
            {tw("webTrendLoad")}
          </Button>
        </div>
        <NoticeSlot sources={["trend"]} />
        {trend && <TrendChart trend={trend} tw={tw} lang={lang} />}
        {trend && <TrendIndicators trend={trend} lang={lang} />}
      </section>
    </>
  );
}
