import type { Lang } from "@sapa/shared";

const LANGS: readonly Lang[] = ["kk", "ru", "en"];

/**
 * The response language: `?lang=` when given, else the best of kk/ru/en in Accept-Language by q-value,
 * else Kazakh (the region's first working language).
 */
export function pickLang(acceptLanguage: string | undefined, query?: string | null): Lang {
  if (query && (LANGS as readonly string[]).includes(query)) return query as Lang;
  if (!acceptLanguage) return "kk";
  let best: { lang: Lang; q: number } | null = null;
  for (const part of acceptLanguage.split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const primary = tag.trim().toLowerCase().split("-")[0] ?? "";
    if (!(LANGS as readonly string[]).includes(primary)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (best === null || q > best.q) best = { lang: primary as Lang, q };
  }
  return best?.lang ?? "kk";
}
