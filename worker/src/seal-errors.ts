import type { Localized } from "@sapa/shared";

/** Error messages of sealed submissions (spread into ERROR_MESSAGES). */
export const SEAL_ERROR_MESSAGES = {
  "clear-name-refused": {
    kk: "Жолда педагогтің аты-жөні ашық түрде тұр (fullName өрісі). Сервер атты ешқашан қабылдамайды: Sapa-ның жаңа нұсқасымен жіберіңіз, ол аттарды облыс кілтімен шифрлайды.",
    ru: "В строке открыто указано ФИО педагога (поле fullName). Сервер никогда не принимает имена: отправьте новой версией Sapa, она шифрует имена ключом области.",
    en: "A row carries a teacher's full name in clear (field fullName). The server never accepts names: submit with a current Sapa, which seals them to the region's key.",
  },
  "clear-iin-key-refused": {
    kk: "Жолда ЖСН кілті ашық түрде тұр (iinKey өрісі). Сервер оны қабылдамайды: Sapa-ның жаңа нұсқасымен жіберіңіз, ол кілтті облыс кілтімен шифрлайды.",
    ru: "В строке открыто указан ключ ИИН (поле iinKey). Сервер его не принимает: отправьте новой версией Sapa, она шифрует ключ ключом области.",
    en: "A row carries an ИИН key in clear (field iinKey). The server does not accept it: submit with a current Sapa, which seals it to the region's key.",
  },
  "region-key-unknown": {
    kk: "Деректер облыс жарияламаған кілтке шифрланған ({keyId}). Облыстың ағымдағы кілтін алып, қайта жіберіңіз.",
    ru: "Данные зашифрованы на ключ, который область не публиковала ({keyId}). Получите текущий ключ области и отправьте снова.",
    en: "The data is sealed to a key the region has not published ({keyId}). Fetch the region's current key and submit again.",
  },
} as const satisfies Record<string, Localized>;
