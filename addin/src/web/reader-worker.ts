/**
 * The roster file reader in a worker of its own (Sapa on the web): reading a workbook is the one long piece
 * of work the page does (SheetJS takes about 3 s over a 100,000-row region file), and on the page's thread
 * the page would stand still meanwhile: no progress shown, no key or click answered. Here the page stays
 * live and gets the sheets, or the reader's error with its words, when the reading is done.
 */
import { loadSheetJs, readWorkbook } from "@sapa/client/files/read";
import { errorData, type ReadReply, type ReaderRequest } from "./reader-protocol.ts";

// The worker's own global scope (the project's types are the page's, DOM's; this file runs in a worker).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage(reply: ReadReply): void;
};

scope.onmessage = (event) => {
  if (event.data.kind === "warm") {
    // A failed load is tried again, and said, by the read that needs it.
    loadSheetJs().catch(() => undefined);
    return;
  }
  const { id, bytes, name } = event.data;
  readWorkbook(bytes, name).then(
    (sheets) => scope.postMessage({ id, sheets }),
    (error: unknown) => scope.postMessage({ id, error: errorData(error) }),
  );
};
