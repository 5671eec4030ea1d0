import type { Context, Hono } from "hono";
import { requireRole, rolesRequiredBy } from "./auth.ts";
import type { AppEnv, Caller } from "./env.ts";
import { ApiError } from "./errors.ts";

type Role = Caller["role"];

/**
 * The methods `path` has among `app`'s own routes, matched by the app's own router (so a new route is
 * allowed here without a second list), each with the handlers a request of that method would run (its
 * middleware included). HEAD is answered wherever GET is (Hono runs GET for it).
 */
export function routesAt(app: Hono<AppEnv>, path: string): Map<string, object[]> {
  const methods = new Set(app.routes.map((r) => r.method).filter((m) => m !== "ALL"));
  const found = new Map<string, object[]>();
  for (const method of methods) {
    const matched = app.router.match(method, path)[0].map(([[handler, route]]) => ({ handler, route }));
    if (matched.some((m) => m.route.method === method))
      found.set(
        method,
        matched.map((m) => m.handler),
      );
  }
  return found;
}

/** The Allow header's value for the methods routesAt found. */
export function allowHeader(routes: Map<string, object[]>): string {
  const methods = [...routes.keys()];
  if (routes.has("GET")) methods.push("HEAD");
  return methods.sort().join(", ");
}

/**
 * Authenticates a request of a method the path does not have as its most open method would: nothing when
 * one of them is public, else a token of a role one of them lets through (401, 403 or 429 as there). A
 * caller who may not use the path learns no more from a wrong method than from a right one.
 */
export async function authenticateAsRoutes(c: Context<AppEnv>, routes: Map<string, object[]>) {
  const roles = new Set<Role>();
  for (const handlers of routes.values()) {
    // A method's roles: those every requireRole on its way lets through (all roles when there is none).
    let allowed: readonly Role[] = ["district", "region"];
    let guarded = false;
    for (const required of handlers.map(rolesRequiredBy)) {
      if (required === undefined) continue;
      guarded = true;
      allowed = allowed.filter((r) => required.includes(r));
    }
    if (!guarded) return;
    for (const role of allowed) roles.add(role);
  }
  const caller = c.get("caller") as Caller | undefined;
  if (caller === undefined) await requireRole(...roles)(c, async () => {});
  else if (!roles.has(caller.role)) throw new ApiError(403, "forbidden-role", { required: [...roles] });
}
