import type {
  AcademicYear,
  CandidateCounts,
  DistrictId,
  DistrictReview,
  GroupReport,
  OrganizationSummary,
  ReportFigures,
} from "@sapa/shared";
import { useCallback, useRef, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Translate } from "../translate.ts";
import type { ActionRunner } from "./use-action.ts";
import type { Notices } from "./use-notices.ts";

/** What is being loaded, shown with a progress bar. */
export interface LoadStep {
  label: string;
  /** 0..1, or null when the end is not known. */
  value: number | null;
}

/** One district's organisations as read from the organisations endpoint. */
export interface UnitOrganizations {
  district: DistrictId;
  items: OrganizationSummary[];
}

export interface RegionView {
  year: AcademicYear;
  report: ReportFigures | null;
  reviews: DistrictReview[];
  /** The region's groups of organisations with their figures for the year (none defined: empty). */
  groups: GroupReport[];
  /** The groups' figures being read (after the table, so the table does not wait for them). */
  groupsStep: LoadStep | null;
  /** ISO time of the last complete load. */
  loadedAt: string | null;
  step: LoadStep | null;
  selected: DistrictId | null;
  organizations: UnitOrganizations | null;
  orgStep: LoadStep | null;
  /** The candidates' counts of the year (GET /api/candidates, no names), read with every refresh. */
  candidates: CandidateCounts | null;
  /** Loads the report's figures and the review statuses (and the open unit's organisations) again. */
  refresh: () => void;
  /** The same, inside another action (a review action refreshes the table it changed). */
  load: () => Promise<void>;
  /** Opens a unit: its organisations are read page by page. */
  select: (district: DistrictId) => void;
}

interface Loaded {
  key: string;
  report: ReportFigures;
  reviews: DistrictReview[];
  at: string;
}

/** The region's season in the pane: the report's figures with the review statuses, and one unit's organisations. */
export function useRegionView(options: {
  client: ApiClient;
  /** Who asks where (server and access key): what was read for another one is not shown. */
  source: string;
  year: AcademicYear;
  t: Translate;
  runner: ActionRunner;
  notices: Notices;
}): RegionView {
  const { client, year, t, runner, notices } = options;
  const reportFailure = runner.report;
  // What was read is kept with the server, key and year it was read for; another one shows nothing.
  const key = `${options.source} ${year}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [orgsLoaded, setOrgsLoaded] = useState<(UnitOrganizations & { key: string }) | null>(null);
  const [step, setStep] = useState<LoadStep | null>(null);
  const [selected, setSelected] = useState<DistrictId | null>(null);
  const [orgStep, setOrgStep] = useState<LoadStep | null>(null);
  const [candidatesLoaded, setCandidatesLoaded] = useState<{ key: string; counts: CandidateCounts } | null>(
    null,
  );
  const [groupsLoaded, setGroupsLoaded] = useState<{ key: string; items: GroupReport[] } | null>(null);
  const [groupsStep, setGroupsStep] = useState<LoadStep | null>(null);
  // The unit whose organisations were asked for last: an older answer arriving late is dropped.
  const wanted = useRef<DistrictId | null>(null);
  const current = loaded?.key === key ? loaded : null;
  const report = current?.report ?? null;
  const organizations = orgsLoaded?.key === key ? orgsLoaded : null;
  const setOrganizations = useCallback(
    (orgs: UnitOrganizations | null) => setOrgsLoaded(orgs && { ...orgs, key }),
    [key],
  );

  const loadOrganizations = useCallback(
    async (district: DistrictId, figures: ReportFigures | null) => {
      wanted.current = district;
      const total = figures?.districts.find((d) => d.district === district)?.summary.organizations;
      if (total === undefined) {
        // Nothing submitted: no organisations to read.
        setOrganizations({ district, items: [] });
        return;
      }
      setOrgStep({ label: t("regionOrgsLoading", { done: 0, total }), value: 0 });
      try {
        const { items } = await client.organizations(year, district, {
          total,
          onProgress: (done) => {
            if (wanted.current === district)
              setOrgStep({
                label: t("regionOrgsLoading", { done, total }),
                value: done / Math.max(1, total),
              });
          },
        });
        if (wanted.current === district) setOrganizations({ district, items });
      } finally {
        if (wanted.current === district) setOrgStep(null);
      }
    },
    [client, setOrganizations, t, year],
  );

  // Each group's figures from the server, one after another with their progress.
  const loadGroups = useCallback(async () => {
    try {
      setGroupsStep({ label: t("regionLoadingGroups"), value: null });
      const { groups } = await client.groups();
      const reports: GroupReport[] = [];
      for (const g of groups) {
        setGroupsStep({
          label: t("regionGroupsLoading", { done: reports.length, total: groups.length }),
          value: reports.length / groups.length,
        });
        reports.push(await client.groupReport(g.name, year));
      }
      setGroupsLoaded({ key, items: reports });
    } finally {
      setGroupsStep(null);
    }
  }, [client, key, t, year]);

  const load = useCallback(async () => {
    try {
      setStep({ label: t("regionLoadingFigures"), value: 0.1 });
      const figures = await client.reportFigures(year);
      setStep({ label: t("regionLoadingReviews"), value: 0.6 });
      const list = await client.reviewList(year);
      setLoaded({ key, report: figures, reviews: list.districts, at: new Date().toISOString() });
      notices.resolve("region", { authenticated: true });
      // After the table (a review action shows its outcome first); one request at a time.
      setStep({ label: t("regionCandidatesLoading"), value: 0.8 });
      try {
        setCandidatesLoaded({ key, counts: await client.candidates(year) });
        notices.resolve("candidates");
      } catch (error) {
        // The season's table stands without them (an older server, a failed request): said on its own.
        reportFailure("candidates", error);
      }
      try {
        await loadGroups();
        notices.resolve("groups");
      } catch (error) {
        // Like the candidates: the season's table stands without the groups, the failure said on its own.
        reportFailure("groups", error);
      }
      const open = wanted.current;
      if (open) await loadOrganizations(open, figures);
    } finally {
      setStep(null);
    }
  }, [client, key, loadGroups, loadOrganizations, notices, reportFailure, t, year]);

  const refresh = useCallback(() => void runner.run("region", load), [load, runner]);

  const select = useCallback(
    (district: DistrictId) => {
      // The open unit again (a click after Enter): its organisations are read or being read already.
      if (district === wanted.current && (organizations?.district === district || orgStep !== null)) return;
      setSelected(district);
      if (organizations?.district !== district) setOrganizations(null);
      void runner.run("region", async () => {
        await loadOrganizations(district, report);
      });
    },
    [loadOrganizations, orgStep, organizations, report, runner, setOrganizations],
  );

  return {
    year,
    report,
    reviews: current?.reviews ?? [],
    groups: groupsLoaded?.key === key ? groupsLoaded.items : [],
    groupsStep,
    loadedAt: current?.at ?? null,
    step,
    selected,
    organizations,
    orgStep,
    candidates: candidatesLoaded?.key === key ? candidatesLoaded.counts : null,
    refresh,
    load,
    select,
  };
}
