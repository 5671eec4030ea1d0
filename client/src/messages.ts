import { REPORT_CHANGING, fillTemplate, type Lang, type Localized } from "@sapa/shared";

/** What the client itself says when the server could not (or did not properly) answer. */
const MESSAGES = {
  network: {
    kk: "Серверге қосылу мүмкін болмады ({server}): {reason}. Интернетті және сервер мекенжайын тексеріңіз.",
    ru: "Не удалось подключиться к серверу ({server}): {reason}. Проверьте интернет и адрес сервера.",
    en: "Could not reach the server ({server}): {reason}. Check the connection and the server address.",
  },
  timeout: {
    kk: "Сервер {seconds} секунд ішінде жауап бермеді ({server}). Кейінірек қайталаңыз.",
    ru: "Сервер не ответил за {seconds} с ({server}). Повторите позже.",
    en: "The server did not answer within {seconds} s ({server}). Try again later.",
  },
  "bad-reply": {
    kk: "Сервердің жауабы күтілгендей емес (HTTP {status}): {reason}. Sapa нұсқаларының сәйкестігін тексеріңіз.",
    ru: "Ответ сервера не такой, как ожидалось (HTTP {status}): {reason}. Проверьте, что версии Sapa совпадают.",
    en: "The server's reply is not what Sapa expects (HTTP {status}): {reason}. Check that the Sapa versions match.",
  },
  "http-error": {
    kk: "Сервер HTTP {status} қатесімен жауап берді.",
    ru: "Сервер ответил ошибкой HTTP {status}.",
    en: "The server answered with HTTP {status}.",
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
