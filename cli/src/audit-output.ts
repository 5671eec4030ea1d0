import { findDistrict, formatRegionTime, type AuditEntry, type Lang, type TokenRecord } from "@sapa/shared";
import { AUDIT_ACTION_WORDS } from "./messages-audit.ts";
import { t } from "./messages.ts";

/** What the audit lines are read with besides the entries: the tokens listed now, revisions by submission id. */
export interface AuditContext {
  tokens: ReadonlyMap<string, TokenRecord>;
  /** The revision of each submission (from the districts' histories); absent ones are said without it. */
  revisions: ReadonlyMap<string, number>;
}

/** Longest comment quoted on a line: the rest is in --json. */
const COMMENT_CHARS = 100;

type Detail = Record<string, unknown>;

const asDetail = (value: unknown): Detail =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Detail) : {};
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 ? value : undefined;
const whole = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isInteger(value) ? value : undefined;

function quote(value: string, lang: Lang): string {
  return lang === "en" ? `“${value}”` : `«${value}»`;
}

function shortened(comment: string): string {
  const flat = comment.replace(/\s+/g, " ").trim();
  return [...flat].length > COMMENT_CHARS ? `${[...flat].slice(0, COMMENT_CHARS - 1).join("")}…` : flat;
}

const districtName = (id: string, lang: Lang) => findDistrict(id)?.name[lang] ?? id;

/** A token's role as a word: the region, or the district a district token belongs to. */
function roleOf(role: string, district: string | null, lang: Lang): string {
  if (role === "region") return t("audit-role-region", lang);
  return district === null ? t("audit-role-district", lang) : districtName(district, lang);
}

/** Who did it: the token's label (or id) and role; a token no longer listed, its id. */
export function auditWho(tokenId: string | null, ctx: AuditContext, lang: Lang): string {
  if (tokenId === null) return t("audit-by-server", lang);
  const token = ctx.tokens.get(tokenId);
  if (token === undefined) return tokenId;
  return `${token.label ?? token.id} (${roleOf(token.role, token.district, lang)})`;
}

/** The revision and, if there is a comment, the region's comment of a review change. */
function reviewDetail(d: Detail, lang: Lang, withComment: boolean): string[] {
  const parts: string[] = [];
  const comment = text(d.comment);
  if (withComment && comment !== undefined) parts.push(quote(shortened(comment), lang));
  const revision = whole(d.revision);
  if (revision !== undefined) parts.push(t("audit-revision", lang, { revision }));
  return parts;
}

/** The most useful few words about one entry, by its action; nothing for an action this CLI does not know. */
export function auditDetail(entry: AuditEntry, ctx: AuditContext, lang: Lang): string {
  const d = asDetail(entry.detail);
  const parts: string[] = [];
  switch (entry.action) {
    case "submission.create": {
      // Named by the entry itself; entries written before the server kept it, from the district's history.
      const id = text(d.id);
      const revision = whole(d.revision) ?? (id === undefined ? undefined : ctx.revisions.get(id));
      if (revision !== undefined) parts.push(t("audit-revision", lang, { revision }));
      const rows = whole(d.rows);
      if (rows !== undefined) parts.push(t("audit-rows", lang, { rows }));
      break;
    }
    case "review.return":
    case "review.reopen":
      parts.push(...reviewDetail(d, lang, true));
      break;
    case "review.accept":
    case "review.resubmit":
      parts.push(...reviewDetail(d, lang, false));
      break;
    case "years.window": {
      const from = text(d.from);
      const to = text(d.to);
      if (from !== undefined && to !== undefined) parts.push(`${from} – ${to}`);
      break;
    }
    case "settings.put": {
      const years = whole(d.minYearsSinceAward);
      if (years !== undefined) parts.push(t("audit-min-years", lang, { years }));
      break;
    }
    case "group.put":
    case "group.delete": {
      const name = text(d.name);
      const members = whole(d.members);
      if (name !== undefined)
        parts.push(members === undefined ? quote(name, lang) : t("audit-group", lang, { name, members }));
      break;
    }
    case "token.create":
    case "token.revoke": {
      const id = text(d.id);
      const listed = id === undefined ? undefined : ctx.tokens.get(id);
      const label = text(d.label) ?? listed?.label ?? undefined;
      const role = text(d.role) ?? listed?.role;
      if (label !== undefined) parts.push(quote(label, lang));
      // The entry's own district names which district a district token is for.
      if (role !== undefined)
        parts.push(t(role === "region" ? "audit-role-region" : "audit-role-district", lang));
      if (id !== undefined) parts.push(id);
      break;
    }
    case "key.publish": {
      const keyId = text(d.keyId);
      if (keyId !== undefined) parts.push(keyId);
      break;
    }
  }
  return parts.join(", ");
}

/** The action in words in `lang`; an action of a newer server, its own name. */
export function auditAction(action: string, lang: Lang): string {
  return Object.hasOwn(AUDIT_ACTION_WORDS, action)
    ? AUDIT_ACTION_WORDS[action as keyof typeof AUDIT_ACTION_WORDS][lang]
    : action;
}

/**
 * One entry on one line: when (Aktobe time) · what[: detail] · district · year · by whom; the parts an
 * entry has not (a year's lock names no district) are left out.
 */
export function formatAuditLine(entry: AuditEntry, ctx: AuditContext, lang: Lang): string {
  const detail = auditDetail(entry, ctx, lang);
  const what =
    detail === "" ? auditAction(entry.action, lang) : `${auditAction(entry.action, lang)}: ${detail}`;
  return [
    formatRegionTime(entry.at),
    what,
    entry.district === null ? undefined : districtName(entry.district, lang),
    entry.year ?? undefined,
    t("audit-by", lang, { who: auditWho(entry.tokenId, ctx, lang) }),
  ]
    .filter((part) => part !== undefined)
    .join(" · ");
}
