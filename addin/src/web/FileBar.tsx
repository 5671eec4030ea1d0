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
  NO_CHART_NOTE,
  candidatesSheet,
  formatRegionTime,
  summarySheet,
  type SheetDescription,
} from "@sapa/shared";
import { useEffect, useRef, useState, useSyncExternalStore, type DragEvent } from "react";
import type { HostContext } from "../taskpane/app-host.ts";
import { offerDownload, workbookFileName } from "./download.ts";
import {
  fileSource,
  handleSource,
  type FileHandleLike,
  type FilePort,
  type FileSource,
} from "./file-port.ts";
import { ROSTER_FILE_ACCEPT, ROSTER_FILE_TYPES } from "./file-types.ts";
import type { WebTranslate } from "./i18n-web.ts";
import { loadWriter } from "./loaders.ts";

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    padding: "12px",
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  section: { display: "flex", flexDirection: "column", gap: "6px" },
});

/** The File System Access API's picker, where the browser has it (Chromium-based browsers). */
type OpenPicker = (options: {
  types: { description: string; accept: Readonly<Record<string, readonly string[]>> }[];
  multiple: false;
}) => Promise<FileHandleLike[]>;

const pickerOf = (): OpenPicker | null =>
  typeof window !== "undefined" && "showOpenFilePicker" in window
    ? (window as unknown as { showOpenFilePicker: OpenPicker }).showOpenFilePicker.bind(window)
    : null;

/** The picker's file type, named in the page's language (the system dialog shows it). */
const pickerTypes = (tw: WebTranslate) => [{ description: tw("webPickerType"), accept: ROSTER_FILE_TYPES }];

/**
 * Opening the roster file (a picker, or drag and drop) and checking it again. Where the browser keeps a
 * handle to the file (File System Access API), "check again" reads the same file as it is on disk now;
 * elsewhere it asks for the file once more.
 */
export function FileBar({ port, tw, context }: { port: FilePort; tw: WebTranslate; context: HostContext }) {
  const styles = useStyles();
  const view = useSyncExternalStore(port.subscribe, port.view);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  // A file opened: check it once the picked sheet is reset (the next render's onCheck sees that).
  const [opened, setOpened] = useState(0);
  const { roster, run, busy, notices } = context;
  useEffect(() => {
    if (opened > 0) roster.onCheck();
  }, [opened]);

  // The file picked again for "Check again" (where the browser cannot read it again by itself).
  const again = useRef(false);
  const open = (source: FileSource, keepSheet = false) =>
    void run("check", async () => {
      const got = await port.open(source);
      // "Check again" checks the sheet chosen before, as a re-read in Chromium does; another file starts afresh.
      const kept = keepSheet && got.sheets.some((s) => s.name === roster.sheet);
      if (!kept) roster.setSheet(null);
      // Another file: what was done with the one before (downloaded, sent) is old news; errors stay.
      if (!keepSheet) notices.dropResults();
      await roster.refreshSheets();
      setOpened((n) => n + 1);
    });

  const pick = async () => {
    again.current = false;
    const picker = pickerOf();
    if (!picker) return input.current?.click();
    try {
      const [handle] = await picker({ types: pickerTypes(tw), multiple: false });
      if (handle) open(handleSource(handle));
    } catch {
      // The user closed the picker: nothing to do.
    }
  };

  const onDrop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    again.current = false;
    setOver(false);
    const item = event.dataTransfer.items?.[0] as
      (DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileHandleLike | null> }) | undefined;
    const file = event.dataTransfer.files[0];
    // A dropped file's handle (Chromium) can be read again later, like a picked one.
    const handle = item?.getAsFileSystemHandle ? await item.getAsFileSystemHandle().catch(() => null) : null;
    if (handle && "getFile" in handle) open(handleSource(handle));
    else if (file) open(fileSource(file));
  };

  const file = view.file;
  return (
    <section
      className={mergeClasses(styles.drop, over && styles.over)}
      // Dragging a file over the box, or reaching for "Open a file…", loads the reader while the file comes.
      onDragEnter={() => port.prepare()}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void onDrop(e)}
      data-testid="web-file"
      aria-labelledby="web-file-title"
    >
      <Subtitle2 as="h2" id="web-file-title">
        {tw("webOpenTitle")}
      </Subtitle2>
      {!file && <Text>{tw("webOpenHint")}</Text>}
      {file && (
        <Text data-testid="web-file-name" data-version={file.version} weight="semibold">
          {tw("webOpened", { file: file.name })}{" "}
          <Caption1>
            {tw("webReadAt", { time: formatRegionTime(new Date(file.readAt).toISOString()) })}
          </Caption1>
        </Text>
      )}
      <div className={styles.row}>
        <Button
          appearance={file ? "secondary" : "primary"}
          onClick={() => void pick()}
          onPointerEnter={() => port.prepare()}
          onFocus={() => port.prepare()}
          disabledFocusable={busy}
          data-testid="web-open"
        >
          {tw("webPick")}
        </Button>
        {file && (
          <Button
            appearance="primary"
            disabledFocusable={busy}
            data-testid="web-check-again"
            onClick={() => {
              if (file.rereadable) return roster.onCheck();
              again.current = true;
              input.current?.click();
            }}
          >
            {tw("webCheckAgain")}
          </Button>
        )}
        {!file && <Caption1>{tw("webDropHere")}</Caption1>}
      </div>
      {file && <Caption1>{tw(file.rereadable ? "webCheckAgainHint" : "webAskAgainHint")}</Caption1>}
      <input
        ref={input}
        type="file"
        accept={ROSTER_FILE_ACCEPT}
        hidden
        data-testid="web-file-input"
        onChange={(e) => {
          const picked = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (picked) open(fileSource(picked), again.current);
        }}
      />
    </section>
  );
}

/** The district's Sapa workbook as a download: the summary and candidates of the check, the receipts sent. */
export function WorkbookDownload({
  port,
  tw,
  context,
}: {
  port: FilePort;
  tw: WebTranslate;
  context: HostContext;
}) {
  const styles = useStyles();
  const { roster, candidates, lang, run, notices, busy, district, asOf } = context;
  const summary = roster.analysis?.summary ?? null;
  if (!summary) return null;
  const download = () =>
    void run("summary", async () => {
      const fresh: SheetDescription[] = [summarySheet(summary, { lang })];
      if (candidates) fresh.push(candidatesSheet(candidates, lang));
      // The receipts (and any other sheet written) as written so far; the check's sheets are rebuilt now.
      const kept = port.view().written.filter((d) => !fresh.some((f) => f.name === d.name));
      const sheets = [...fresh, ...kept];
      const bytes = await (await loadWriter())(sheets);
      const name = workbookFileName(district ?? "region", asOf, lang);
      offerDownload(bytes, name);
      const words = [
        tw("webDownloaded", { file: name, sheets: sheets.map((s) => `«${s.name}»`).join(", ") }),
      ];
      if (sheets.some((s) => s.chart)) words.push(NO_CHART_NOTE[lang]);
      notices.notify("summary", "success", words.join(" "));
      return false;
    });
  return (
    <section className={styles.section} data-testid="web-download">
      <Subtitle2 as="h2">{tw("webDownloadTitle")}</Subtitle2>
      <Caption1>{tw("webDownloadHint")}</Caption1>
      <div className={styles.row}>
        <Button onClick={download} disabledFocusable={busy} data-testid="web-download-button">
          {tw("webDownload")}
        </Button>
      </div>
    </section>
  );
}
