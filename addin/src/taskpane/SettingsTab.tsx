import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  makeStyles,
} from "@fluentui/react-components";
import {
  DISTRICTS,
  PLAN_YEAR_WINDOW,
  academicYearOf,
  isYearOpen,
  label,
  parseReportDate,
  type DistrictId,
  type Lang,
} from "@sapa/shared";
import { useEffect, useState } from "react";
import type { Translate } from "../translate.ts";
import { reachableServer, trimServerUrl, type Settings } from "../settings.ts";
import { formatDate } from "../translate.ts";
import { BrowserLink } from "./BrowserLink.tsx";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "10px" },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap" },
  full: { minWidth: 0, width: "100%" },
});

export interface SettingsTabProps {
  t: Translate;
  lang: Lang;
  settings: Settings;
  onSave: (settings: Settings) => void;
  onTestConnection: (settings: Settings) => void;
  busy: boolean;
  /** Opens an address in the user's browser through the host; false leaves the link to open it (ExcelPort). */
  openInBrowser: (url: string) => boolean;
}

/** The regional centre's choice: no district; it pulls the consolidated report instead of submitting. */
const REGION = "__region__";

const LANGUAGE_NAMES: Record<Lang, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

/** The Settings tab: server, district, token, language and report date, saved on this computer. */
export function SettingsTab({
  t,
  lang,
  settings,
  onSave,
  onTestConnection,
  busy,
  openInBrowser,
}: SettingsTabProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(settings);
  // The date as typed (dd.mm.yyyy, never the browser's own date format: issue 19, item 5).
  const [dateText, setDateText] = useState(settings.reportDate ? formatDate(settings.reportDate) : "");
  useEffect(() => {
    setDraft(settings);
    setDateText(settings.reportDate ? formatDate(settings.reportDate) : "");
  }, [settings]);

  const urlOk =
    /^https:\/\/[^\s/]+/i.test(draft.serverUrl.trim()) ||
    /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?/i.test(draft.serverUrl.trim());
  // The pane talks only to the server it was opened from: another address would fail every call.
  const pageOrigin = typeof location === "undefined" ? null : location.origin;
  const reachable = !urlOk || reachableServer(draft.serverUrl, pageOrigin);
  const typedDate = parseReportDate(dateText);
  const dateOk = typedDate !== "invalid";
  const outsidePlan = typeof typedDate === "string" && !isYearOpen(academicYearOf(typedDate));
  const valid = urlOk && reachable && dateOk;
  const cleaned = (): Settings => ({
    ...draft,
    serverUrl: trimServerUrl(draft.serverUrl),
    token: draft.token.trim(),
    reportDate: typedDate === "invalid" ? draft.reportDate : typedDate,
  });

  return (
    <form
      className={styles.stack}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSave(cleaned());
      }}
    >
      <Field
        label={t("serverUrl")}
        validationMessage={
          !urlOk ? t("invalidUrl") : reachable ? undefined : t("otherServer", { origin: pageOrigin ?? "" })
        }
      >
        <Input
          value={draft.serverUrl}
          onChange={(_, d) => setDraft({ ...draft, serverUrl: d.value })}
          type="url"
          data-testid="setting-server"
        />
      </Field>
      <Field label={label("district", lang)}>
        <Dropdown
          className={styles.full}
          placeholder={t("choose")}
          value={
            draft.role === "region"
              ? t("regionUser")
              : draft.district
                ? (DISTRICTS.find((d) => d.id === draft.district)?.name[lang] ?? "")
                : ""
          }
          selectedOptions={draft.role === "region" ? [REGION] : draft.district ? [draft.district] : []}
          onOptionSelect={(_, d) =>
            setDraft(
              !d.optionValue
                ? draft
                : d.optionValue === REGION
                  ? { ...draft, role: "region", district: null }
                  : { ...draft, role: "district", district: d.optionValue as DistrictId },
            )
          }
          data-testid="setting-district"
        >
          {DISTRICTS.map((d) => (
            <Option key={d.id} value={d.id}>
              {d.name[lang]}
            </Option>
          ))}
          <Option value={REGION}>{t("regionUser")}</Option>
        </Dropdown>
      </Field>
      <Field label={t("token")} hint={t("tokenHint")}>
        <Input
          value={draft.token}
          type="password"
          autoComplete="off"
          onChange={(_, d) => setDraft({ ...draft, token: d.value })}
          data-testid="setting-token"
        />
      </Field>
      <Field label={t("language")}>
        <RadioGroup
          value={draft.lang ?? "auto"}
          onChange={(_, d) => setDraft({ ...draft, lang: d.value === "auto" ? null : (d.value as Lang) })}
          data-testid="setting-language"
        >
          <Radio value="auto" label={t("languageAuto")} />
          {(["kk", "ru", "en"] as const).map((l) => (
            <Radio key={l} value={l} label={LANGUAGE_NAMES[l]} lang={l} data-testid={`lang-${l}`} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={label("asOf", lang)}
        hint={t("reportDateHint")}
        // A date of a year outside the plan's is allowed (the region may open it) but said at once, not
        // first by the server's refusal at Submit.
        validationState={!dateOk ? "error" : outsidePlan ? "warning" : "none"}
        validationMessage={
          !dateOk
            ? t("invalidDate")
            : outsidePlan
              ? t("dateOutsidePlan", {
                  year: academicYearOf(typedDate!),
                  from: PLAN_YEAR_WINDOW.from,
                  to: PLAN_YEAR_WINDOW.to,
                })
              : undefined
        }
      >
        <Input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t("datePlaceholder")}
          value={dateText}
          onChange={(_, d) => setDateText(d.value)}
          data-testid="setting-date"
        />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={!valid || busy} data-testid="save-settings">
          {t("save")}
        </Button>
        <Button
          disabled={!valid || busy}
          onClick={() => onTestConnection(cleaned())}
          data-testid="test-connection"
        >
          {t("testConnection")}
        </Button>
      </div>
      {/* The users' guide, served beside the pane, in the user's browser. */}
      <BrowserLink href={`/guide-${lang}.html`} openInBrowser={openInBrowser} testId="guide-link">
        {t("guideLink")}
      </BrowserLink>
    </form>
  );
}
