import type { Localized } from "@sapa/shared";

/** The CLI's words about the region's key file (spread into the catalogue in messages.ts). */
export const KEY_MESSAGES = {
  "key-file-unreadable": {
    kk: "Кілт файлын оқу мүмкін болмады: {file} ({reason}). Файлдың жолын тексеріңіз.",
    ru: "Не удалось прочитать файл ключа: {file} ({reason}). Проверьте путь к файлу.",
    en: "Cannot read the key file {file} ({reason}). Check the path.",
  },
  "key-passphrase-missing": {
    kk: "Кілт файлының құпия сөзі берілмеген: оны SAPA_KEY_PASSPHRASE айнымалысына жазыңыз.",
    ru: "Не задана парольная фраза файла ключа: укажите её в переменной SAPA_KEY_PASSPHRASE.",
    en: "No passphrase for the key file: set it in SAPA_KEY_PASSPHRASE.",
  },
  "keys-subcommand": {
    kk: "Қолданылуы: sapa keys create [--out FILE] · sapa keys show · sapa keys check FILE",
    ru: "Использование: sapa keys create [--out FILE] · sapa keys show · sapa keys check FILE",
    en: "Usage: sapa keys create [--out FILE] · sapa keys show · sapa keys check FILE",
  },
  "keys-file-missing": {
    kk: "Кілт файлын көрсетіңіз: sapa keys check FILE",
    ru: "Укажите файл ключа: sapa keys check FILE",
    en: "Name the key file: sapa keys check FILE",
  },
  "key-file-ok": {
    kk: "Кілт файлы ашылды, құпия сөз дұрыс: {file}",
    ru: "Файл ключа открыт, парольная фраза верна: {file}",
    en: "The key file opens, the passphrase is right: {file}",
  },
  "key-created": {
    kk: "Облыс кілті жасалды: {file}. Файлды және құпия сөзді бөлек сақтаңыз, көшірмесін жасаңыз.",
    ru: "Ключ области создан: {file}. Храните файл и парольную фразу раздельно, сделайте копию.",
    en: "Region key created: {file}. Keep the file and the passphrase apart, and back the file up.",
  },
  "key-fingerprint": {
    kk: "Кілт идентификаторы: {keyId}\nСаусақ ізі: {hex}\nЦифрлар: {digits}",
    ru: "Идентификатор ключа: {keyId}\nОтпечаток: {hex}\nЦифры: {digits}",
    en: "Key id: {keyId}\nFingerprint: {hex}\nDigits: {digits}",
  },
  "names-opened": {
    kk: "Аттар ашылды: {opened} жол, ашылмағаны: {failed}.",
    ru: "Имена открыты: {opened} строк, не открылось: {failed}.",
    en: "Names opened: {opened} rows, not opened: {failed}.",
  },
} satisfies Record<string, Localized>;
