import {
  REPORT_CHANGING,
  REVIEW_STATUS_LABELS,
  displayDate,
  fillTemplate,
  formatCount,
  type ErrorCode,
  type Lang,
  type Localized,
  type TemplateValue,
} from "@sapa/shared";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { GROUP_ERROR_MESSAGES } from "./group-errors.ts";
import { KEY_ERROR_MESSAGES } from "./key-errors.ts";
import { SEAL_ERROR_MESSAGES } from "./seal-errors.ts";

/**
 * What each error code the API answers with (shared ERROR_CODES, exactly those) tells the user to do, in
 * kk, ru and en.
 */
export const ERROR_MESSAGES = {
  "bad-json": {
    kk: "Сұраныс денесі дұрыс JSON емес. Деректерді қайта жіберіңіз.",
    ru: "Тело запроса не является корректным JSON. Отправьте данные заново.",
    en: "The request body is not valid JSON. Send the data again.",
  },
  "bad-gzip": {
    kk: "Сұраныс денесі Content-Encoding: gzip деп белгіленген, бірақ gzip ретінде ашылмады. Деректерді қайта жіберіңіз.",
    ru: "Тело запроса помечено Content-Encoding: gzip, но не распаковывается как gzip. Отправьте данные заново.",
    en: "The request body is marked Content-Encoding: gzip but does not decompress as gzip. Send the data again.",
  },
  "body-incomplete": {
    kk: "Сұраныс денесі толық келмеді: деректер жіберіліп жатқанда байланыс үзілді. Деректерді қайта жіберіңіз.",
    ru: "Тело запроса пришло не полностью: соединение оборвалось во время передачи данных. Отправьте данные заново.",
    en: "The request body arrived incomplete: the connection broke off while the data was being sent. Send the data again.",
  },
  "unsupported-encoding": {
    kk: "Сервер сұраныс денесін тек gzip түрінде немесе сығылмаған күйде қабылдайды (Content-Encoding).",
    ru: "Сервер принимает тело запроса только в gzip или без сжатия (Content-Encoding).",
    en: "The server accepts a request body only gzip-compressed or uncompressed (Content-Encoding).",
  },
  "invalid-input": {
    kk: "Сұраныстағы деректер қате: «{field}» (барлығы {issueCount} қате). Мәнін тексеріп, қайталаңыз.",
    ru: "Данные запроса неверны: «{field}» (всего ошибок: {issueCount}). Проверьте значение и повторите.",
    en: "The request data is invalid at “{field}” (issues in all: {issueCount}). Check the value and try again.",
  },
  "token-missing": {
    kk: "Кіру кілті (токен) жоқ. «Баптаулар» бөлімінде кіру кілтін енгізіңіз.",
    ru: "Нет ключа доступа (токена). Введите ключ доступа в «Настройках».",
    en: "No access key (token). Enter your access key in Settings.",
  },
  "token-invalid": {
    kk: "Кіру кілті (токен) жарамсыз. Облыстық әдістемелік орталықтан жаңа кіру кілтін сұраңыз.",
    ru: "Ключ доступа (токен) недействителен. Запросите новый ключ доступа в областном методическом центре.",
    en: "The access key (token) is not valid. Ask the regional methodical centre for a new access key.",
  },
  "token-revoked": {
    kk: "Кіру кілтінің (токеннің) күші жойылған. Облыстық әдістемелік орталықтан жаңа кіру кілтін сұраңыз.",
    ru: "Ключ доступа (токен) отозван. Запросите новый ключ доступа в областном методическом центре.",
    en: "The access key (token) has been revoked. Ask the regional methodical centre for a new access key.",
  },
  "forbidden-role": {
    kk: "Бұл әрекетке сіздің кіру кілтіңіз жарамайды: оған {required} керек.",
    ru: "Ваш ключ доступа не даёт права на это действие: нужен {required}.",
    en: "Your access key may not do this: it takes {required}.",
  },
  "forbidden-district": {
    kk: "Кіру кілті басқа ауданға берілген. Өз ауданыңызды таңдаңыз.",
    ru: "Ключ доступа выдан другому району. Выберите свой район.",
    en: "The access key belongs to another district. Choose your own district.",
  },
  "not-found": {
    kk: "Мұндай мекенжай немесе жазба жоқ.",
    ru: "Такого адреса или записи нет.",
    en: "No such address or record.",
  },
  "method-not-allowed": {
    kk: "Бұл мекенжай {method} сұранысын қабылдамайды, тек: {allowed}.",
    ru: "Этот адрес не принимает запрос {method}, только: {allowed}.",
    en: "This address does not take a {method} request, only: {allowed}.",
  },
  "precondition-failed": {
    kk: "Сіз ашқаннан кейін бұл деректерді басқа біреу өзгертті. Оларды қайта жүктеп, өзгерісіңізді қайта енгізіңіз.",
    ru: "После того как вы открыли эти данные, их изменил кто-то другой. Загрузите их заново и внесите своё изменение ещё раз.",
    en: "Someone else changed this data after you opened it. Load it again and make your change again.",
  },
  "no-targets": {
    kk: "Бұл оқу жылына мақсатты көрсеткіштер жоқ.",
    ru: "Для этого учебного года нет целевых показателей.",
    en: "There are no stage targets for this academic year.",
  },
  "year-not-open": {
    kk: "{year} оқу жылына есеп қабылданбайды. Жоспардың немесе облыс ашқан оқу жылын таңдаңыз: {open}.",
    ru: "Отчёты за {year} учебный год не принимаются. Выберите учебный год плана или открытый областью: {open}.",
    en: "Reports for the academic year {year} are not accepted. Choose a year of the plan or one the region opened: {open}.",
  },
  "year-locked": {
    kk: "Бұл оқу жылының есебі жабылған. Облыстық әдістемелік орталыққа хабарласыңыз.",
    ru: "Отчётность за этот учебный год закрыта. Обратитесь в областной методический центр.",
    en: "Reporting for this academic year is closed. Contact the regional methodical centre.",
  },
  "report-date-outside-year": {
    kk: "Есеп күні {asOf} {year} оқу жылына жатпайды (оқу жылы {from} – {to}). Есеп күнін осы аралықтан қойыңыз немесе есеп күні жататын оқу жылын таңдаңыз.",
    ru: "Дата отчёта {asOf} не входит в {year} учебный год (учебный год {from} – {to}). Укажите дату отчёта в этих пределах или выберите учебный год, к которому относится дата.",
    en: "The report date {asOf} is not a day of the academic year {year} ({from} – {to}). Set a report date within it, or choose the academic year the report date belongs to.",
  },
  "review-accepted": {
    kk: "Облыс бұл оқу жылының деректерін қабылдаған, олар түпкілікті. Қайта жіберу үшін облыстық әдістемелік орталықтан қайта ашуды сұраңыз.",
    ru: "Область приняла данные района за этот учебный год, они окончательные. Чтобы отправить снова, попросите областной методический центр переоткрыть их.",
    en: "The region has accepted this district's data for the year; it is final. Ask the regional methodical centre to reopen it before submitting again.",
  },
  "review-invalid-transition": {
    kk: "Ағымдағы «{status}» мәртебесінде бұл әрекет мүмкін емес. Тізімді жаңартып, қайталаңыз.",
    ru: "В текущем статусе «{status}» это действие невозможно. Обновите список и повторите.",
    en: "This review action is not possible in the current status “{status}”. Refresh the list and try again.",
  },
  "review-stale": {
    kk: "Ауданның соңғы нұсқасы — {revision}, ал сұраныста {seen}-нұсқа көрсетілген. {revision}-нұсқаны қарап шығып, қайталаңыз.",
    ru: "Последняя версия района — {revision}, а в запросе указана версия {seen}. Просмотрите версию {revision} и повторите.",
    en: "The district's newest revision is {revision}, and the request names revision {seen}. Review revision {revision} and try again.",
  },
  "idempotency-key-reused": {
    kk: "Бұл Idempotency-Key басқа деректермен қолданылған. Жаңа жіберу үшін жаңа кілт алыңыз.",
    ru: "Этот Idempotency-Key уже использован с другими данными. Для новой отправки нужен новый ключ.",
    en: "This Idempotency-Key was used with a different body. Use a new key for a new submission.",
  },
  "too-large": {
    kk: "Сұраныс Sapa сервері қабылдайтын көлемнен үлкен. Sapa серверіне қызмет көрсететін маманға хабарлаңыз (аудандар үшін — облыстық әдістемелік орталыққа).",
    ru: "Запрос больше, чем принимает сервер Sapa. Сообщите тому, кто обслуживает сервер Sapa (для районов — в областной методический центр).",
    en: "The request is larger than Sapa's server accepts. Tell whoever runs Sapa's server (for districts, the regional methodical centre).",
  },
  "roster-has-errors": {
    kk: "Тізімде қателер бар ({errorCount}). Оларды түзетіп, қайта жіберіңіз.",
    ru: "В списке есть ошибки ({errorCount}). Исправьте их и отправьте снова.",
    en: "The roster has errors ({errorCount}). Fix them and submit again.",
  },
  "roster-empty": {
    kk: "Тізім бос: онда бірде-бір педагог жоқ. Педагогтер тізімі бар парақты жіберіңіз.",
    ru: "Список пуст: в нём нет ни одного педагога. Отправьте лист со списком педагогов.",
    en: "The roster is empty: it lists no teachers. Submit the sheet that holds the teachers' roster.",
  },
  "rate-limited": {
    kk: "Сұраныстар тым көп. Бір минуттан кейін қайталаңыз.",
    ru: "Слишком много запросов. Повторите через минуту.",
    en: "Too many requests. Try again in a minute.",
  },
  "report-changing": REPORT_CHANGING,
  ...KEY_ERROR_MESSAGES,
  ...SEAL_ERROR_MESSAGES,
  ...GROUP_ERROR_MESSAGES,
  internal: {
    kk: "Серверде күтпеген қате. Кейінірек қайталаңыз.",
    ru: "Непредвиденная ошибка сервера. Повторите позже.",
    en: "Unexpected server error. Try again later.",
  },
} as const satisfies Record<ErrorCode, Localized>;

// A code with a message here but missing from the shared list does not compile either.
type Unlisted = Exclude<keyof typeof ERROR_MESSAGES, ErrorCode>;
const everyCodeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyCodeListed;

export type { ErrorCode };

/** An expected failure: becomes the one error envelope with this status in app.onError. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(ERROR_MESSAGES[code].en);
    this.name = "ApiError";
  }
}

/** Who may do what, as a 403 names it (`required`: the roles the action takes). */
const ROLE_TOKENS: Readonly<Record<string, Localized>> = {
  region: {
    kk: "облыстық әдістемелік орталықтың кіру кілті",
    ru: "ключ доступа областного методического центра",
    en: "an access key of the regional methodical centre",
  },
  district: { kk: "ауданның кіру кілті", ru: "ключ доступа района", en: "a district's access key" },
};
const OR: Readonly<Record<Lang, string>> = { kk: " не ", ru: " или ", en: " or " };
/** Details whose values are codes, said in words: a review status, the roles an action takes. */
const DETAIL_WORDS: Readonly<Record<string, Readonly<Record<string, Localized>>>> = {
  status: REVIEW_STATUS_LABELS,
  required: ROLE_TOKENS,
};

/**
 * The error envelope `{ error: { code, message, details? } }` in the caller's language; a `{name}` in the
 * message is filled from the details' value of that name: an ISO date shown dd.mm.yyyy as Sapa writes every
 * date, a count grouped, a list joined, a code in words (details keep the values as they are, for programs).
 */
export function errorBody(code: ErrorCode, lang: Lang, details?: unknown) {
  const named = (name: string): TemplateValue => {
    const value =
      typeof details === "object" && details !== null ? (details as Record<string, unknown>)[name] : null;
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0 || !items.every((v) => typeof v === "string" || typeof v === "number"))
      return null;
    const words = DETAIL_WORDS[name];
    return items
      .map((v) =>
        typeof v === "number"
          ? Number.isInteger(v)
            ? formatCount(v, lang)
            : String(v)
          : (words?.[v]?.[lang] ?? displayDate(v)),
      )
      .join(name === "required" ? OR[lang] : ", ");
  };
  const message = fillTemplate(ERROR_MESSAGES[code][lang], named, lang);
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}
