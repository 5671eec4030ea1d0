/**
 * The pane's words for candidates for a category (issue 8 §6): the district's list computed in its own
 * workbook, the region's counts. Spread into the pane's catalogue in i18n.ts.
 */
export const en = {
  candidatesMinimum: "Minimum {years} years since the last award (set by the region).",
  candidatesMinimumDefault:
    "Minimum {years} years since the last award (the usual rule: the region's setting could not be read from the server).",
  candidatesRule:
    "A candidate holds the category just below and has held it at least {years} years by the end of the academic year {year}, or holds the category itself and its five years run out in that year.",
  candidatesNamesStay: "The names are found in this workbook and are not sent anywhere.",
  candidatesNoStage: "The academic year {year} has no stage targets: “still needed” stays empty.",
  candidatesUncertain:
    "Undecided, not counted: {count} (no date of the last award, or only its year). Fill in the full date in the roster.",
  candidatesByOrganization: "Candidates by organisation",
  candidatesNone: "No teacher of the roster is a candidate in {year}.",
  candidatesOrg: "{organization} ({count})",
  candidatesLine: "{name}: {sought} — {reason}",
  writeCandidates: "Write the candidates sheet",
  candidatesWritten:
    "“{sheet}” is up to date: {count} candidate rows by organisation. Names stay in this workbook.",
  regionCandidates: "Candidates for a category",
  regionCandidatesCategory: "Category",
  regionCandidatesLoading: "Loading the candidates…",
  regionCandidatesEmpty: "No district has submitted data for {year} yet.",
  regionCandidatesUnit: "Organisations of {district}",
  regionCandidatesWritten: "“{sheet}”: needed, candidates and shortfall by district and organisation.",
};

export type CandidateStrings = typeof en;

export const kk: CandidateStrings = {
  candidatesMinimum: "Соңғы санаттан бері кемінде {years} жыл (облыс белгілейді).",
  candidatesMinimumDefault:
    "Соңғы санаттан бері кемінде {years} жыл (әдепкі ереже: облыстың баптауын серверден оқу мүмкін болмады).",
  candidatesRule:
    "Үміткер — бір саты төмен санаты бар және оны {year} оқу жылының соңына дейін кемінде {years} жыл ұстаған педагог, не санатының бес жылы осы оқу жылында аяқталатын педагог.",
  candidatesNamesStay: "Аты-жөндер осы кітапта анықталады және ешқайда жіберілмейді.",
  candidatesNoStage: "{year} оқу жылына мақсатты көрсеткіштер жоқ: «тағы қажет» бос қалады.",
  candidatesUncertain:
    "Анықталмағандар, есепке кірмеді: {count} (соңғы санат күні жоқ не тек жылы). Тізімде толық күнін толтырыңыз.",
  candidatesByOrganization: "Ұйымдар бойынша үміткерлер",
  candidatesNone: "{year} оқу жылында тізімнен үміткер жоқ.",
  candidatesOrg: "{organization} ({count})",
  candidatesLine: "{name}: {sought} — {reason}",
  writeCandidates: "Үміткерлер парағын жазу",
  candidatesWritten:
    "«{sheet}» жаңартылды: ұйымдар бойынша {count} үміткер жолы. Аты-жөндер осы кітапта қалады.",
  regionCandidates: "Санатқа үміткерлер",
  regionCandidatesCategory: "Санат",
  regionCandidatesLoading: "Үміткерлер жүктелуде…",
  regionCandidatesEmpty: "{year} оқу жылына әлі ешбір аудан деректер жібермеген.",
  regionCandidatesUnit: "{district}: ұйымдар",
  regionCandidatesWritten: "«{sheet}»: аудандар мен ұйымдар бойынша қажет саны, үміткерлер, жетіспейтіні.",
};

export const ru: CandidateStrings = {
  candidatesMinimum: "Не менее {years} лет после последней категории (задаёт область).",
  candidatesMinimumDefault:
    "Не менее {years} лет после последней категории (обычное правило: настройку области не удалось получить с сервера).",
  candidatesRule:
    "Кандидат — педагог с категорией на ступень ниже, который имеет её не менее {years} лет к концу {year} учебного года, или педагог, у которого пять лет его категории истекают в этом году.",
  candidatesNamesStay: "ФИО определяются в этой книге и никуда не отправляются.",
  candidatesNoStage: "Для {year} учебного года нет целевых показателей: «ещё нужно» остаётся пустым.",
  candidatesUncertain:
    "Не определены, не учтены: {count} (нет даты последней категории или указан только год). Заполните полную дату в списке.",
  candidatesByOrganization: "Кандидаты по организациям",
  candidatesNone: "В {year} учебном году в списке нет кандидатов.",
  candidatesOrg: "{organization} ({count})",
  candidatesLine: "{name}: {sought} — {reason}",
  writeCandidates: "Записать лист кандидатов",
  candidatesWritten:
    "Лист «{sheet}» обновлён: строк кандидатов по организациям — {count}. ФИО остаются в этой книге.",
  regionCandidates: "Кандидаты на категорию",
  regionCandidatesCategory: "Категория",
  regionCandidatesLoading: "Загрузка кандидатов…",
  regionCandidatesEmpty: "За {year} учебный год ещё ни один район не отправил данные.",
  regionCandidatesUnit: "{district}: организации",
  regionCandidatesWritten: "«{sheet}»: нужно, кандидатов и не хватает — по районам и организациям.",
};
