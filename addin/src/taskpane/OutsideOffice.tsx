import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "@sapa/shared";
import { translator } from "../translate.ts";

/** Why the pane cannot work here: no office.js at all, or a host that is not Excel (or none). */
export type OutsideReason = "no-office-js" | "no-host" | "not-excel";

/** What the pane shows outside Excel: a plain explanation instead of a broken page. */
export function OutsideOffice({ reason, lang }: { reason: OutsideReason; lang: Lang }) {
  const t = translator(lang);
  const body =
    reason === "no-office-js"
      ? t("officeMissingBody")
      : reason === "not-excel"
        ? t("notExcelBody")
        : t("outsideOfficeBody");
  return (
    <FluentProvider
      theme={webLightTheme}
      style={{ padding: 12, minHeight: "100vh", boxSizing: "border-box" }}
      lang={lang}
    >
      <MessageBar intent="warning" layout="multiline" data-testid="outside-office" data-reason={reason}>
        <MessageBarBody>
          <MessageBarTitle>{t("outsideOfficeTitle")}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
