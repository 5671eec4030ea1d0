import type { Localized } from "@sapa/shared";

/** The CLI's words about the region's key file (spread into the catalogue in messages.ts). */
export const KEY_MESSAGES = {
  "keys-create-out": {
    kk: "Жаңа кілт файлының атын --out арқылы беріңіз: sapa keys create --out {file}",
    ru: "Имя нового файла ключа задаётся через --out: sapa keys create --out {file}",
    en: "Name the new key file with --out: sapa keys create --out {file}",
  },
  "key-file-unreadable": {
    kk: "Кілт файлын оқу мүмкін болмады: {file} ({reason}). Файлдың жолын тексеріңіз.",
    ru: "Не удалось прочитать файл ключа: {file} ({reason}). Проверьте путь к файлу.",
    en: "Cannot read the key file {file} ({reason}). Check the path.",
  },
  "key-passphrase-missing": {
    kk: "Кілт файлының құпия сөзі берілмеген: командаңызды терминалда іске қосыңыз (құпия сөзді сұрайды) немесе оны SAPA_KEY_PASSPHRASE айнымалысына жазыңыз.",
    ru: "Не задана парольная фраза файла ключа: запустите команду в терминале (она спросит фразу) или укажите её в переменной SAPA_KEY_PASSPHRASE.",
    en: "No passphrase for the key file: run the command in a terminal (it will ask) or set SAPA_KEY_PASSPHRASE.",
  },
  "passphrase-ask": {
    kk: "Кілт файлының құпия сөзі: ",
    ru: "Парольная фраза файла ключа: ",
    en: "Key file passphrase: ",
  },
  "passphrase-new": {
    kk: "Жаңа кілттің құпия сөзі (кемінде 12 таңба, бірнеше сөз ыңғайлы): ",
    ru: "Парольная фраза нового ключа (не меньше 12 символов, удобно несколько слов): ",
    en: "Passphrase for the new key (at least 12 characters; several words are easiest): ",
  },
  "passphrase-again": {
    kk: "Құпия сөзді тағы бір рет енгізіңіз: ",
    ru: "Введите парольную фразу ещё раз: ",
    en: "Enter the passphrase again: ",
  },
  "passphrase-short": {
    kk: "Құпия сөз тым қысқа: кемінде {min} таңба болсын. Кілт жасалған жоқ.",
    ru: "Парольная фраза слишком короткая: нужно не меньше {min} символов. Ключ не создан.",
    en: "The passphrase is too short: use at least {min} characters. No key was created.",
  },
  "passphrase-mismatch": {
    kk: "Екі рет енгізілген құпия сөз бірдей емес. Кілт жасалған жоқ: қайталаңыз.",
    ru: "Парольные фразы, введённые дважды, не совпадают. Ключ не создан: повторите.",
    en: "The two passphrases differ. No key was created: try again.",
  },
  "passphrase-cancelled": {
    kk: "Құпия сөзді енгізу тоқтатылды. Ештеңе өзгерген жоқ.",
    ru: "Ввод парольной фразы прерван. Ничего не изменено.",
    en: "Passphrase entry cancelled. Nothing was changed.",
  },
  "keys-subcommand": {
    kk: "Қолдану: sapa keys create [--out FILE] · sapa keys show · sapa keys check FILE · sapa keys publish FILE",
    ru: "Использование: sapa keys create [--out FILE] · sapa keys show · sapa keys check FILE · sapa keys publish FILE",
    en: "Usage: sapa keys create [--out FILE] · sapa keys show · sapa keys check FILE · sapa keys publish FILE",
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
    kk: "Аты-жөндер ашылды: {opened} жол, ашылмағаны: {failed}.",
    ru: "Строк с открытыми ФИО: {opened}, не открылось: {failed}.",
    en: "Rows whose names opened: {opened}, not opened: {failed}.",
  },
  "key-published": {
    kk: "Ашық кілт серверде жарияланды ({keyId}): аудандар енді осы кілтке шифрлайды. Төмендегі саусақ ізін аудандарға хатпен немесе телефонмен хабарлаңыз.",
    ru: "Открытый ключ опубликован на сервере ({keyId}): районы теперь шифруют на него. Сообщите районам отпечаток ниже письмом или по телефону.",
    en: "The public key is published on the server ({keyId}): districts now seal to it. Announce the fingerprint below to the districts by letter or phone.",
  },
  "key-first-seen": {
    kk: "Облыс кілтіне бірінші рет шифрлаймыз. Төмендегі саусақ ізін облыстық әдістемелік орталық хатпен немесе телефонмен хабарлағанмен салыстырыңыз; сәйкес келмесе, орталыққа дереу хабарласыңыз.\nКілт идентификаторы: {keyId}\nСаусақ ізі: {hex}\nЦифрлар: {digits}",
    ru: "Впервые шифруем на ключ области. Сравните отпечаток ниже с тем, что областной методический центр сообщил письмом или по телефону; если не совпадает, сразу свяжитесь с центром.\nИдентификатор ключа: {keyId}\nОтпечаток: {hex}\nЦифры: {digits}",
    en: "Sealing to the region's key for the first time. Compare the fingerprint below with the one the regional methodical centre announced by letter or phone; if it differs, contact the centre at once.\nKey id: {keyId}\nFingerprint: {hex}\nDigits: {digits}",
  },
  "key-changed": {
    kk: "Облыс кілті өзгерген! Ештеңе жіберілген жоқ.\nБұрынғы кілт: {oldId}\n  саусақ ізі: {oldHex}\n  цифрлар: {oldDigits}\nЖаңа кілт: {newId}\n  саусақ ізі: {newHex}\n  цифрлар: {newDigits}\nЖаңа кілттің саусақ ізін облыстық әдістемелік орталықтың хатымен немесе телефон арқылы салыстырыңыз. Сәйкес келсе ғана командаға --accept-new-key қосып, қайта жіберіңіз.",
    ru: "Ключ области изменился! Ничего не отправлено.\nПрежний ключ: {oldId}\n  отпечаток: {oldHex}\n  цифры: {oldDigits}\nНовый ключ: {newId}\n  отпечаток: {newHex}\n  цифры: {newDigits}\nСравните отпечаток нового ключа с письмом областного методического центра или по телефону. Только если совпадает, отправьте снова, добавив --accept-new-key.",
    en: "The region's key has changed! Nothing was sent.\nPrevious key: {oldId}\n  fingerprint: {oldHex}\n  digits: {oldDigits}\nNew key: {newId}\n  fingerprint: {newHex}\n  digits: {newDigits}\nCompare the new key's fingerprint with the regional methodical centre's letter or by phone. Only if it matches, submit again with --accept-new-key.",
  },
  "key-accepted": {
    kk: "Жаңа облыс кілті қабылданды (бұрынғысы {oldId}). Бұдан әрі осы кілтке шифрланады:\nКілт идентификаторы: {keyId}\nСаусақ ізі: {hex}\nЦифрлар: {digits}",
    ru: "Новый ключ области принят (прежний {oldId}). Дальше шифруем на него:\nИдентификатор ключа: {keyId}\nОтпечаток: {hex}\nЦифры: {digits}",
    en: "The region's new key is accepted (previous {oldId}). From now on rows are sealed to it:\nKey id: {keyId}\nFingerprint: {hex}\nDigits: {digits}",
  },
  "known-keys-unreadable": {
    kk: "Бұрын қолданылған кілттер файлын оқу мүмкін емес: {file}. Оны өшірсеңіз, келесі жіберуде кілттің саусақ ізін қайта салыстыру керек болады.",
    ru: "Не удаётся прочитать файл известных ключей: {file}. Если удалить его, при следующей отправке отпечаток ключа нужно будет сравнить заново.",
    en: "Cannot read the file of known keys: {file}. If you delete it, compare the key's fingerprint again on the next submission.",
  },
} satisfies Record<string, Localized>;
