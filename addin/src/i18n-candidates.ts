import { CANDIDATE_TEXTS } from "@sapa/shared";

/**
 * The pane's words for candidates for a category (issue 8 §6): the district's list computed in its own
 * workbook, the region's counts. Spread into the pane's catalogue in i18n.ts.
 */
export const en = {
  candidatesMinimum: "Minimum years since the last award: {years} (set by the region).",
  candidatesMinimumDefault:
    "Minimum years since the last award: {years} (the usual rule: the region's setting could not be read from the server).",
  candidatesRule: CANDIDATE_TEXTS.rule.en,
  candidatesNamesStay: "The names are found in this workbook and are not sent anywhere.",
  candidatesNoStage: CANDIDATE_TEXTS.noStage.en,
  candidatesUncertain: CANDIDATE_TEXTS.uncertain.en,
  candidatesByOrganization: "Candidates by organisation",
  candidatesNone: "No teacher of the roster is a candidate in {year}.",
  candidatesOrg: "{organization} ({count})",
  candidatesLine: "{name}: {sought} — {reason}",
  writeCandidates: "Write the candidates sheet",
  candidatesWritten:
    "“{sheet}” is up to date: candidate rows by organisation: {count}. Names stay in this workbook.",
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
  candidatesRule: CANDIDATE_TEXTS.rule.kk,
  candidatesNamesStay: "Аты-жөндер осы кітапта анықталады және ешқайда жіберілмейді.",
  candidatesNoStage: CANDIDATE_TEXTS.noStage.kk,
  candidatesUncertain: CANDIDATE_TEXTS.uncertain.kk,
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
  candidatesMinimum: "Минимум лет после последней категории: {years} (задаёт область).",
  candidatesMinimumDefault:
    "Минимум лет после последней категории: {years} (обычное правило: настройку области не удалось получить с сервера).",
  candidatesRule: CANDIDATE_TEXTS.rule.ru,
  candidatesNamesStay: "ФИО определяются в этой книге и никуда не отправляются.",
  candidatesNoStage: CANDIDATE_TEXTS.noStage.ru,
  candidatesUncertain: CANDIDATE_TEXTS.uncertain.ru,
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
