import { fillTemplate } from "../i18n/template.ts";
import type { Lang, Localized } from "../types.ts";

/** Every way opening or using a regional key can fail, and what the user should do, in kk, ru and en. */
export const CRYPTO_MESSAGES = {
  "wrong-passphrase": {
    kk: "Құпия сөз қате. Кілт файлы өзгерген жоқ: дұрыс құпия сөзді қайта енгізіңіз.",
    ru: "Неверная парольная фраза. Файл ключа не изменён: введите правильную фразу ещё раз.",
    en: "Wrong passphrase. The key file is unchanged: enter the right passphrase again.",
  },
  "passphrase-too-short": {
    kk: "Құпия сөз тым қысқа: кемінде 12 таңба болсын (бірнеше сөзден құралған сөйлем ыңғайлы).",
    ru: "Парольная фраза слишком короткая: нужно не меньше 12 символов (удобно взять фразу из нескольких слов).",
    en: "The passphrase is too short: use at least 12 characters (a phrase of several words is easiest).",
  },
  "key-file-invalid": {
    kk: "Бұл Sapa кілт файлы емес немесе файл бүлінген. Кілт жасалғанда сақталған файлды (не оның көшірмесін) ашыңыз.",
    ru: "Это не файл ключа Sapa, или файл повреждён. Откройте файл, сохранённый при создании ключа (или его копию).",
    en: "This is not a Sapa key file, or the file is damaged. Open the file saved when the key was created (or its backup).",
  },
  "public-key-invalid": {
    kk: "Облыс кілті жарамсыз: ол P-256 ашық кілті емес немесе идентификаторы кілтке сәйкес келмейді. Облыстық әдістемелік орталыққа хабарласыңыз.",
    ru: "Ключ области недействителен: это не открытый ключ P-256 или его идентификатор не совпадает с ключом. Обратитесь в областной методический центр.",
    en: "The regional key is not valid: it is not a P-256 public key or its id does not match it. Contact the regional methodical centre.",
  },
  "iin-secret-invalid": {
    kk: "ЖСН құпиясы жарамсыз. Облыстық әдістемелік орталықтан оны қайта сұраңыз.",
    ru: "Секрет ИИН недействителен. Запросите его заново в областном методическом центре.",
    en: "The ИИН secret is not valid. Ask the regional methodical centre for it again.",
  },
  "wrong-key": {
    kk: "Бұл деректер облыстың басқа кілтіне шифрланған. Сол кілттің файлын ашыңыз (идентификаторы: {expectedKeyId}).",
    ru: "Эти данные зашифрованы на другой ключ области. Откройте файл того ключа (идентификатор: {expectedKeyId}).",
    en: "This data is encrypted to another regional key. Open that key's file (its id: {expectedKeyId}).",
  },
  tampered: {
    kk: "Шифрланған деректер өзгертілген немесе басқа жолға ауыстырылған, оны оқу мүмкін емес. Ауданнан деректерді қайта жіберуді сұраңыз.",
    ru: "Зашифрованные данные изменены или перенесены в другую строку, прочитать их нельзя. Попросите район отправить данные заново.",
    en: "The encrypted data was altered or moved to another row and cannot be read. Ask the district to submit again.",
  },
} as const satisfies Record<string, Localized>;

export type CryptoErrorCode = keyof typeof CRYPTO_MESSAGES;

/**
 * An expected failure of Sapa's cryptography (wrong passphrase, wrong key, altered data): a code, its
 * message in kk/ru/en, and details for the caller. Never carries a passphrase, key or plaintext.
 */
export class CryptoError extends Error {
  readonly messages: Localized;

  constructor(
    readonly code: CryptoErrorCode,
    readonly details?: Record<string, string | number>,
  ) {
    const texts: Localized = CRYPTO_MESSAGES[code];
    const fill = (lang: Lang) => fillTemplate(texts[lang], details ?? {}, lang);
    super(fill("en"));
    this.name = "CryptoError";
    this.messages = { kk: fill("kk"), ru: fill("ru"), en: fill("en") };
  }

  /** The message in `lang`. */
  messageIn(lang: Lang): string {
    return this.messages[lang];
  }
}
