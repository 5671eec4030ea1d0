import type { Localized } from "@sapa/shared";

/** Error messages of the group endpoints (spread into ERROR_MESSAGES). */
export const GROUP_ERROR_MESSAGES = {
  "group-not-found": {
    kk: "Мұндай топ жоқ. Топтар тізімін қарап, атауын тексеріңіз.",
    ru: "Такой группы нет. Проверьте название по списку групп.",
    en: "There is no such group. Check its name in the list of groups.",
  },
  "group-too-large": {
    kk: "Топ сақтауға тым үлкен: {members} ұйымның атаулары {sizeKb} КБ алады, ал бір топқа ең көбі {limitKb} КБ сыяды (әдеттегі ұзындықтағы атаулармен {maxMembers} ұйымға дейін сыяды). Ұйым атауларын қысқартыңыз немесе топты екіге бөліңіз.",
    ru: "Группа слишком велика для хранения: названия её организаций ({members}) занимают {sizeKb} КБ, а в одной группе помещается не более {limitKb} КБ (до {maxMembers} организаций с названиями обычной длины). Сократите названия организаций или разделите группу на две.",
    en: "The group is too large to keep: the names of its {members} organisations take {sizeKb} KB, and one group holds at most {limitKb} KB (up to {maxMembers} organisations with names of usual length). Shorten the organisations' names or split the group in two.",
  },
} as const satisfies Record<string, Localized>;
