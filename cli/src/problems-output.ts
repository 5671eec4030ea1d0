import type { Lang, Problem, Severity } from "@sapa/shared";
import { countIn, t, type MessageKey } from "./messages.ts";
import { formatTable } from "./output.ts";

/** How many problems of one severity the terminal shows; --json always carries all of them. */
export const SHOWN_PER_SEVERITY = 50;

const SECTIONS: { severity: Severity; title: MessageKey }[] = [
  { severity: "error", title: "errors" },
  { severity: "warning", title: "warnings" },
  { severity: "info", title: "infos" },
];

/** Counts of problems by severity. */
export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}

/** "Errors: 0, warnings: 1 204, notes: 0" in `lang`. */
export function problemCounts(problems: readonly Problem[], lang: Lang): string {
  const counts = countBySeverity(problems);
  return t("problem-counts", lang, {
    errors: countIn(counts.error),
    warnings: countIn(counts.warning),
    infos: countIn(counts.info),
  });
}

/** Prints problems grouped by severity (errors first), each group with its count, in sheet order. */
export function printProblems(problems: readonly Problem[], lang: Lang, write: (text: string) => void): void {
  for (const { severity, title } of SECTIONS) {
    const group = problems.filter((p) => p.severity === severity).sort((a, b) => a.row - b.row);
    if (group.length === 0) continue;
    const shown = group.slice(0, SHOWN_PER_SEVERITY);
    const table = formatTable(
      [t("row", lang), t("column", lang), t("message", lang)],
      // Read from several sheets, a row number needs its sheet: "Балапан!C".
      shown.map((p) => [p.row, p.sheet ? `${p.sheet}!${p.column ?? ""}` : (p.column ?? ""), p.message[lang]]),
      ["right", "left", "left"],
    );
    const more =
      group.length > shown.length
        ? `\n${t("more-problems", lang, { count: countIn(group.length - shown.length) })}`
        : "";
    write(`${t(title, lang)} (${countIn(group.length)[lang]})\n${table}${more}\n\n`);
  }
}
