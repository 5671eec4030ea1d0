import type { Localized } from "@sapa/shared";

/** Error messages of re-sealing revisions stored in clear (spread into ERROR_MESSAGES). */
export const RESEAL_ERROR_MESSAGES = {
  "already-sealed": {
    kk: "Бұл нұсқаның аттары шифрланған, оны қайта шифрлаудың қажеті жоқ.",
    ru: "Имена этой версии уже зашифрованы, повторно шифровать её не нужно.",
    en: "This revision's names are already sealed; there is nothing to re-seal.",
  },
  "reseal-rows-changed": {
    kk: "Жіберілген жолдар сақталған жолдардан өзгеше (details): тек аты-жөн мен ЖСН кілті шифрлануы керек, қалғаны өзгермейді. Ештеңе өзгертілген жоқ, sapa keys migrate командасын қайта іске қосыңыз.",
    ru: "Отправленные строки отличаются от сохранённых (details): зашифрованы должны быть только ФИО и ключ ИИН, остальное не меняется. Ничего не изменено, запустите sapa keys migrate ещё раз.",
    en: "The rows sent differ from the stored rows (details): only the name and the ИИН key may be sealed, nothing else may change. Nothing was changed; run sapa keys migrate again.",
  },
  "reseal-key-not-current": {
    kk: "Жолдар облыстың ағымдағы кілтіне шифрлануы керек (details.keyId ағымдағы емес). Ағымдағы кілтті алып, қайталаңыз.",
    ru: "Строки нужно зашифровать на текущий ключ области (details.keyId не текущий). Получите текущий ключ и повторите.",
    en: "The rows must be sealed to the region's current key (details.keyId is not current). Fetch the current key and try again.",
  },
} as const satisfies Record<string, Localized>;
