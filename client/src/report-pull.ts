import type {
  AcademicYear,
  AttestationEntry,
  Lang,
  OrganizationSummary,
  PageRevision,
  ReportFigures,
  ReportPage,
} from "@sapa/shared";
import { ApiError } from "./api-error.ts";
import { clientMessage } from "./messages.ts";
import { readAllPages, sameRevisions, type OnProgress } from "./paging.ts";

/** The consolidated report as the renderers take it: the aggregates and both lists, all of one moment. */
export interface PulledReport {
  figures: ReportFigures;
  organizations: OrganizationSummary[];
  attestation: AttestationEntry[];
}

/** What pullReport needs of the client. */
export interface ReportSource {
  report(year: AcademicYear): Promise<ReportFigures>;
  organizationsPage(query: { year: AcademicYear }, cursor?: string): Promise<ReportPage<OrganizationSummary>>;
  attestationPage(query: { year: AcademicYear }, cursor?: string): Promise<ReportPage<AttestationEntry>>;
}

/** The revisions the figures were computed from. */
export function figuresRevisions(figures: ReportFigures): PageRevision[] {
  return figures.districts.map((d) => ({ district: d.district, revision: d.revision }));
}

/**
 * Reads the figures, then every organisation and attestation page. The lists restart by themselves when a
 * district resubmits between two pages; when the lists' revisions differ from the figures', everything
 * is read again, at most `maxRestarts` times, then an ApiError "report-changing".
 */
export async function pullReport(
  source: ReportSource,
  year: AcademicYear,
  options: { onProgress?: OnProgress; maxRestarts?: number; lang: Lang },
): Promise<PulledReport> {
  const maxRestarts = options.maxRestarts ?? 3;
  for (let restarts = 0; ; restarts++) {
    const figures = await source.report(year);
    const expected = figuresRevisions(figures);
    const organizationCount = figures.region.organizations;
    const total =
      organizationCount + Object.values(figures.region.attestationDueByYear).reduce((a, b) => a + b, 0);
    const listOptions = { maxRestarts, lang: options.lang };
    // Progress is told as it moves: an empty page (a year without data has one of each list) tells nothing.
    let told = 0;
    const tell = (done: number) => {
      if (done > told) options.onProgress?.((told = done), total);
    };
    const organizations = await readAllPages((cursor) => source.organizationsPage({ year }, cursor), {
      ...listOptions,
      ...(options.onProgress ? { onProgress: tell } : {}),
    });
    const attestation = await readAllPages((cursor) => source.attestationPage({ year }, cursor), {
      ...listOptions,
      ...(options.onProgress
        ? { onProgress: (done: number) => tell(organizations.items.length + done) }
        : {}),
    });
    if (sameRevisions(expected, organizations.revisions) && sameRevisions(expected, attestation.revisions)) {
      return { figures, organizations: organizations.items, attestation: attestation.items };
    }
    if (restarts >= maxRestarts) {
      throw new ApiError({
        status: 409,
        code: "report-changing",
        message: clientMessage("report-changing", options.lang, { times: restarts + 1 }),
      });
    }
  }
}
