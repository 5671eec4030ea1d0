import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CRYPTO_MESSAGES, MIN_PASSPHRASE_LENGTH, type Lang } from "@sapa/shared";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Translate } from "../translate.ts";
import { KeyFingerprintView } from "./KeyFingerprintView.tsx";
import type { RegionKey } from "./use-region-key.ts";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "8px",
  },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap" },
  fileRow: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", minWidth: 0 },
  fileName: { overflowWrap: "anywhere", minWidth: 0 },
  keyText: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
});

/**
 * The regional centre's key ceremony: the key open for this session (and a button to close it), creating a
 * key (passphrase twice, the file saved, then published) and opening a key file with its passphrase.
 */
export function KeyCeremony({
  t,
  lang,
  busy,
  regionKey,
}: {
  t: Translate;
  lang: Lang;
  busy: boolean;
  regionKey: RegionKey;
}) {
  const styles = useStyles();
  const { server, unlocked, created } = regionKey;
  const lockButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(unlocked !== null);
  useEffect(() => {
    // Opening replaces the form the focus was in, closing the button it was on: the focus goes to what
    // took their place (Close the key / Choose a key file), never to the page.
    const open = unlocked !== null;
    if (open === wasOpen.current) return;
    wasOpen.current = open;
    if (document.activeElement && document.activeElement !== document.body) return;
    if (open) lockButton.current?.focus();
    else document.querySelector<HTMLElement>('[data-testid="key-unlock-choose"]')?.focus();
  }, [unlocked]);
  return (
    <>
      <Text>{t("keyRegionIntro")}</Text>
      {unlocked && (
        <div className={styles.box} data-testid="key-unlocked">
          <Text weight="semibold">{t("keyUnlockedState", { fingerprint: unlocked.fingerprint.digits })}</Text>
          {server.status === "ok" && server.keyId !== unlocked.key.keyId && (
            <MessageBar layout="multiline" intent="warning" data-testid="key-not-current">
              <MessageBarBody>{t("keyNotCurrent")}</MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button ref={lockButton} onClick={regionKey.onLock} data-testid="key-lock">
              {t("keyLock")}
            </Button>
          </div>
        </div>
      )}
      {created ? (
        <CreatedKeyPanel t={t} busy={busy} regionKey={regionKey} />
      ) : (
        <CreateKeyForm
          t={t}
          lang={lang}
          busy={busy}
          replaces={server.status === "ok"}
          onCreate={regionKey.onCreate}
        />
      )}
      {!unlocked && <UnlockKeyForm t={t} busy={busy} onUnlock={regionKey.onUnlock} />}
    </>
  );
}

function CreateKeyForm({
  t,
  lang,
  busy,
  replaces,
  onCreate,
}: {
  t: Translate;
  lang: Lang;
  busy: boolean;
  replaces: boolean;
  onCreate: (passphrase: string) => void;
}) {
  const styles = useStyles();
  const [first, setFirst] = useState("");
  const [again, setAgain] = useState("");
  const [tried, setTried] = useState(false);
  const short = [...first.normalize("NFC")].length < MIN_PASSPHRASE_LENGTH;
  const mismatch = first !== again;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (short || mismatch || busy) return;
    onCreate(first);
    setFirst("");
    setAgain("");
    setTried(false);
  };
  return (
    <form className={styles.box} onSubmit={submit} noValidate data-testid="key-create">
      <Subtitle2 as="h3">{t("keyCreateTitle")}</Subtitle2>
      {replaces && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t("keyReplaceWarning")}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={t("keyPassphrase")}
        hint={t("keyCreateHint", { min: MIN_PASSPHRASE_LENGTH })}
        validationMessage={tried && short ? CRYPTO_MESSAGES["passphrase-too-short"][lang] : undefined}
      >
        <Input
          type="password"
          autoComplete="new-password"
          value={first}
          onChange={(_, d) => setFirst(d.value)}
          data-testid="key-create-passphrase"
        />
      </Field>
      <Field
        label={t("keyPassphraseAgain")}
        validationMessage={tried && !short && mismatch ? t("keyPassphraseMismatch") : undefined}
      >
        <Input
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(_, d) => setAgain(d.value)}
          data-testid="key-create-again"
        />
      </Field>
      <div>
        <Button type="submit" disabled={busy} data-testid="key-create-button">
          {t("keyCreate")}
        </Button>
      </div>
    </form>
  );
}

function CreatedKeyPanel({ t, busy, regionKey }: { t: Translate; busy: boolean; regionKey: RegionKey }) {
  const styles = useStyles();
  const created = regionKey.created!;
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  // A data: URL rather than a blob: the file is about 1 KB and nothing has to be released afterwards.
  const url = `data:application/json;charset=utf-8,${encodeURIComponent(created.text)}`;
  const copy = () =>
    void navigator.clipboard
      ?.writeText(created.text)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  return (
    <div className={styles.box} data-testid="key-created">
      <MessageBar layout="multiline" intent={created.published ? "success" : "warning"}>
        <MessageBarBody>
          <MessageBarTitle>{t("keyCreatedTitle")}</MessageBarTitle> {t("keyBackup")}
        </MessageBarBody>
      </MessageBar>
      <KeyFingerprintView t={t} fingerprint={created.fingerprint} testId="key-created-fingerprint" />
      <div className={styles.buttons}>
        <Button as="a" appearance="primary" href={url} download={created.fileName} data-testid="key-download">
          {t("keyDownload")}
        </Button>
        <Button onClick={copy} data-testid="key-copy">
          {t("keyCopy")}
        </Button>
      </div>
      {copied && <Text role="status">{t("keyCopied")}</Text>}
      <Field label={t("keyFileText", { file: created.fileName })}>
        <Textarea
          className={styles.keyText}
          readOnly
          rows={3}
          value={created.text}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="key-file-text"
        />
      </Field>
      {!created.published && (
        <>
          <Checkbox
            checked={saved}
            onChange={(_, d) => setSaved(d.checked === true)}
            label={t("keySavedConfirm")}
            data-testid="key-saved"
          />
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={!saved || busy}
              onClick={regionKey.onPublish}
              data-testid="key-publish"
            >
              {t("keyPublish")}
            </Button>
            <Button onClick={regionKey.onDiscardCreated} disabled={busy} data-testid="key-discard">
              {t("keyDiscard")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

function UnlockKeyForm({
  t,
  busy,
  onUnlock,
}: {
  t: Translate;
  busy: boolean;
  onUnlock: (file: File, passphrase: string) => void;
}) {
  const styles = useStyles();
  const [file, setFile] = useState<File | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file && passphrase && !busy) onUnlock(file, passphrase);
  };
  return (
    <form className={styles.box} onSubmit={submit} noValidate data-testid="key-unlock">
      <Subtitle2 as="h3">{t("keyUnlockTitle")}</Subtitle2>
      <Text>{t("keyUnlockHint")}</Text>
      {/* The browser's own picker would say "Choose File / No file chosen" in its language, not the pane's
          (issue 19, item 5): a hidden input, opened by a button with the pane's words. */}
      <input
        ref={picker}
        hidden
        type="file"
        accept=".json,application/json"
        onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        data-testid="key-unlock-file"
      />
      {/* The button's own words name it (a field label would not match them); the file chosen describes it. */}
      <div className={styles.fileRow}>
        <Button
          onClick={() => picker.current?.click()}
          aria-describedby="key-unlock-file-name"
          data-testid="key-unlock-choose"
        >
          {t("keyFileChoose")}
        </Button>
        <Text id="key-unlock-file-name" className={styles.fileName} data-testid="key-unlock-file-name">
          {file ? file.name : t("keyFileNone")}
        </Text>
      </div>
      <Field label={t("keyPassphrase")}>
        <Input
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(_, d) => setPassphrase(d.value)}
          data-testid="key-unlock-passphrase"
        />
      </Field>
      <div>
        <Button type="submit" disabled={busy || !file || !passphrase} data-testid="key-unlock-button">
          {t("keyUnlock")}
        </Button>
      </div>
    </form>
  );
}
