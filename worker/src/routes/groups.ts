import {
  GroupNameSchema,
  GroupPutRequestSchema,
  GroupYearQuerySchema,
  MAX_GROUP_MEMBERS,
  academicYearToday,
  groupReport,
  matchGroupMembers,
  uniqueMembers,
  type AcademicYear,
  type OrganizationSummary,
} from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import {
  MAX_GROUP_MEMBERS_BYTES,
  deleteGroup,
  findGroup,
  listGroups,
  membersJson,
  putGroup,
  readGroup,
} from "../db/groups.ts";
import { targetsTable } from "../db/targets.ts";
import { etag, parseIfMatch } from "../db/versions.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { readWholeList } from "../report-whole-list.ts";
import { jsonBody, validate } from "../validate.ts";

const NameParam = z.strictObject({ name: GroupNameSchema });
const ListQuery = z.strictObject({ lang: z.string().optional() });

/** The region's organisations in the newest revisions of `year` (the whole list: 635 in the plan's baseline). */
const organizationsOf = (db: D1Database, year: AcademicYear) =>
  readWholeList<OrganizationSummary>(db, "organizations", year, null).then((list) => list.items);

/**
 * Groups of organisations, region only (a district token gets 403):
 * GET /api/groups: every group with its members.
 * PUT /api/groups/:name?year= { members }: creates or replaces a group (201 new, 200 replaced); the reply
 * lists the members that match no organisation in the newest data of the year (reported, not refused). A
 * member list over MAX_GROUP_MEMBERS_BYTES as stored is 413 group-too-large, and nothing is written.
 * GET /api/groups/:name: one group, with the ETag of its stored version; 404 group-not-found.
 * DELETE /api/groups/:name: answers the stored name; 404 when there is no such group.
 * PUT answers the group's new ETag. A PUT or DELETE with If-Match gets 412 precondition-failed, and nothing
 * changes, when the group is no longer at that version or does not exist; without it the write goes through
 * (the CLI replaces a group from a file on purpose).
 * GET /api/groups/:name/report?year=: the group's figures from its organisations' newest data.
 * The year defaults to the academic year of today in Aktobe. Changes are audited.
 */
export const groups = new Hono<AppEnv>()
  .use("*", requireRole("region"))
  .get("/", validate("query", ListQuery), async (c) => c.json({ groups: await listGroups(c.env.DB) }, 200))
  .get("/:name", validate("param", NameParam), validate("query", ListQuery), async (c) => {
    const { name } = c.req.valid("param");
    const found = await readGroup(c.env.DB, name);
    if (found === null) throw new ApiError(404, "group-not-found", { name });
    return c.json({ group: found.group }, 200, { ETag: etag(found.version) });
  })
  .put(
    "/:name",
    validate("param", NameParam),
    validate("query", GroupYearQuerySchema),
    jsonBody(GroupPutRequestSchema),
    async (c) => {
      const { name } = c.req.valid("param");
      const year = c.req.valid("query").year ?? academicYearToday();
      const members = uniqueMembers(c.req.valid("json").members);
      // One D1 value holds the list: a longer one would fail the write with D1's own error.
      const stored = membersJson(members);
      if (stored.bytes > MAX_GROUP_MEMBERS_BYTES)
        throw new ApiError(413, "group-too-large", {
          members: members.length,
          maxMembers: MAX_GROUP_MEMBERS,
          bytes: stored.bytes,
          limitBytes: MAX_GROUP_MEMBERS_BYTES,
          sizeKb: Math.ceil(stored.bytes / 1000),
          limitKb: Math.floor(MAX_GROUP_MEMBERS_BYTES / 1000),
        });
      const [existing, organizations] = await Promise.all([
        findGroup(c.env.DB, name),
        organizationsOf(c.env.DB, year),
      ]);
      const { unmatched } = matchGroupMembers(members, organizations);
      const group = { name, members, updatedAt: new Date().toISOString() };
      const ifMatch = parseIfMatch(c.req.header("if-match"));
      const version = await putGroup(c.env.DB, group, c.var.caller.tokenId, unmatched, ifMatch, stored);
      if (version === null) throw new ApiError(412, "precondition-failed");
      return c.json({ group, year, unmatched }, existing === null ? 201 : 200, { ETag: etag(version) });
    },
  )
  .delete("/:name", validate("param", NameParam), async (c) => {
    const { name } = c.req.valid("param");
    const ifMatch = parseIfMatch(c.req.header("if-match"));
    const at = new Date().toISOString();
    const deleted = await deleteGroup(c.env.DB, name, at, c.var.caller.tokenId, ifMatch);
    if (deleted !== null) return c.json({ deleted }, 200);
    // Nothing deleted: no such group, or (with If-Match) not at the version named.
    if (ifMatch !== null) throw new ApiError(412, "precondition-failed");
    throw new ApiError(404, "group-not-found", { name });
  })
  .get("/:name/report", validate("param", NameParam), validate("query", GroupYearQuerySchema), async (c) => {
    const { name } = c.req.valid("param");
    const year = c.req.valid("query").year ?? academicYearToday();
    const [group, organizations, targets] = await Promise.all([
      findGroup(c.env.DB, name),
      organizationsOf(c.env.DB, year),
      targetsTable(c.env.DB),
    ]);
    if (group === null) throw new ApiError(404, "group-not-found", { name });
    return c.json(groupReport(group, year, organizations, targets), 200);
  });
