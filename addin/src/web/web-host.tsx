import { makeStyles } from "@fluentui/react-components";
import { lazy, Suspense, type ReactNode } from "react";
import type { AppHost, HostContext } from "../taskpane/app-host.ts";
import { FileBar, WorkbookDownload } from "./FileBar.tsx";
import type { FilePort } from "./file-port.ts";
import { webTranslator } from "./i18n-web.ts";
import { SheetPreview } from "./SheetPreview.tsx";

// The region's own additions (trend chart, the report's download) load when the Region tab first opens.
const RegionExtras = lazy(() => import("./RegionExtras.tsx"));

const useStyles = makeStyles({
  // The check and its problems beside the sheet they point into, on a full window; stacked when narrow.
  check: {
    display: "grid",
    gridTemplateColumns: "minmax(340px, 440px) minmax(0, 1fr)",
    gap: "24px",
    alignItems: "start",
    "@media (max-width: 900px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  column: { display: "flex", flexDirection: "column", gap: "16px", minWidth: 0 },
});

function CheckLayout({ port, tab, context }: { port: FilePort; tab: ReactNode; context: HostContext }) {
  const styles = useStyles();
  const tw = webTranslator(context.lang);
  return (
    <div className={styles.check}>
      <div className={styles.column}>
        <FileBar port={port} tw={tw} context={context} />
        {tab}
        <WorkbookDownload port={port} tw={tw} context={context} />
      </div>
      <SheetPreview
        port={port}
        tw={tw}
        lang={context.lang}
        checked={context.roster.check?.analysis.parts.map((p) => p.sheet) ?? []}
      />
    </div>
  );
}

/** Sapa on the web: the app on a roster file, laid out for a full window. */
export function webHost(port: FilePort): AppHost {
  return {
    hiddenTabs: ["roster"],
    wide: true,
    check: (tab, context) => <CheckLayout port={port} tab={tab} context={context} />,
    region: (tab, context) => (
      <>
        {tab}
        <Suspense fallback={null}>
          <RegionExtras port={port} context={context} />
        </Suspense>
      </>
    ),
  };
}
