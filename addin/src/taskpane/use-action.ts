import { CryptoError, type Lang } from "@sapa/shared";
import { useCallback, useState } from "react";
import { ApiError } from "../api/client.ts";
import { describeApiError } from "../api/errors.ts";
import type { Translate } from "../translate.ts";
import type { ExcelPort } from "./excel-port.ts";
import type { Notices, NoticeSource } from "./use-notices.ts";

export interface ActionRunner {
  busy: boolean;
  /**
   * Runs one user action: busy while it runs, a failure shown as a notice of that action. When `action`
   * resolves with anything but `false` it succeeded and its earlier notices clear.
   */
  run: (
    source: NoticeSource,
    action: () => Promise<unknown>,
    options?: { authenticated?: boolean },
  ) => Promise<void>;
  /** Shows a failure as a notice of `source`, in the pane's language. */
  report: (source: NoticeSource, error: unknown) => void;
}

/**
 * One runner for every button: the busy flag and what the user is told when an action fails (`region`: the
 * user is the regional centre, whose advice differs where a district's would send it to itself).
 */
export function useAction(
  notices: Notices,
  excel: ExcelPort,
  t: Translate,
  lang: Lang,
  region = false,
): ActionRunner {
  const [busy, setBusy] = useState(false);
  const { notify, resolve } = notices;
  const report = useCallback(
    (source: NoticeSource, error: unknown) => {
      // A wrong passphrase, a wrong or damaged key file: the shared message says what to do.
      if (error instanceof CryptoError) {
        notify(source, "error", error.messageIn(lang));
        return;
      }
      if (!(error instanceof ApiError)) {
        notify(source, "error", excel.officeErrorMessage(error, lang));
        return;
      }
      const { advice, serverMessage } = describeApiError(error, t, region);
      // A refused access key: our advice says what to do; the server's "token invalid" would say it twice.
      const auth = error.status === 401;
      const body =
        serverMessage && !auth ? `${advice} ${t("serverSaid", { message: serverMessage })}` : advice;
      notify(source, error.retryable ? "warning" : "error", body, { auth });
    },
    [excel, lang, notify, region, t],
  );
  const run = useCallback<ActionRunner["run"]>(
    async (source, action, options = {}) => {
      setBusy(true);
      try {
        if ((await action()) !== false) resolve(source, options);
      } catch (error) {
        report(source, error);
      } finally {
        setBusy(false);
      }
    },
    [report, resolve],
  );
  return { busy, run, report };
}
