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
  CATEGORY_KEYS,
  formatPp,
  formatShare,
  EDUCATION_KEYS,
  STAGE_CATEGORY_KEYS,
  type CategoryKey,
  type EducationKey,
  type Lang,
  type StageLine,
  type Summary,
} from "@sapa/shared";
import type { ReactNode } from "react";
import { formatCount, formatDate, type Translate } from "../i18n.ts";
import { bandVerdict } from "./band-verdict.ts";
import { categoryName, educationName, summaryLabel } from "./labels.ts";

const useStyles = makeStyles({
  // minWidth 0: a wide table must scroll inside its box, never widen the 320 px pane
  stack: { display: "flex", flexDirection: "column", gap: "12px", minWidth: 0 },
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: "8px" },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "6px 8px",
    display: "flex",
    flexDirection: "column",
  },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: "3px 4px",
      borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
      textAlign: "right",
    },
    "& th:first-child, & td:first-child": { textAlign: "left" },
    "& th": { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  },
  scroll: { overflowX: "auto", maxWidth: "100%", minWidth: 0 },
  // five columns share a narrow pane: fixed layout, long Kazakh headers break inside words
  stageTable: {
    tableLayout: "fixed",
    "& th": { verticalAlign: "bottom" },
    "& td:first-child": { overflowWrap: "anywhere" },
    "& th:first-child": { width: "30%" },
  },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  good: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface FiguresTabProps {
  t: Translate;
  lang: Lang;
  summary: Summary | null;
  sheet: string | null;
  busy: boolean;
  onWrite: () => void;
  /** Extra content (the region's "pull report"). */
  children?: ReactNode;
}

/** The Figures tab: stock, shares, this year's awards against the stage targets, attestation due. */
export function FiguresTab({ t, lang, summary, sheet, busy, onWrite, children }: FiguresTabProps) {
  const styles = useStyles();
  if (!summary) {
    return (
      <div className={styles.stack}>
        <Text>{t("checkFirst")}</Text>
        {children}
      </div>
    );
  }
  const pct = (f: number) => formatShare(f, lang);
  const L = (key: Parameters<typeof summaryLabel>[0]) => summaryLabel(key, lang);
  const categories = CATEGORY_KEYS.filter(
    (k) => summary.byCategory[k] > 0 || STAGE_CATEGORY_KEYS.includes(k as never),
  );
  const educations = EDUCATION_KEYS.filter((k) => summary.byEducation[k] > 0 || k !== "secondary");
  const stage = summary.stage;

  return (
    <div className={styles.stack} data-testid="figures">
      <Caption1>{t("figuresOf", { sheet: sheet ?? "", date: formatDate(summary.asOf) })}</Caption1>
      <div className={styles.cards}>
        <Figure
          label={summaryLabel("teachers", lang)}
          value={formatCount(summary.teachers, lang)}
          testId="fig-teachers"
        />
        <Figure
          label={summaryLabel("organizations", lang)}
          value={formatCount(summary.organizations, lang)}
          testId="fig-organizations"
        />
        <Figure
          label={summaryLabel("qualitativeShare", lang)}
          value={pct(summary.qualitativeShare)}
          testId="fig-qualitative"
        />
        <Figure
          label={summaryLabel("anyCategoryShare", lang)}
          value={pct(summary.anyCategoryShare)}
          testId="fig-any-category"
        />
      </div>
      <Button appearance="primary" onClick={onWrite} disabled={busy} data-testid="write-summary-button">
        {t("writeToWorkbook")}
      </Button>

      <section>
        <Subtitle2 as="h3">{L("byCategory")}</Subtitle2>
        <table className={styles.table} data-testid="table-categories">
          <thead>
            <tr>
              <th />
              <th>{L("count")}</th>
              <th>{L("share")}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((k) => (
              <CountRow
                key={k}
                name={categoryName(k, lang)}
                count={summary.byCategory[k]}
                share={summary.categoryShares[k]}
                lang={lang}
                id={k}
              />
            ))}
            {summary.byCategory.unknown > 0 && (
              <CountRow
                name={categoryName("unknown", lang)}
                count={summary.byCategory.unknown}
                share={summary.categoryShares.unknown}
                lang={lang}
                id="unknown"
              />
            )}
          </tbody>
        </table>
      </section>

      <section>
        <Subtitle2 as="h3">{L("byEducation")}</Subtitle2>
        <table className={styles.table} data-testid="table-education">
          <tbody>
            {educations.map((k: EducationKey) => (
              <CountRow
                key={k}
                name={educationName(k, lang)}
                count={summary.byEducation[k]}
                share={summary.educationShares[k]}
                lang={lang}
                id={k}
              />
            ))}
            {summary.byEducation.unknown > 0 && (
              <CountRow
                name={educationName("unknown", lang)}
                count={summary.byEducation.unknown}
                share={summary.educationShares.unknown}
                lang={lang}
                id="unknown"
              />
            )}
          </tbody>
        </table>
      </section>

      <section data-testid="stage">
        {stage.categories && stage.total && stage.stage ? (
          <>
            <Subtitle2 as="h3">{t("stageTitle", { year: stage.year, stage: stage.stage })}</Subtitle2>
            <div className={styles.scroll}>
              <table className={mergeClasses(styles.table, styles.stageTable)} data-testid="table-stage">
                <thead>
                  <tr>
                    <th />
                    {/* short captions fit the narrow pane; the full label is the tooltip */}
                    <th title={L("target")}>{t("stageColTarget")}</th>
                    <th title={L("actual")}>{t("stageColActual")}</th>
                    <th title={L("gapPp")}>{t("stageColGap")}</th>
                    <th title={L("teachersNeeded")}>{t("stageColNeeded")}</th>
                  </tr>
                </thead>
                <tbody>
                  {STAGE_CATEGORY_KEYS.map((k) => (
                    <StageRow
                      key={k}
                      id={k}
                      name={categoryName(k, lang)}
                      line={stage.categories![k]}
                      lang={lang}
                      styles={styles}
                    />
                  ))}
                  <StageRow id="total" name={L("total")} line={stage.total} lang={lang} styles={styles} />
                </tbody>
              </table>
            </div>
            {stage.band && (
              <Caption1 block>
                {L("band")} {pct(stage.band.min)}–{pct(stage.band.max)}:{" "}
                <BandVerdictText band={stage.band} total={stage.total} t={t} L={L} styles={styles} />
              </Caption1>
            )}
            <Caption1 block data-testid="pp-explained">
              {t("ppExplained")}
            </Caption1>
          </>
        ) : (
          <Text>
            {L("noStage")}: {stage.year}
          </Text>
        )}
      </section>

      <section>
        <Subtitle2 as="h3">{L("attestationDueByYear")}</Subtitle2>
        <table className={styles.table} data-testid="table-attestation">
          <tbody>
            {Object.entries(summary.attestationDueByYear).map(([year, n]) => (
              <tr key={year} data-key={year}>
                <td>{year}</td>
                <td>{formatCount(n, lang)}</td>
              </tr>
            ))}
            <tr data-key="overdue">
              <td>{L("attestationOverdue")}</td>
              <td className={summary.attestationOverdue > 0 ? styles.bad : undefined}>
                {formatCount(summary.attestationOverdue, lang)}
              </td>
            </tr>
            {summary.attestationYearUnknown > 0 && (
              <tr data-key="unknown">
                <td>{L("attestationYearUnknown")}</td>
                <td>{formatCount(summary.attestationYearUnknown, lang)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      {children}
    </div>
  );
}

/** The band verdict in words; only a total below the band is in the warning colour. */
function BandVerdictText({
  band,
  total,
  t,
  L,
  styles,
}: {
  band: { min: number; max: number };
  total: StageLine & { withinBand: boolean };
  t: Translate;
  L: (key: Parameters<typeof summaryLabel>[0]) => string;
  styles: ReturnType<typeof useStyles>;
}) {
  const verdict = bandVerdict(total, band);
  const text = verdict === "within" ? L("withinBand") : verdict === "above" ? t("aboveBand") : t("belowBand");
  return (
    <span
      className={verdict === "below" ? styles.bad : styles.good}
      data-testid="within-band"
      data-verdict={verdict}
    >
      {text}
    </span>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  const styles = useStyles();
  return (
    <div className={styles.card} data-testid={testId}>
      <Caption1>{label}</Caption1>
      <span className={styles.big}>{value}</span>
    </div>
  );
}

function CountRow({
  name,
  count,
  share,
  lang,
  id,
}: {
  name: string;
  count: number;
  share: number;
  lang: Lang;
  id: CategoryKey | EducationKey | "unknown";
}) {
  return (
    <tr data-key={id}>
      <td>{name}</td>
      <td>{formatCount(count, lang)}</td>
      <td>{formatShare(share, lang)}</td>
    </tr>
  );
}

function StageRow({
  id,
  name,
  line,
  lang,
  styles,
}: {
  id: string;
  name: string;
  line: StageLine;
  lang: Lang;
  styles: ReturnType<typeof useStyles>;
}) {
  const behind = line.gapPp > 0;
  return (
    <tr data-key={id}>
      <td>{name}</td>
      <td>{formatShare(line.target, lang)}</td>
      <td>
        {formatShare(line.actual, lang)} ({formatCount(line.awarded, lang)})
      </td>
      <td className={mergeClasses(behind ? styles.bad : styles.good)}>{formatPp(line.gapPp, lang)}</td>
      <td className={line.teachersNeeded > 0 ? styles.bad : styles.good}>
        {formatCount(line.teachersNeeded, lang)}
      </td>
    </tr>
  );
}
