import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { KeyFingerprint } from "@sapa/shared";
import type { Translate } from "../translate.ts";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: "2px 8px",
    margin: 0,
    "& dt": { color: tokens.colorNeutralForeground3 },
    "& dd": {
      margin: 0,
      fontFamily: tokens.fontFamilyMonospace,
      fontWeight: tokens.fontWeightSemibold,
      overflowWrap: "anywhere",
    },
  },
});

/**
 * A region key's fingerprint as people read it aloud and compare it: six groups of digits, one line, nothing
 * else beside it (issue 19, item 4: the hex id and a second fingerprint only made comparing harder). The key
 * id stays on the element for tests and support.
 */
export function KeyFingerprintView({
  t,
  fingerprint,
  testId,
}: {
  t: Translate;
  fingerprint: KeyFingerprint;
  testId: string;
}) {
  const styles = useStyles();
  return (
    <dl className={styles.facts} data-testid={testId} data-key-id={fingerprint.keyId}>
      <dt>
        <Caption1>{t("keyDigits")}</Caption1>
      </dt>
      <dd data-testid={`${testId}-digits`}>{fingerprint.digits}</dd>
    </dl>
  );
}
