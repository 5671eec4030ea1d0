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
  "names-opened": {
    kk: "Аттар ашылды: {opened} жол, ашылмағаны: {failed}.",
    ru: "Имена открыты: {opened} строк, не открылось: {failed}.",
    en: "Names opened: {opened} rows, not opened: {failed}.",
  },
} satisfies Record<string, Localized>;
