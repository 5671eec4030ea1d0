import { YEAR_LOCK_TEXTS } from "@sapa/shared";

/**
 * The pane's words for the region's season (the Region tab, review from the pane) and for a district's
 * review status on its Submit tab. Spread into the pane's catalogue in i18n.ts.
 */
export const en = {
  tabRegion: "Region",
  regionRefresh: "Refresh",
  regionIntro: "The 13 units of the academic year {year}: review status and figures, worst first.",
  regionEmpty: "Press “Refresh” to see the season.",
  regionPullTitle: "The consolidated report in this workbook",
  openWorkbench: "Open the full workbench in the browser",
  regionLoadingFigures: "Loading the report…",
  regionLoadingReviews: "Loading the review statuses…",
  regionLoadedAt: "Updated {time}",
  regionTableLabel: "Units: arrow keys move, Enter or Space opens a unit",
  regionUnitTitle: "{district}",
  regionUnitRevision: "Revision {revision}, sent {time}",
  regionUnitNoData: "This unit has not submitted data for the year.",
  regionComment: "The region's comment: {comment}",
  regionOrganizations: "Organisations",
  regionOrgsLoading: "Loading organisations: {done} of {total}",
  regionOrgsLoadingUnknown: "Loading organisations: {done}",
  regionOrgsCount: "Organisations: {n}",
  regionLoadingGroups: "Loading the groups of organisations…",
  regionGroupsLoading: "Loading the groups' figures: {done} of {total}",
  regionGroups: "Groups of organisations",
  regionGroupsLabel: "Groups of organisations and their figures for the year",
  reviewAccept: "Accept",
  reviewReturn: "Return…",
  reviewReopen: "Reopen",
  reviewReturnTitle: "Return the data of {district}",
  reviewReturnBody:
    "The district will see your comment on its Submit tab, fix the roster and submit again. Write in Kazakh or Russian.",
  reviewCommentLabel: "What to fix",
  reviewCommentRequired: "Write what the district should fix.",
  reviewReturnConfirm: "Return to the district",
  reviewCancel: "Cancel",
  reviewAccepted: "{district}: revision {revision} accepted. The data is final until you reopen it.",
  reviewReturned: "{district}: returned with your comment.",
  reviewReopened: "{district}: reopened; the district may submit again.",
  errReviewAccepted:
    "The region has accepted this data: it is final. Ask the regional methodical centre to reopen it before submitting again.",
  errReviewTransition:
    "This is not possible in the district's current status; someone changed it meanwhile. The table is refreshed: look again.",
  errReviewStale:
    "The district has submitted a newer revision meanwhile. The table is refreshed: review the new revision first.",
  errYearLocked:
    "The region has locked this academic year: neither the data nor its review can change until it is unlocked.",
  statusLabel: "Review",
  statusReturnedTitle: "The region returned your data (revision {revision})",
  statusReturnedBody: "Fix the roster as the regional methodical centre asks and submit again.",
  statusComment: "Comment of the regional centre",
  statusSubmitted: "Revision {revision} was sent {time}; the region has not reviewed it yet.",
  statusAcceptedTitle: "The region has accepted your data (revision {revision})",
  statusAcceptedBody:
    "The data is final. To change it, ask the regional methodical centre to reopen it; until then submitting is off.",
  submitBlockedAccepted: "Submitting is off: the region has accepted this year's data.",
  submitBlockedLocked: "Submitting is off: the region has locked the academic year {year} since {time}.",
  yearOpen: YEAR_LOCK_TEXTS.open.en,
  yearLockedSince: YEAR_LOCK_TEXTS.lockedSince.en,
  yearsOpenTitle: YEAR_LOCK_TEXTS.openYears.en,
  yearWindowLine: YEAR_LOCK_TEXTS.window.en,
  yearWindowChange: "Change the years window…",
  yearWindowBody:
    "The plan's years, {planFrom} – {planTo}, stay open whatever you choose. Besides them, districts can submit for every academic year from the first to the last chosen here.",
  yearWindowFrom: "First academic year",
  yearWindowTo: "Last academic year",
  yearWindowOrder: "The first year must not come after the last.",
  yearWindowSpan: "At most {max} academic years can be opened at once.",
  yearLock: "Lock the year…",
  yearUnlock: "Unlock the year…",
  yearLockTitle: "Lock the academic year {year}",
  yearUnlockTitle: "Unlock the academic year {year}",
  yearLockBody:
    "Districts can no longer submit data for {year}, and no review can be accepted, returned or reopened, until the region unlocks it.",
  yearUnlockBody: "Districts can submit data for {year} again, and reviews can change.",
  yearLockConfirm: "Lock",
  yearUnlockConfirm: "Unlock",
  reviewBlockedLocked: "The year is locked: unlock it to change a review.",
  err401Region:
    "The access key is missing, wrong, expired or revoked. Enter a valid region access key in Settings: another region key can issue one (sapa token create --region); the first one comes from whoever runs Sapa's server.",
  err5xxRegion:
    "The server is not available right now. Try again in a few minutes; if it persists, tell whoever runs Sapa's server.",
  connectionRegionOk: "Connected: the server accepts this access key as the regional centre's.",
  errYearLockedRegion:
    "This academic year is locked: neither the data nor its review can change until it is unlocked (Region tab, “Unlock the year…”).",
  err413Region:
    "Too large for Sapa's server: the limit is its MAX_BODY_BYTES (16 MiB unless changed), set in worker/wrangler.jsonc (docs/DEPLOY.md, “Settings and limits”). Whoever runs the server can raise it and deploy again; then try again.",
};

export type RegionStrings = typeof en;

export const kk: RegionStrings = {
  tabRegion: "Облыс",
  regionRefresh: "Жаңарту",
  regionIntro:
    "{year} оқу жылының 13 бірлігі: тексеру мәртебесі мен көрсеткіштер, ең артта қалғандары басында.",
  regionEmpty: "Маусымды көру үшін «Жаңарту» батырмасын басыңыз.",
  regionPullTitle: "Жиынтық есеп осы кітапқа",
  openWorkbench: "Толық жұмыс орнын браузерде ашу",
  regionLoadingFigures: "Есеп жүктелуде…",
  regionLoadingReviews: "Тексеру мәртебелері жүктелуде…",
  regionLoadedAt: "Жаңартылды: {time}",
  regionTableLabel: "Бірліктер: көрсеткі пернелерімен жылжу, Enter немесе Бос орын бірлікті ашады",
  regionUnitTitle: "{district}",
  regionUnitRevision: "{revision}-нұсқа, жіберілген уақыты {time}",
  regionUnitNoData: "Бұл бірлік осы оқу жылының деректерін жібермеген.",
  regionComment: "Облыстың түсініктемесі: {comment}",
  regionOrganizations: "Ұйымдар",
  regionOrgsLoading: "Ұйымдар жүктелуде: {total} ішінен {done}",
  regionOrgsLoadingUnknown: "Ұйымдар жүктелуде: {done}",
  regionOrgsCount: "{n} ұйым",
  regionLoadingGroups: "Ұйымдар топтары жүктелуде…",
  regionGroupsLoading: "Топтардың көрсеткіштері жүктелуде: {total} ішінен {done}",
  regionGroups: "Ұйымдар топтары",
  regionGroupsLabel: "Ұйымдар топтары және олардың жылдағы көрсеткіштері",
  reviewAccept: "Қабылдау",
  reviewReturn: "Қайтару…",
  reviewReopen: "Қайта ашу",
  reviewReturnTitle: "{district}: деректерді қайтару",
  reviewReturnBody:
    "Аудан түсініктемеңізді «Жіберу» қойындысында көреді, тізімді түзетіп, қайта жібереді. Қазақша немесе орысша жазыңыз.",
  reviewCommentLabel: "Не түзету керек",
  reviewCommentRequired: "Ауданға не түзету керектігін жазыңыз.",
  reviewReturnConfirm: "Ауданға қайтару",
  reviewCancel: "Бас тарту",
  reviewAccepted: "{district}: {revision}-нұсқа қабылданды. Қайта ашқанша деректер түпкілікті.",
  reviewReturned: "{district}: түсініктемеңізбен қайтарылды.",
  reviewReopened: "{district}: қайта ашылды, аудан қайта жібере алады.",
  errReviewAccepted:
    "Облыс бұл деректерді қабылдаған: олар түпкілікті. Қайта жіберу үшін облыстық әдістемелік орталықтан қайта ашуды сұраңыз.",
  errReviewTransition:
    "Ауданның қазіргі мәртебесінде бұл мүмкін емес: оны біреу өзгертті. Кесте жаңартылды, қайта қараңыз.",
  errReviewStale: "Аудан осы уақытта жаңа нұсқа жіберді. Кесте жаңартылды: алдымен жаңа нұсқаны қараңыз.",
  errYearLocked: "Облыс бұл оқу жылын жапқан: ашылғанша деректер де, оларды тексеру де өзгермейді.",
  statusLabel: "Тексеру",
  statusReturnedTitle: "Облыс деректеріңізді қайтарды ({revision}-нұсқа)",
  statusReturnedBody: "Облыстық әдістемелік орталық сұрағандай тізімді түзетіп, қайта жіберіңіз.",
  statusComment: "Облыстық орталықтың түсініктемесі",
  statusSubmitted: "{revision}-нұсқа {time} жіберілді; облыс оны әлі тексерген жоқ.",
  statusAcceptedTitle: "Облыс деректеріңізді қабылдады ({revision}-нұсқа)",
  statusAcceptedBody:
    "Деректер түпкілікті. Өзгерту үшін облыстық әдістемелік орталықтан қайта ашуды сұраңыз; оған дейін жіберу өшірулі.",
  submitBlockedAccepted: "Жіберу өшірулі: облыс осы оқу жылының деректерін қабылдаған.",
  submitBlockedLocked: "Жіберу өшірулі: облыс {year} оқу жылын жапқан (жабылған уақыты {time}).",
  yearOpen: YEAR_LOCK_TEXTS.open.kk,
  yearLockedSince: YEAR_LOCK_TEXTS.lockedSince.kk,
  yearsOpenTitle: YEAR_LOCK_TEXTS.openYears.kk,
  yearWindowLine: YEAR_LOCK_TEXTS.window.kk,
  yearWindowChange: "Облыс ашатын жылдарды өзгерту…",
  yearWindowBody:
    "Жоспар жылдары, {planFrom} – {planTo}, әрқашан ашық. Олардан бөлек аудандар осында таңдалған алғашқы жылдан соңғы жылға дейінгі әр оқу жылының есебін жібере алады.",
  yearWindowFrom: "Алғашқы оқу жылы",
  yearWindowTo: "Соңғы оқу жылы",
  yearWindowOrder: "Алғашқы жыл соңғы жылдан кейін болмауы керек.",
  yearWindowSpan: "Бір мезгілде ең көбі {max} оқу жылын ашуға болады.",
  yearLock: "Оқу жылын жабу…",
  yearUnlock: "Оқу жылын ашу…",
  yearLockTitle: "{year} оқу жылын жабу",
  yearUnlockTitle: "{year} оқу жылын ашу",
  yearLockBody:
    "Облыс жылды ашқанша аудандар {year} оқу жылының деректерін жібере алмайды, тексеруді қабылдауға, қайтаруға не қайта ашуға болмайды.",
  yearUnlockBody: "Аудандар {year} оқу жылының деректерін қайта жібере алады, тексеруді өзгертуге болады.",
  yearLockConfirm: "Жабу",
  yearUnlockConfirm: "Ашу",
  reviewBlockedLocked: "Оқу жылы жабық: тексеруді өзгерту үшін оны ашыңыз.",
  err401Region:
    "Кіру кілті жоқ, қате, мерзімі өткен немесе күші жойылған. «Баптаулар» бөліміне облыстың жарамды кіру кілтін енгізіңіз: оны облыстың басқа кіру кілтімен шығаруға болады (sapa token create --region), алғашқысын Sapa серверіне қызмет көрсететін маман береді.",
  err5xxRegion:
    "Сервер қазір қолжетімсіз. Бірнеше минуттан кейін қайталаңыз; қате қайталанса, Sapa серверіне қызмет көрсететін маманға хабарлаңыз.",
  connectionRegionOk:
    "Байланыс бар: сервер бұл кіру кілтін облыстық әдістемелік орталықтың кілті ретінде қабылдайды.",
  errYearLockedRegion:
    "Бұл оқу жылы жабылған: ашылғанша деректер де, оларды тексеру де өзгермейді («Облыс» қойындысы, «Оқу жылын ашу…»).",
  err413Region:
    "Sapa сервері үшін тым үлкен сұраныс: шегі — оның MAX_BODY_BYTES мәні (өзгертілмесе 16 МиБ), worker/wrangler.jsonc файлында орнатылады (docs/DEPLOY.md, «Settings and limits»). Серверге қызмет көрсететін маман оны ұлғайтып, серверді қайта жариялай алады; содан кейін қайталаңыз.",
};

export const ru: RegionStrings = {
  tabRegion: "Область",
  regionRefresh: "Обновить",
  regionIntro: "13 единиц учебного года {year}: статус проверки и показатели, самые отстающие сверху.",
  regionEmpty: "Нажмите «Обновить», чтобы увидеть сезон.",
  regionPullTitle: "Сводный отчёт в эту книгу",
  openWorkbench: "Открыть полное рабочее место в браузере",
  regionLoadingFigures: "Загружается отчёт…",
  regionLoadingReviews: "Загружаются статусы проверки…",
  regionLoadedAt: "Обновлено: {time}",
  regionTableLabel: "Единицы: стрелки перемещают, Enter или пробел открывают единицу",
  regionUnitTitle: "{district}",
  regionUnitRevision: "Версия {revision}, отправлена {time}",
  regionUnitNoData: "Эта единица не отправила данные за учебный год.",
  regionComment: "Комментарий области: {comment}",
  regionOrganizations: "Организации",
  regionOrgsLoading: "Загружаются организации: {done} из {total}",
  regionOrgsLoadingUnknown: "Загружаются организации: {done}",
  regionOrgsCount: "Организаций: {n}",
  regionLoadingGroups: "Загружаются группы организаций…",
  regionGroupsLoading: "Загружаются показатели групп: {done} из {total}",
  regionGroups: "Группы организаций",
  regionGroupsLabel: "Группы организаций и их показатели за год",
  reviewAccept: "Принять",
  reviewReturn: "Вернуть…",
  reviewReopen: "Переоткрыть",
  reviewReturnTitle: "Вернуть данные: {district}",
  reviewReturnBody:
    "Район увидит ваш комментарий на вкладке «Отправка», исправит список и отправит снова. Пишите на казахском или русском.",
  reviewCommentLabel: "Что исправить",
  reviewCommentRequired: "Напишите, что району нужно исправить.",
  reviewReturnConfirm: "Вернуть району",
  reviewCancel: "Отмена",
  reviewAccepted: "{district}: версия {revision} принята. Данные окончательные, пока вы их не переоткроете.",
  reviewReturned: "{district}: возвращено с вашим комментарием.",
  reviewReopened: "{district}: переоткрыто, район может отправить снова.",
  errReviewAccepted:
    "Область приняла эти данные: они окончательные. Чтобы отправить снова, попросите областной методический центр переоткрыть их.",
  errReviewTransition:
    "В текущем статусе района это невозможно: его успели изменить. Таблица обновлена, посмотрите ещё раз.",
  errReviewStale:
    "Район тем временем отправил новую версию. Таблица обновлена: сначала просмотрите новую версию.",
  errYearLocked:
    "Область закрыла этот учебный год: ни данные, ни их проверка не меняются, пока год не открыт.",
  statusLabel: "Проверка",
  statusReturnedTitle: "Область вернула ваши данные (версия {revision})",
  statusReturnedBody: "Исправьте список, как просит областной методический центр, и отправьте снова.",
  statusComment: "Комментарий областного центра",
  statusSubmitted: "Версия {revision} отправлена {time}; область её ещё не проверила.",
  statusAcceptedTitle: "Область приняла ваши данные (версия {revision})",
  statusAcceptedBody:
    "Данные окончательные. Чтобы изменить их, попросите областной методический центр переоткрыть их; до тех пор отправка выключена.",
  submitBlockedAccepted: "Отправка выключена: область приняла данные за этот учебный год.",
  submitBlockedLocked: "Отправка выключена: учебный год {year} закрыт областью с {time}.",
  yearOpen: YEAR_LOCK_TEXTS.open.ru,
  yearLockedSince: YEAR_LOCK_TEXTS.lockedSince.ru,
  yearsOpenTitle: YEAR_LOCK_TEXTS.openYears.ru,
  yearWindowLine: YEAR_LOCK_TEXTS.window.ru,
  yearWindowChange: "Изменить окно лет…",
  yearWindowBody:
    "Годы плана, {planFrom} – {planTo}, открыты всегда. Кроме них, районы смогут отправлять отчёты за каждый учебный год с первого по последний, выбранные здесь.",
  yearWindowFrom: "Первый учебный год",
  yearWindowTo: "Последний учебный год",
  yearWindowOrder: "Первый год не может быть позже последнего.",
  yearWindowSpan: "Открыть можно не больше {max} учебных лет подряд.",
  yearLock: "Закрыть год…",
  yearUnlock: "Открыть год…",
  yearLockTitle: "Закрыть учебный год {year}",
  yearUnlockTitle: "Открыть учебный год {year}",
  yearLockBody:
    "Районы не смогут отправлять данные за {year}, а проверку нельзя будет принять, вернуть или переоткрыть, пока область не откроет год.",
  yearUnlockBody: "Районы снова смогут отправлять данные за {year}, а проверку снова можно будет менять.",
  yearLockConfirm: "Закрыть год",
  yearUnlockConfirm: "Открыть год",
  reviewBlockedLocked: "Год закрыт: чтобы изменить проверку, откройте его.",
  err401Region:
    "Ключ доступа не указан, неверен, истёк или отозван. Введите в «Настройках» действующий ключ доступа области: его выпускает другой ключ области (sapa token create --region), а первый выдаёт тот, кто обслуживает сервер Sapa.",
  err5xxRegion:
    "Сервер сейчас недоступен. Повторите через несколько минут; если ошибка не проходит, сообщите тому, кто обслуживает сервер Sapa.",
  connectionRegionOk:
    "Связь есть: сервер принимает этот ключ доступа как ключ областного методического центра.",
  errYearLockedRegion:
    "Этот учебный год закрыт: ни данные, ни их проверка не меняются, пока он не открыт (вкладка «Область», «Открыть год…»).",
  err413Region:
    "Слишком большой запрос для сервера Sapa: предел — его MAX_BODY_BYTES (16 МиБ, если не изменён), задаётся в worker/wrangler.jsonc (docs/DEPLOY.md, «Settings and limits»). Тот, кто обслуживает сервер, может увеличить его и развернуть сервер заново; затем повторите.",
};
