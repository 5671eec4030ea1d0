import { Button, Field, Radio, RadioGroup, Text, makeStyles } from "@fluentui/react-components";
import { NoticeSlot } from "./NoticeList.tsx";
import type { Lang } from "@sapa/shared";
import { useState } from "react";
import type { Translate } from "../translate.ts";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: "10px" } });

export interface NewRosterTabProps {
  t: Translate;
  lang: Lang;
  busy: boolean;
  onCreate: (headers: "kk" | "ru") => void;
  /** False on hosts below ExcelApi 1.8: the sheet comes without dropdown lists. */
  canDataValidation: boolean;
}

/** The New roster tab: a well-formed empty roster sheet for a district starting fresh. */
export function NewRosterTab({ t, lang, busy, onCreate, canDataValidation }: NewRosterTabProps) {
  const styles = useStyles();
  const [headers, setHeaders] = useState<"kk" | "ru">(lang === "ru" ? "ru" : "kk");
  return (
    <div className={styles.stack}>
      <Text>{t("newRosterIntro")}</Text>
      {!canDataValidation && (
        <Text size={200} data-testid="no-dropdowns">
          {t("noDropdowns")}
        </Text>
      )}
      <Field label={t("headersLanguage")}>
        <RadioGroup
          value={headers}
          onChange={(_, d) => setHeaders(d.value === "ru" ? "ru" : "kk")}
          layout="horizontal"
        >
          <Radio value="kk" label="Қазақша" />
          <Radio value="ru" label="Русский" />
        </RadioGroup>
      </Field>
      <Button
        appearance="primary"
        disabledFocusable={busy}
        onClick={() => onCreate(headers)}
        data-testid="create-roster-button"
      >
        {t("createRoster")}
      </Button>
      <NoticeSlot sources={["roster"]} />
    </div>
  );
}
