import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  FIELD_KEYS,
  REQUIRED_FIELDS,
  type FieldKey,
  type Lang,
  type Problem,
  type Severity,
} from "@sapa/shared";
import { useMemo, useState } from "react";
import type { SheetInfo } from "../excel/index.ts";
import { formatCount, type Translate } from "../translate.ts";
import type { Mapping } from "./analyse.ts";
import { NoticeSlot } from "./NoticeList.tsx";
import { ProblemList } from "./ProblemList.tsx";
// Shown only once a roster is read (or being read): fetched after the pane is on screen (issue 19, item 7).
import { Badge, ProgressBar, SearchBox, SheetsRead } from "./check-deferred.tsx";
import type { CheckState, ReadProgress } from "./use-roster-check.ts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", gap: "8px", alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
  badges: { display: "flex", gap: "6px", flexWrap: "wrap" },
  mapping: {
    display: "grid",
    gridTemplateColumns: "minmax(90px, 40%) 1fr",
    gap: "4px 8px",
    alignItems: "center",
  },
  details: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "4px 8px",
  },
  summary: { cursor: "pointer", padding: "4px 0", fontWeight: tokens.fontWeightSemibold },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface CheckTabProps {
  t: Translate;
  lang: Lang;
  sheets: SheetInfo[];
  /** null = the sheets holding the roster (the shared core finds them). */
  sheet: string | null;
  onSheetChange: (sheet: string | null) => void;
  /** Reads the workbook's sheet list again (a sheet added or renamed since the pane opened). */
  onRefreshSheets: () => void;
  /** Of several roster sheets, the one read alone; null = all of them. */
  only: string | null;
  onOnlyChange: (sheet: string | null) => void;
  onCheck: () => void;
  busy: boolean;
  progress: ReadProgress | null;
  check: CheckState | null;
  mapping: Mapping;
  onMappingChange: (field: FieldKey, letter: string | null) => void;
  onResetMapping: () => void;
  onOpenProblem: (problem: Problem) => void;
  onHighlight: () => void;
  onClearHighlights: () => void;
  /**
   * Opens the New roster tab (offered while nothing has been checked); absent where the host has no
   * workbook to add one to (the web, whose file bar says what to do instead).
   */
  onNewRoster?: () => void;
}

const AUTO = "__auto__";
const NONE = "__none__";

/** The Check tab: pick a sheet, read and check it, correct the column mapping, browse the problems. */
export function CheckTab(props: CheckTabProps) {
  const { t, lang, check } = props;
  const styles = useStyles();
  const [severity, setSeverity] = useState<Severity | "all">("all");
  const [text, setText] = useState("");
  // The column choices exist only while their box is open: closed, Fluent's focus helpers would still find
  // them and Shift+Tab from the filter below would land on a hidden control (issue 19, item 9).
  const [mappingOpen, setMappingOpen] = useState(false);

  const filtered = useMemo(() => {
    const problems = check?.analysis.problems ?? [];
    const needle = text.trim().toLocaleLowerCase();
    return problems.filter(
      (p) =>
        (severity === "all" || p.severity === severity) &&
        (!needle ||
          p.message[lang].toLocaleLowerCase().includes(needle) ||
          (p.value ?? "").toLocaleLowerCase().includes(needle) ||
          (p.sheet ?? "").toLocaleLowerCase().includes(needle) ||
          `${p.column ?? ""}${p.row}`.toLocaleLowerCase() === needle),
    );
  }, [check, severity, text, lang]);

  const layout = check?.analysis.layout ?? null;
  const headers = useMemo(() => {
    if (!layout) return [];
    const all = [...layout.columns.map((c) => ({ letter: c.letter, header: c.header })), ...layout.ignored];
    const byLetter = new Map(all.map((h) => [h.letter, h]));
    return [...byLetter.values()].sort(
      (a, b) => a.letter.length - b.letter.length || a.letter.localeCompare(b.letter),
    );
  }, [layout]);

  const sheetValue = props.sheet ?? AUTO;
  const sheetText = props.sheet ?? t("sheetAuto");
  const percent =
    props.progress && props.progress.total > 0 ? props.progress.done / props.progress.total : undefined;

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Field label={t("sheet")} className={styles.grow}>
          <Dropdown
            className={styles.dropdown}
            value={sheetText}
            selectedOptions={[sheetValue]}
            onOptionSelect={(_, data) =>
              props.onSheetChange(data.optionValue === AUTO || !data.optionValue ? null : data.optionValue)
            }
            // The list as the workbook stands when the user opens it, not as it stood when the pane opened.
            onOpenChange={(_, data) => data.open && props.onRefreshSheets()}
            data-testid="sheet-picker"
          >
            <Option value={AUTO}>{t("sheetAuto")}</Option>
            {props.sheets.map((s) => (
              <Option key={s.name} value={s.name}>
                {s.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          appearance="primary"
          onClick={props.onCheck}
          disabledFocusable={props.busy}
          data-testid="check-button"
        >
          {t("checkSheet")}
        </Button>
      </div>
      <NoticeSlot sources={["check", "sheets", "goto"]} />

      {props.busy && (
        <Field
          validationMessage={
            props.progress
              ? t(props.progress.sheet ? "readingSheetRows" : "readingRows", { ...props.progress })
              : t("reading")
          }
          validationState="none"
        >
          <ProgressBar value={percent} />
        </Field>
      )}

      {!check && !props.busy && props.onNewRoster && (
        <div className={styles.stack} data-testid="check-empty">
          <Text>{t("emptyCheck")}</Text>
          <div className={styles.row}>
            <Text size={200}>{t("emptyCheckNoRoster")}</Text>
            <Button size="small" onClick={props.onNewRoster} data-testid="offer-new-roster">
              {t("offerNewRoster")}
            </Button>
          </div>
        </div>
      )}

      {check && !layout && (
        <Text role="status" data-testid="no-roster">
          {t("noRoster")}
        </Text>
      )}

      {check && layout && (
        <>
          <SheetsRead
            t={t}
            lang={lang}
            analysis={check.analysis}
            sheetCount={props.sheets.length}
            only={props.only}
            onOnlyChange={props.onOnlyChange}
          />
          <details
            className={styles.details}
            open={mappingOpen}
            onToggle={(e) => setMappingOpen(e.currentTarget.open)}
          >
            <summary className={styles.summary}>
              {t("columns")}
              {Object.keys(props.mapping).length > 0 ? ` · ${t("mappingChanged")}` : ""}
            </summary>
            {mappingOpen && <Caption1>{t("columnsHint")}</Caption1>}
            {mappingOpen && (
              <div className={styles.mapping}>
                {FIELD_KEYS.map((field) => {
                  const mapped = layout.columns.find((c) => c.field === field);
                  const required = (REQUIRED_FIELDS as readonly string[]).includes(field);
                  const label = `${t(`field_${field}`)}${required ? " *" : ""}`;
                  return (
                    <MappingRow
                      key={field}
                      field={field}
                      label={label}
                      value={mapped ? `${mapped.letter}: ${mapped.header}` : t("columnNotFound")}
                      selected={mapped?.letter ?? NONE}
                      headers={headers}
                      notFound={t("columnNotFound")}
                      onChange={(letter) => props.onMappingChange(field, letter)}
                      className={styles.dropdown}
                    />
                  );
                })}
              </div>
            )}
            {mappingOpen && Object.keys(props.mapping).length > 0 && (
              <Button size="small" appearance="subtle" onClick={props.onResetMapping}>
                {t("resetMapping")}
              </Button>
            )}
          </details>

          <div className={styles.badges} data-testid="severity-counts">
            <Badge color="danger" appearance="tint" data-testid="count-error">
              {t("severity_error")}: {formatCount(check.analysis.counts.error, lang)}
            </Badge>
            <Badge color="warning" appearance="tint" data-testid="count-warning">
              {t("severity_warning")}: {formatCount(check.analysis.counts.warning, lang)}
            </Badge>
            <Badge color="informative" appearance="tint" data-testid="count-info">
              {t("severity_info")}: {formatCount(check.analysis.counts.info, lang)}
            </Badge>
          </div>

          {check.analysis.problems.length === 0 ? (
            <Text data-testid="no-problems">{t("noProblems")}</Text>
          ) : (
            <>
              <div className={styles.row}>
                <Field label={t("show")} className={styles.grow}>
                  <Dropdown
                    className={styles.dropdown}
                    value={severity === "all" ? t("all") : t(`severity_${severity}`)}
                    selectedOptions={[severity]}
                    onOptionSelect={(_, data) => setSeverity((data.optionValue as Severity | "all") ?? "all")}
                    data-testid="severity-filter"
                  >
                    <Option value="all">{t("all")}</Option>
                    <Option value="error">{t("severity_error")}</Option>
                    <Option value="warning">{t("severity_warning")}</Option>
                    <Option value="info">{t("severity_info")}</Option>
                  </Dropdown>
                </Field>
                <Field label={t("filterText")} className={styles.grow}>
                  <SearchBox
                    value={text}
                    onChange={(_, data) => setText(data.value)}
                    // Fluent names its clear button "clear" in English whatever the pane's language.
                    dismiss={{ "aria-label": t("clearSearch") }}
                    data-testid="problem-search"
                  />
                </Field>
              </div>
              {filtered.length === 0 ? (
                <Text>{t("noMatches")}</Text>
              ) : (
                <ProblemList
                  problems={filtered}
                  lang={lang}
                  t={t}
                  onOpen={props.onOpenProblem}
                  idPrefix="check"
                />
              )}
              <div className={styles.row}>
                <Button
                  onClick={props.onHighlight}
                  disabledFocusable={props.busy}
                  data-testid="highlight-button"
                >
                  {t("highlight")}
                </Button>
                <Button
                  onClick={props.onClearHighlights}
                  disabledFocusable={props.busy}
                  data-testid="clear-highlights-button"
                >
                  {t("clearHighlights")}
                </Button>
              </div>
              <NoticeSlot sources={["highlight"]} />
            </>
          )}
        </>
      )}
    </div>
  );
}

function MappingRow(props: {
  field: FieldKey;
  label: string;
  value: string;
  selected: string;
  headers: { letter: string; header: string }[];
  notFound: string;
  onChange: (letter: string | null) => void;
  className: string;
}) {
  const id = `map-${props.field}`;
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <Dropdown
        id={id}
        size="small"
        className={props.className}
        value={props.value}
        selectedOptions={[props.selected]}
        onOptionSelect={(_, data) =>
          props.onChange(data.optionValue && data.optionValue !== "__none__" ? data.optionValue : null)
        }
        data-testid={id}
      >
        <Option value="__none__" disabled>
          {props.notFound}
        </Option>
        {props.headers.map((h) => (
          <Option key={h.letter} value={h.letter} text={`${h.letter}: ${h.header}`}>
            {`${h.letter}: ${h.header}`}
          </Option>
        ))}
      </Dropdown>
    </>
  );
}
