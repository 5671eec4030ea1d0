/**
 * The pane's words for the region's pull, said as a short list of the sheets written, each a link (issue 19,
 * item 6). Spread into the pane's catalogue in i18n.ts.
 */
export const en = {
  pulledReport:
    "The consolidated report ({submitted} of {expected} districts and the city) is written to this workbook:",
  pulledRegion: "the region's figures",
  pulledDistricts: "by district, with who has not submitted",
  pulledOrganizations: "{count} organisations",
  pulledAttestation: "{count} teachers due for attestation",
  pulledTrend: "the plan's years side by side",
  pulledTrendNoChart: "the plan's years side by side (this Excel cannot draw the chart)",
  pulledGroups: "{count} groups of organisations",
  pulledCandidates: "candidates by district and organisation",
};

export const kk: typeof en = {
  pulledReport: "Жиынтық есеп ({expected} аудан мен қаланың {submitted}) осы кітапқа жазылды:",
  pulledRegion: "облыстың көрсеткіштері",
  pulledDistricts: "аудандар бойынша, кім жібермегені көрсетілген",
  pulledOrganizations: "{count} ұйым",
  pulledAttestation: "аттестаттаудан өтетін {count} педагог",
  pulledTrend: "жоспар жылдары қатар",
  pulledTrendNoChart: "жоспар жылдары қатар (бұл Excel диаграмма сала алмайды)",
  pulledGroups: "ұйымдардың {count} тобы",
  pulledCandidates: "аудандар мен ұйымдар бойынша үміткерлер",
};

export const ru: typeof en = {
  pulledReport: "Сводный отчёт ({submitted} из {expected} районов и города) записан в эту книгу:",
  pulledRegion: "показатели области",
  pulledDistricts: "по районам, с теми, кто не отправил",
  pulledOrganizations: "организаций: {count}",
  pulledAttestation: "педагогов, подлежащих аттестации: {count}",
  pulledTrend: "годы плана рядом",
  pulledTrendNoChart: "годы плана рядом (этот Excel не умеет строить диаграмму)",
  pulledGroups: "групп организаций: {count}",
  pulledCandidates: "кандидаты по районам и организациям",
};
