import type { Localized } from "@sapa/shared";

/** Error messages of the region key endpoints (spread into ERROR_MESSAGES). */
export const KEY_ERROR_MESSAGES = {
  "region-key-missing": {
    kk: "Облыстық әдістемелік орталық өз кілтін әлі жарияламаған. Деректерді жіберу үшін орталықтан кілтті жариялауды сұраңыз.",
    ru: "Областной методический центр ещё не опубликовал свой ключ. Чтобы отправить данные, попросите центр опубликовать ключ.",
    en: "The regional methodical centre has not published its key yet. Ask the centre to publish it before you submit.",
  },
  "private-key-refused": {
    kk: "Бұл жабық (құпия) кілтке ұқсайды: сервер оны ешқашан қабылдамайды. Кілт файлын тек өз компьютеріңізде сақтаңыз, серверге тек ашық кілт жіберіледі.",
    ru: "Это похоже на закрытый ключ: сервер никогда его не принимает. Храните файл ключа только у себя, на сервер отправляется только открытый ключ.",
    en: "This looks like a private key: the server never accepts one. Keep the key file on your own computer; only the public key is sent.",
  },
  "public-key-invalid": {
    kk: "Ашық кілт жарамсыз: ол P-256 қисығының нүктесі емес немесе идентификаторы кілттің хэшіне сәйкес келмейді.",
    ru: "Открытый ключ недействителен: это не точка кривой P-256 или идентификатор не совпадает с хешем ключа.",
    en: "The public key is not valid: it is not a point on P-256 or its id is not the hash of the key.",
  },
  "key-retired": {
    kk: "Бұл кілттің орнына жаңасы жарияланған, оны қайта ағымдағы ету мүмкін емес. Жаңа кілт жасаңыз.",
    ru: "Этот ключ уже заменён новым и не может снова стать текущим. Создайте новый ключ.",
    en: "This key has been replaced by a newer one and cannot become current again. Create a new key.",
  },
  "key-changed": {
    kk: "Сіз кілтті жариялап жатқанда басқа кілт жарияланды, сондықтан сіздікі жарияланбады. Ағымдағы кілтті «Баптаулар» бөлімінен тексеріңіз; өз кілтіңіз ағымдағы болуы керек болса, оны қайта жариялаңыз.",
    ru: "Пока вы публиковали ключ, был опубликован другой, поэтому ваш не опубликован. Проверьте текущий ключ в «Настройках»; если текущим должен быть ваш, опубликуйте его снова.",
    en: "Another key was published while you were publishing yours, so yours was not published. Check the current key in Settings; if yours should be current, publish it again.",
  },
} as const satisfies Record<string, Localized>;
