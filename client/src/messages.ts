import { REPORT_CHANGING, fillTemplate, type Lang, type Localized } from "@sapa/shared";

/** What the client itself says when the server could not (or did not properly) answer. */
const MESSAGES = {
  network: {
    kk: "Серверге қосылу мүмкін болмады ({server}): {reason}. Интернетке қосылуды және сервер мекенжайын тексеріңіз.",
    ru: "Не удалось подключиться к серверу ({server}): {reason}. Проверьте подключение к интернету и адрес сервера.",
    en: "Could not reach the server ({server}): {reason}. Check the internet connection and the server address.",
  },
  timeout: {
    kk: "Сервер {seconds} секунд ішінде жауап бермеді ({server}). Кейінірек қайталаңыз.",
    ru: "Сервер не ответил за {seconds} с ({server}). Повторите позже.",
    en: "The server did not answer within {seconds} s ({server}). Try again later.",
  },
  "bad-reply": {
    kk: "Сервердің жауабы күтілгендей емес (HTTP {status}): {reason}. Мұндағы Sapa мен сервердегі Sapa нұсқалары әртүрлі болуы мүмкін.",
    ru: "Ответ сервера не такой, как ожидалось (HTTP {status}): {reason}. Возможно, версии Sapa здесь и на сервере различаются.",
    en: "The server's reply is not what Sapa expects (HTTP {status}): {reason}. Sapa here and on the server may be different versions.",
  },
  // bad-reply's {reason}: where the reply differs from what this Sapa reads (the schema's own words are for
  // programmers, and English: they stay in the error's cause).
  "reply-not-json": { kk: "бұл JSON емес", ru: "это не JSON", en: "it is not JSON" },
  "reply-field": {
    kk: "«{field}» өрісі басқаша",
    ru: "поле «{field}» другое",
    en: "the field “{field}” differs",
  },
  "reply-shape": {
    kk: "жауаптың пішіні басқаша",
    ru: "форма ответа другая",
    en: "the reply's shape differs",
  },
  "http-error": {
    kk: "Сервер HTTP {status} қатесімен жауап берді.",
    ru: "Сервер ответил ошибкой HTTP {status}.",
    en: "The server answered with an error: HTTP {status}.",
  },
  "report-changing": REPORT_CHANGING,
} satisfies Record<string, Localized>;

export type ClientMessageKey = keyof typeof MESSAGES;

/** A client message in one language with `{name}` placeholders filled. */
export function clientMessage(
  key: ClientMessageKey,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return fillTemplate(MESSAGES[key][lang], params, lang);
}
