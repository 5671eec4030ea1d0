import type { Localized } from "@sapa/shared";

/** Error messages of the group endpoints (spread into ERROR_MESSAGES). */
export const GROUP_ERROR_MESSAGES = {
  "group-not-found": {
    kk: "Мұндай топ жоқ. Топтар тізімін қарап, атауын тексеріңіз.",
    ru: "Такой группы нет. Проверьте название по списку групп.",
    en: "There is no such group. Check its name in the list of groups.",
  },
} as const satisfies Record<string, Localized>;
