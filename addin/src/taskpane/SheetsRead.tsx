import { Caption1, Field, Radio, RadioGroup, Text, makeStyles } from "@fluentui/react-components";
import type { Lang } from "@sapa/shared";
import { formatCount, type Translate } from "../translate.ts";
import type { WorkbookAnalysis } from "./analyse.ts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "4px" },
});

/** The radio value of "all roster sheets as one roster". */
const ALL = "__all__";

export interface SheetsReadProps {
  t: Translate;
  /** Counts are grouped in the language's way (3 677), as in the figures. */
  lang: Lang;
  analysis: WorkbookAnalysis;
  /** How many sheets the workbook shows: "chosen among them" is said only when there were others. */
  sheetCount: number;
  /** Of several roster sheets, the one read alone; null = all of them. */
  only: string | null;
  onOnlyChange: (sheet: string | null) => void;
}

/**
 * Which sheets the roster was read from: the sheet with the most roster rows (and that it was chosen so),
 * or each sheet of a roster kept one sheet per kindergarten with its teachers; where several sheets hold
 * rosters under the same header, the choice between all of them and one (radio buttons: arrow keys move).
 */
export function SheetsRead({ t, lang, analysis, sheetCount, only, onOnlyChange }: SheetsReadProps) {
  const styles = useStyles();
  const { parts, rosterSheets, layout } = analysis;
  const several = parts.length > 1;
  const count = (n: number) => formatCount(n, lang);
  const listed = parts
    .map((p) => t("sheetWithTeachers", { sheet: p.sheet, teachers: count(p.teachers) }))
    .join(", ");
  const allTeachers = count(rosterSheets.reduce((sum, p) => sum + p.teachers, 0));
  const teachers = count(analysis.teachers.length);
  return (
    <div className={styles.stack}>
      <Text role="status" data-testid="check-summary" data-sheets={parts.length}>
        {several
          ? t("sheetsRead", { teachers, count: parts.length, sheets: listed })
          : `${t("readSummary", { teachers, sheet: parts[0]?.sheet ?? "" })} · ${t("headerRow", {
              row: layout?.headerRow ?? "",
            })}`}
      </Text>
      {!several && analysis.chosen && sheetCount > 1 && (
        <Caption1 data-testid="sheet-chosen">{t("sheetChosen", { sheet: parts[0]?.sheet ?? "" })}</Caption1>
      )}
      {parts.some((p) => p.organization !== null) && (
        <Caption1 data-testid="sheet-is-organisation">{t("sheetIsOrganisation")}</Caption1>
      )}
      {rosterSheets.length > 1 && (
        <Field label={t("sheetsChoice")}>
          <RadioGroup
            value={only ?? ALL}
            onChange={(_, data) => onOnlyChange(data.value === ALL ? null : data.value)}
            data-testid="sheets-choice"
          >
            <Radio
              value={ALL}
              label={t("sheetsChoiceAll", { count: rosterSheets.length, teachers: allTeachers })}
              data-testid="sheets-choice-all"
            />
            {rosterSheets.map((p, i) => (
              <Radio
                key={p.sheet}
                value={p.sheet}
                label={t("sheetsChoiceOne", { sheet: p.sheet, teachers: count(p.teachers) })}
                data-testid={`sheets-choice-${i + 1}`}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
    </div>
  );
}
