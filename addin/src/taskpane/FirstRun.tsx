import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  makeStyles,
} from "@fluentui/react-components";
import { DISTRICTS, type DistrictId, type Lang } from "@sapa/shared";
import { useState } from "react";
import type { Translate } from "../translate.ts";
import type { PaneRole } from "../settings.ts";

const useStyles = makeStyles({
  box: { margin: "8px 12px 0" },
  stack: { display: "flex", flexDirection: "column", gap: "8px", marginTop: "6px" },
  full: { minWidth: 0, width: "100%" },
});

const REGION = "__region__";

/** The first-run question: which district uses the pane, or the regional centre. */
export function FirstRun({
  t,
  lang,
  onChoose,
}: {
  t: Translate;
  lang: Lang;
  onChoose: (choice: { role: PaneRole; district: DistrictId | null }) => void;
}) {
  const styles = useStyles();
  const [picked, setPicked] = useState<string | null>(null);
  const text =
    picked === null
      ? ""
      : picked === REGION
        ? t("regionUser")
        : (DISTRICTS.find((d) => d.id === picked)?.name[lang] ?? "");
  return (
    <MessageBar intent="info" layout="multiline" className={styles.box} data-testid="first-run">
      <MessageBarBody>
        <MessageBarTitle>{t("firstRunTitle")}</MessageBarTitle>
        {t("firstRunBody")}
        <div className={styles.stack}>
          <Field label={t("firstRunPick")}>
            <Dropdown
              className={styles.full}
              placeholder={t("choose")}
              value={text}
              selectedOptions={picked ? [picked] : []}
              onOptionSelect={(_, d) => setPicked(d.optionValue ?? null)}
              data-testid="first-run-picker"
            >
              {DISTRICTS.map((d) => (
                <Option key={d.id} value={d.id}>
                  {d.name[lang]}
                </Option>
              ))}
              <Option value={REGION}>{t("regionUser")}</Option>
            </Dropdown>
          </Field>
          <div>
            <Button
              appearance="primary"
              disabled={picked === null}
              onClick={() =>
                picked === REGION
                  ? onChoose({ role: "region", district: null })
                  : onChoose({ role: "district", district: picked as DistrictId })
              }
              data-testid="first-run-continue"
            >
              {t("firstRunContinue")}
            </Button>
          </div>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
