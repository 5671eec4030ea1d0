/**
 * The pane's words for the region's pull, said as a short list of the sheets written, each a link (issue 19,
 * item 6). Spread into the pane's catalogue in i18n.ts.
 */
export const en = {
  pulledReport:
    "The consolidated report (districts and the city that have submitted: {submitted} of {expected}) is written to this workbook:",
  pulledRegion: "the region's figures",
  pulledDistricts: "by district, with who has not submitted",
  pulledOrganizations: "organisations: {count}",
  pulledAttestation: "teachers due for attestation: {count}",
  pulledTrend: "the plan's years side by side",
  pulledTrendNoChart: "the plan's years side by side (this Excel cannot draw the chart)",
  pulledGroups: "groups of organisations: {count}",
  pulledCandidates: "candidates by district and organisation",
  pullStepReading: "Loading the report's lists, rows: {done} of {total}…",
  pullStepNames: "Opening the teachers' names with the region key…",
  pullStepMore: "Loading the stages, the groups and the candidates…",
  pullStepWriting: "Writing the sheets ({index} of {count}): “{sheet}”…",
  pullPartlyWritten:
    "The report was written only in part. {written}The sheet “{failed}” may be incomplete; the other Sapa sheets, where an earlier pull wrote them, keep that pull's figures. Pull the report again.",
  pullWrittenBefore: "This pull's figures are in: {sheets}. ",
};

export const kk: typeof en = {
  pulledReport:
    "Жиынтық есеп (деректерін жіберген аудандар мен қала: {expected} ішінен {submitted}) осы кітапқа жазылды:",
  pulledRegion: "облыстың көрсеткіштері",
  pulledDistricts: "аудандар бойынша, кім жібермегені көрсетілген",
  pulledOrganizations: "{count} ұйым",
  pulledAttestation: "аттестаттаудан өтетін {count} педагог",
  pulledTrend: "жоспар жылдары қатар",
  pulledTrendNoChart: "жоспар жылдары қатар (бұл Excel диаграмма сала алмайды)",
  pulledGroups: "ұйымдардың {count} тобы",
  pulledCandidates: "аудандар мен ұйымдар бойынша үміткерлер",
  pullStepReading: "Есеп тізімдері жүктелуде: {total} жол ішінен {done}…",
  pullStepNames: "Педагогтердің аты-жөні облыс кілтімен ашылуда…",
  pullStepMore: "Кезеңдер, топтар мен үміткерлер жүктелуде…",
  pullStepWriting: "Парақтар жазылуда ({count} ішінен {index}): «{sheet}»…",
  pullPartlyWritten:
    "Есеп толық жазылмады. {written}«{failed}» парағы толық болмауы мүмкін; Sapa-ның басқа парақтары бұрын жазылған болса, оларда бұрынғы жүктеудің көрсеткіштері қалды. Есепті қайта алыңыз.",
  pullWrittenBefore: "Осы жүктеудің көрсеткіштері мына парақтарда: {sheets}. ",
};

export const ru: typeof en = {
  pulledReport:
    "Сводный отчёт (районы и город, отправившие данные: {submitted} из {expected}) записан в эту книгу:",
  pulledRegion: "показатели области",
  pulledDistricts: "по районам, с теми, кто не отправил",
  pulledOrganizations: "организаций: {count}",
  pulledAttestation: "педагогов, подлежащих аттестации: {count}",
  pulledTrend: "годы плана рядом",
  pulledTrendNoChart: "годы плана рядом (этот Excel не умеет строить диаграмму)",
  pulledGroups: "групп организаций: {count}",
  pulledCandidates: "кандидаты по районам и организациям",
  pullStepReading: "Загружаются списки отчёта, строк: {done} из {total}…",
  pullStepNames: "Открываются ФИО педагогов ключом области…",
  pullStepMore: "Загружаются этапы, группы и кандидаты…",
  pullStepWriting: "Записываются листы ({index} из {count}): «{sheet}»…",
  pullPartlyWritten:
    "Отчёт записан не полностью. {written}Лист «{failed}» может быть неполным; на остальных листах Sapa, если они были записаны раньше, остались показатели более ранней загрузки. Получите отчёт ещё раз.",
  pullWrittenBefore: "Показатели этой загрузки — на листах: {sheets}. ",
};
