/**
 * The pane's words for the region's key (issue 11): its fingerprint in Settings, the confirmation when it
 * changed, and the regional centre's ceremony (create, save, publish, open, close). Spread into i18n.ts.
 */
export const en = {
  keyTitle: "The region's key",
  keyFingerprintIntro: "Fingerprint of the region's key on the server:",
  keyFingerprintCompare:
    "Compare it with the fingerprint the regional methodical centre announced by letter or phone. If they differ, do not submit: call the centre.",
  keyDigits: "Digits",
  keyHex: "Letters and digits",
  keyLoading: "Asking the server for the region's key…",
  keyNone:
    "The regional centre has not published its key yet, so data cannot be sent. Ask the regional methodical centre.",
  keyNeedsToken: "Save the access key to see the region's key fingerprint.",
  keyNoneRegion:
    "The region has no key yet, so the districts cannot send data. Create it below, save the key file and publish it.",
  keyRefresh: "Check again",
  keyChangeTitle: "The region's key has changed",
  keyChangeBody:
    "Your data was last sent sealed to another key. Compare the new fingerprint with the one the regional methodical centre announced by letter or phone before sending.",
  keyChangeOld: "Previous key",
  keyChangeNew: "New key",
  keyChangeConfirm: "It matches: send",
  keyChangeCancel: "Do not send",
  keyChangeCancelled:
    "Nothing was sent; the roster is unchanged. Check the new key with the regional methodical centre.",
  keyRegionIntro:
    "Teachers' names are encrypted to this key. Only the regional centre, with the key file and its passphrase, can read them.",
  keyCreateTitle: "Create a new key",
  keyCreateHint:
    "At least {min} characters; a sentence of several words is easiest. Nobody can recover a forgotten passphrase.",
  keyPassphrase: "Passphrase",
  keyPassphraseAgain: "Passphrase again",
  keyPassphraseMismatch: "The two passphrases differ.",
  keyReplaceWarning:
    "A key is already published. The new key will be used for new submissions; keep the old key file: data sent before opens only with it.",
  keyCreate: "Create key",
  keyCreatedTitle: "The key is created: save the file now",
  keyBackup:
    "Save the key file, then make two copies kept apart, offline (for example two USB sticks in a safe). Write the passphrase down and keep it apart from the file. If the file or the passphrase is lost, the figures are safe, but the districts must send the names again.",
  keyDownload: "Save the key file",
  keyFileText: "If saving does not work: copy this text into Notepad and save it as {file}",
  keyCopy: "Copy the text",
  keyCopied: "The key file text is copied.",
  keySavedConfirm: "I have saved the key file and its copies, and I remember the passphrase",
  keyPublish: "Publish the key",
  keyPublished: "The key is published. Tell the districts its fingerprint by letter or phone: {digits}",
  keyDiscard: "Discard this key",
  keyUnlockTitle: "Open the key for this session",
  keyUnlockHint:
    "The key stays open only while this pane is open; it is never saved in the workbook or on this computer.",
  keyFile: "Key file",
  keyFileChoose: "Choose the key file…",
  keyFileNone: "No file chosen",
  keyUnlock: "Open the key",
  keyUnlocked: "The key is open. Pull the report to see teachers' names.",
  keyUnlockedState: "Open: the key with fingerprint {fingerprint}",
  keyNotCurrent:
    "This key is not the server's current key: names sent to the current key will not open with it.",
  keyLock: "Close the key",
  keyLocked: "The key is closed; this pane no longer holds it.",
  keyFileUnreadable: "The chosen file could not be read. Choose the key file again.",
  namesEncrypted:
    "Teachers' names are shown as “encrypted”. To see them, open the region's key on the Settings tab and pull again.",
  namesOpened: "Names opened in the list of teachers due for attestation: {opened} of {total}.",
  namesFailed:
    "Names that could not be opened (altered data): {failed}. Ask those districts to submit again.",
  namesOtherKey:
    "The names of {districts} are sealed to another region key ({hex}): open that key's file to read them.",
};

export const kk: typeof en = {
  keyTitle: "Облыс кілті",
  keyFingerprintIntro: "Сервердегі облыс кілтінің саусақ ізі:",
  keyFingerprintCompare:
    "Оны облыстық әдістемелік орталық хатпен не телефонмен хабарлаған саусақ ізімен салыстырыңыз. Сәйкес келмесе, деректерді жібермеңіз: орталыққа хабарласыңыз.",
  keyDigits: "Цифрлар",
  keyHex: "Әріптер мен цифрлар",
  keyLoading: "Облыс кілті серверден сұралуда…",
  keyNone:
    "Облыстық орталық кілтін әлі жарияламаған, сондықтан деректерді жіберу мүмкін емес. Облыстық әдістемелік орталыққа хабарласыңыз.",
  keyNeedsToken: "Облыс кілтінің саусақ ізін көру үшін кіру кілтін сақтаңыз.",
  keyNoneRegion:
    "Облыстың кілті әлі жоқ, сондықтан аудандар деректерді жібере алмайды. Төменде кілтті жасап, кілт файлын сақтап, жариялаңыз.",
  keyRefresh: "Қайта тексеру",
  keyChangeTitle: "Облыс кілті өзгерді",
  keyChangeBody:
    "Деректеріңіз соңғы рет басқа кілтпен шифрланып жіберілген. Жібермес бұрын жаңа саусақ ізін облыстық әдістемелік орталық хатпен не телефонмен хабарлаған ізбен салыстырыңыз.",
  keyChangeOld: "Бұрынғы кілт",
  keyChangeNew: "Жаңа кілт",
  keyChangeConfirm: "Сәйкес келеді: жіберу",
  keyChangeCancel: "Жібермеу",
  keyChangeCancelled:
    "Ештеңе жіберілген жоқ, тізім өзгерген жоқ. Жаңа кілтті облыстық әдістемелік орталықпен тексеріңіз.",
  keyRegionIntro:
    "Педагогтердің аты-жөні осы кілтпен шифрланады. Оларды тек облыстық орталық кілт файлы мен оның құпия сөзі арқылы оқи алады.",
  keyCreateTitle: "Жаңа кілт жасау",
  keyCreateHint:
    "Кемінде {min} таңба; бірнеше сөзден құралған сөйлем ыңғайлы. Ұмытылған құпия сөзді ешкім қалпына келтіре алмайды.",
  keyPassphrase: "Құпия сөз",
  keyPassphraseAgain: "Құпия сөз тағы бір рет",
  keyPassphraseMismatch: "Екі құпия сөз бірдей емес.",
  keyReplaceWarning:
    "Кілт бұрыннан жарияланған. Жаңа кілт жаңа деректер үшін қолданылады; ескі кілт файлын сақтаңыз: бұрын жіберілген деректер тек сонымен ашылады.",
  keyCreate: "Кілт жасау",
  keyCreatedTitle: "Кілт жасалды: файлды қазір сақтаңыз",
  keyBackup:
    "Кілт файлын сақтаңыз, содан кейін оның екі көшірмесін бөлек, желіден тыс жерде ұстаңыз (мысалы, сейфтегі екі флешка). Құпия сөзді жазып алып, файлдан бөлек сақтаңыз. Файл не құпия сөз жоғалса, көрсеткіштер сақталады, бірақ аудандар аты-жөндерді қайта жіберуі керек.",
  keyDownload: "Кілт файлын сақтау",
  keyFileText: "Сақтау мүмкін болмаса: осы мәтінді Блокнотқа көшіріп, {file} деп сақтаңыз",
  keyCopy: "Мәтінді көшіру",
  keyCopied: "Кілт файлының мәтіні көшірілді.",
  keySavedConfirm: "Кілт файлын және оның көшірмелерін сақтадым, құпия сөзді есімде сақтадым",
  keyPublish: "Кілтті жариялау",
  keyPublished: "Кілт жарияланды. Оның саусақ ізін аудандарға хатпен не телефонмен хабарлаңыз: {digits}",
  keyDiscard: "Бұл кілттен бас тарту",
  keyUnlockTitle: "Кілтті осы сеансқа ашу",
  keyUnlockHint:
    "Кілт тек осы тақта ашық тұрғанда ашық болады; ол жұмыс кітабына да, компьютерге де ешқашан сақталмайды.",
  keyFile: "Кілт файлы",
  keyFileChoose: "Кілт файлын таңдау…",
  keyFileNone: "Файл таңдалмаған",
  keyUnlock: "Кілтті ашу",
  keyUnlocked: "Кілт ашық. Педагогтердің аты-жөнін көру үшін есепті жүктеңіз.",
  keyUnlockedState: "Ашық: саусақ ізі {fingerprint} кілт",
  keyNotCurrent:
    "Бұл кілт сервердің қазіргі кілті емес: қазіргі кілтке жіберілген аты-жөндер онымен ашылмайды.",
  keyLock: "Кілтті жабу",
  keyLocked: "Кілт жабылды; тақта оны енді сақтамайды.",
  keyFileUnreadable: "Таңдалған файл оқылмады. Кілт файлын қайта таңдаңыз.",
  namesEncrypted:
    "Педагогтердің аты-жөні «шифрланған» деп көрсетілген. Оларды көру үшін «Баптаулар» қойындысында облыс кілтін ашып, есепті қайта жүктеңіз.",
  namesOpened: "Аттестаттаудан өтетін педагогтер тізімінде ашылған аты-жөндер: {total} ішінен {opened}.",
  namesFailed:
    "{failed} аты-жөн ашылмады (деректер өзгертілген): ол аудандардан деректерді қайта жіберуді сұраңыз.",
  namesOtherKey:
    "{districts}: аты-жөндер облыстың басқа кілтімен ({hex}) шифрланған: оларды оқу үшін сол кілттің файлын ашыңыз.",
};

export const ru: typeof en = {
  keyTitle: "Ключ области",
  keyFingerprintIntro: "Отпечаток ключа области на сервере:",
  keyFingerprintCompare:
    "Сравните его с отпечатком, который областной методический центр сообщил письмом или по телефону. Если они не совпадают, не отправляйте данные: позвоните в центр.",
  keyDigits: "Цифры",
  keyHex: "Буквы и цифры",
  keyLoading: "Запрашиваем ключ области у сервера…",
  keyNone:
    "Областной центр ещё не опубликовал свой ключ, поэтому отправить данные нельзя. Обратитесь в областной методический центр.",
  keyNeedsToken: "Сохраните ключ доступа, чтобы увидеть отпечаток ключа области.",
  keyNoneRegion:
    "У области ещё нет ключа, поэтому районы не могут отправить данные. Создайте его ниже, сохраните файл ключа и опубликуйте.",
  keyRefresh: "Проверить снова",
  keyChangeTitle: "Ключ области изменился",
  keyChangeBody:
    "В прошлый раз ваши данные были зашифрованы на другой ключ. Перед отправкой сравните новый отпечаток с тем, который областной методический центр сообщил письмом или по телефону.",
  keyChangeOld: "Прежний ключ",
  keyChangeNew: "Новый ключ",
  keyChangeConfirm: "Совпадает: отправить",
  keyChangeCancel: "Не отправлять",
  keyChangeCancelled:
    "Ничего не отправлено, список не изменён. Проверьте новый ключ в областном методическом центре.",
  keyRegionIntro:
    "ФИО педагогов шифруются на этот ключ. Прочитать их может только областной центр — с файлом ключа и его парольной фразой.",
  keyCreateTitle: "Создать новый ключ",
  keyCreateHint:
    "Не меньше {min} символов; удобнее всего фраза из нескольких слов. Забытую фразу никто не восстановит.",
  keyPassphrase: "Парольная фраза",
  keyPassphraseAgain: "Парольная фраза ещё раз",
  keyPassphraseMismatch: "Две парольные фразы не совпадают.",
  keyReplaceWarning:
    "Ключ уже опубликован. Новый ключ будет использоваться для новых данных; сохраните файл старого ключа: данные, отправленные раньше, открываются только им.",
  keyCreate: "Создать ключ",
  keyCreatedTitle: "Ключ создан: сохраните файл сейчас",
  keyBackup:
    "Сохраните файл ключа, затем сделайте две копии и храните их отдельно, без подключения к сети (например, две флешки в сейфе). Запишите парольную фразу и храните её отдельно от файла. Если файл или фраза потеряны, показатели сохранятся, но районам придётся заново отправить ФИО.",
  keyDownload: "Сохранить файл ключа",
  keyFileText: "Если сохранить не получается: скопируйте этот текст в Блокнот и сохраните как {file}",
  keyCopy: "Скопировать текст",
  keyCopied: "Текст файла ключа скопирован.",
  keySavedConfirm: "Я сохранил(а) файл ключа и его копии и помню парольную фразу",
  keyPublish: "Опубликовать ключ",
  keyPublished: "Ключ опубликован. Сообщите районам его отпечаток письмом или по телефону: {digits}",
  keyDiscard: "Отказаться от этого ключа",
  keyUnlockTitle: "Открыть ключ на этот сеанс",
  keyUnlockHint:
    "Ключ открыт, только пока открыта эта панель; он никогда не сохраняется ни в книге, ни на компьютере.",
  keyFile: "Файл ключа",
  keyFileChoose: "Выбрать файл ключа…",
  keyFileNone: "Файл не выбран",
  keyUnlock: "Открыть ключ",
  keyUnlocked: "Ключ открыт. Загрузите отчёт, чтобы увидеть ФИО педагогов.",
  keyUnlockedState: "Открыт: ключ с отпечатком {fingerprint}",
  keyNotCurrent: "Это не текущий ключ сервера: ФИО, отправленные на текущий ключ, им не откроются.",
  keyLock: "Закрыть ключ",
  keyLocked: "Ключ закрыт; панель его больше не хранит.",
  keyFileUnreadable: "Не удалось прочитать выбранный файл. Выберите файл ключа ещё раз.",
  namesEncrypted:
    "ФИО педагогов показаны как «зашифровано». Чтобы их увидеть, откройте ключ области на вкладке «Настройки» и загрузите отчёт снова.",
  namesOpened: "Открыто ФИО в списке педагогов, подлежащих аттестации: {opened} из {total}.",
  namesFailed:
    "Не удалось открыть ФИО: {failed} (данные изменены). Попросите эти районы отправить данные заново.",
  namesOtherKey:
    "{districts}: ФИО зашифрованы на другой ключ области ({hex}): чтобы их прочитать, откройте файл того ключа.",
};
