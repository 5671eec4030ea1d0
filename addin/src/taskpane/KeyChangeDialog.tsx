import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
} from "@fluentui/react-components";
import type { Translate } from "../i18n.ts";
import { KeyFingerprintView } from "./KeyFingerprintView.tsx";
import type { KeyChange } from "./use-submission.ts";

/**
 * The region's key changed since this pane last sealed to it: the old and the new fingerprints side by
 * side; only "It matches: send" seals to the new key. Escape, the close and "Do not send" send nothing.
 */
export function KeyChangeDialog({
  t,
  change,
  onAccept,
  onCancel,
}: {
  t: Translate;
  change: KeyChange | null;
  onAccept: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog
      open={change !== null}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface data-testid="key-change-dialog" aria-describedby="key-change-body">
        <DialogBody>
          <DialogTitle>{t("keyChangeTitle")}</DialogTitle>
          <DialogContent id="key-change-body">
            <p>{t("keyChangeBody")}</p>
            {change && (
              <>
                <Subtitle2 as="h3">{t("keyChangeOld")}</Subtitle2>
                <KeyFingerprintView t={t} fingerprint={change.previous} testId="key-change-old" />
                <Subtitle2 as="h3">{t("keyChangeNew")}</Subtitle2>
                <KeyFingerprintView t={t} fingerprint={change.current} testId="key-change-new" />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onAccept} data-testid="key-change-confirm">
              {t("keyChangeConfirm")}
            </Button>
            <Button onClick={onCancel} data-testid="key-change-cancel">
              {t("keyChangeCancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
