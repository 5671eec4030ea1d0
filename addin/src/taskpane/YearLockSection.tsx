import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import type { Translate } from "../translate.ts";
import { useReturnFocus } from "./use-return-focus.ts";
import { yearLockChange, yearLockLine, type YearLockControl } from "./use-year-lock.ts";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
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
 * that says what the change does (focus inside, Escape cancels, focus back to the button afterwards).
 */
export function YearLockSection({
  t,
  busy,
  control,
}: {
  t: Translate;
  busy: boolean;
  control: YearLockControl;
}) {
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
