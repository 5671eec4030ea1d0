import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import type { FormEvent } from "react";
import type { Translate } from "../translate.ts";
import { useReturnFocus } from "./use-return-focus.ts";
import { yearLockChange, yearLockLine, type YearLockControl } from "./use-year-lock.ts";
import {
  windowYearChoices,
  yearWindowError,
  yearWindowLine,
  type YearWindowControl,
} from "./use-year-window.ts";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  fields: { display: "flex", flexDirection: "column", gap: "12px" },
});

const WORDS = {
  lock: { button: "yearLock", title: "yearLockTitle", body: "yearLockBody", confirm: "yearLockConfirm" },
  unlock: {
    button: "yearUnlock",
    title: "yearUnlockTitle",
    body: "yearUnlockBody",
    confirm: "yearUnlockConfirm",
  },
} as const;

/**
 * The year's lock on the Region tab: its state, and one button to lock or unlock it behind a modal dialog
 * that says what the change does (focus inside, Escape cancels, focus back to the button afterwards). Under
 * it the years open to submissions, and a dialog choosing the region's window of them.
 */
export function YearLockSection({
  t,
  busy,
  control,
  yearWindow,
}: {
  t: Translate;
  busy: boolean;
  control: YearLockControl;
  yearWindow: YearWindowControl;
}) {
  return (
    <>
      <YearLockRow t={t} busy={busy} control={control} />
      <YearWindowRow t={t} busy={busy} control={yearWindow} />
    </>
  );
}

function YearLockRow({ t, busy, control }: { t: Translate; busy: boolean; control: YearLockControl }) {
  const styles = useStyles();
  const { lock, asking } = control;
  useReturnFocus(asking !== null, () =>
    document.querySelector<HTMLElement>('[data-testid="year-lock-button"]'),
  );
  if (!lock) return null;
  const offered = WORDS[yearLockChange(lock)];
  const words = WORDS[asking ?? yearLockChange(lock)];
  return (
    <div className={styles.row}>
      <Text role="status" weight="semibold" data-testid="year-lock-state" data-locked={String(lock.locked)}>
        {yearLockLine(lock, t)}
      </Text>
      <Button
        disabledFocusable={busy}
        onClick={() => control.ask(yearLockChange(lock))}
        data-testid="year-lock-button"
      >
        {t(offered.button)}
      </Button>
      <Dialog
        open={asking !== null}
        modalType="modal"
        onOpenChange={(_, data) => !data.open && control.cancel()}
      >
        <DialogSurface data-testid="year-lock-dialog" aria-describedby="year-lock-dialog-body">
          <DialogBody>
            <DialogTitle>{t(words.title, { year: lock.year })}</DialogTitle>
            <DialogContent id="year-lock-dialog-body">{t(words.body, { year: lock.year })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={control.confirm}
                data-testid="year-lock-confirm"
              >
                {t(words.confirm)}
              </Button>
              <Button onClick={control.cancel} data-testid="year-lock-cancel">
                {t("reviewCancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

/** One academic year chosen among `choices` (the window dialog's first and last year). */
function YearSelect({
  value,
  choices,
  onChange,
  testId,
}: {
  value: string;
  choices: readonly string[];
  onChange: (year: string) => void;
  testId: string;
}) {
  return (
    <Select value={value} onChange={(_, data) => onChange(data.value)} data-testid={testId}>
      {choices.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </Select>
  );
}

/** The years open to submissions (the plan's and the region's window), and the dialog that changes the window. */
function YearWindowRow({ t, busy, control }: { t: Translate; busy: boolean; control: YearWindowControl }) {
  const styles = useStyles();
  const { reply, draft } = control;
  useReturnFocus(draft !== null, () =>
    document.querySelector<HTMLElement>('[data-testid="year-window-button"]'),
  );
  if (!reply) return null;
  const choices = windowYearChoices(reply);
  const error = draft ? yearWindowError(draft, t) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) control.save();
  };
  return (
    <div className={styles.row}>
      <Text role="status" data-testid="year-window-state">
        {yearWindowLine(reply, t)}
      </Text>
      <Button disabledFocusable={busy} onClick={control.open} data-testid="year-window-button">
        {t("yearWindowChange")}
      </Button>
      <Dialog
        open={draft !== null}
        modalType="modal"
        onOpenChange={(_, data) => !data.open && control.cancel()}
      >
        <DialogSurface data-testid="year-window-dialog" aria-describedby="year-window-dialog-body">
          <form onSubmit={submit} noValidate>
            <DialogBody>
              <DialogTitle>{t("yearsOpenTitle")}</DialogTitle>
              <DialogContent className={styles.fields}>
                <Text id="year-window-dialog-body">
                  {t("yearWindowBody", { planFrom: reply.plan.from, planTo: reply.plan.to })}
                </Text>
                {draft && (
                  <>
                    <Field label={t("yearWindowFrom")}>
                      <YearSelect
                        value={draft.from}
                        choices={choices}
                        onChange={(from) => control.choose({ ...draft, from })}
                        testId="year-window-from"
                      />
                    </Field>
                    <Field
                      label={t("yearWindowTo")}
                      validationState={error ? "error" : "none"}
                      validationMessage={error ?? undefined}
                    >
                      <YearSelect
                        value={draft.to}
                        choices={choices}
                        onChange={(to) => control.choose({ ...draft, to })}
                        testId="year-window-to"
                      />
                    </Field>
                  </>
                )}
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  type="submit"
                  disabledFocusable={busy || error !== null}
                  data-testid="year-window-save"
                >
                  {t("save")}
                </Button>
                <Button onClick={control.cancel} data-testid="year-window-cancel">
                  {t("reviewCancel")}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
