/**
 * The users' guides (docs/guide-kk.md, docs/guide-ru.md, docs/guide-en.md) name the buttons, tabs and fields
 * as Sapa shows them: every «quoted» (in English “quoted”) name in a guide is one of Sapa's own words in that guide's language (the pane's, the
 * web's, the shared core's labels, category and education names), or one of Excel's own that the guide
 * names, and every tab Sapa has is described. A renamed button fails here until the guide follows it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATEGORIES, EDUCATION_LEVELS, LABELS } from "@sapa/shared";
import { PANE_WORDS } from "../src/i18n.ts";
import { WEB_WORDS } from "../src/web/i18n-web.ts";
import { GUIDE_LANGS, guideBody, guidePage } from "../scripts/guide-html.ts";

const GUIDES = { kk: "guide-kk.md", ru: "guide-ru.md", en: "guide-en.md" } as const;
/** Excel's own names the guides use: its Home tab, its Text cell format. */
const EXCEL_WORDS: Record<keyof typeof GUIDES, string[]> = {
  kk: ["Басты"],
  ru: ["Главная", "Текстовый"],
  en: ["Home"],
};
/** Each language's quotation marks around a name. */
const QUOTES: Record<keyof typeof GUIDES, [string, string]> = {
  kk: ["«", "»"],
  ru: ["«", "»"],
  en: ["“", "”"],
};
const TABS = ["tabCheck", "tabFigures", "tabSubmit", "tabNewRoster", "tabSettings", "tabRegion"] as const;

const guide = (lang: keyof typeof GUIDES) =>
  readFileSync(new URL(`../../docs/${GUIDES[lang]}`, import.meta.url), "utf8");

/** Every quoted name of a text («…», in English “…”), its line breaks and indents read as one space (as the page shows it). */
const quoted = (text: string, lang: keyof typeof GUIDES) => {
  const [open, close] = QUOTES[lang];
  return [...text.matchAll(new RegExp(`${open}([^${close}]+)${close}`, "g"))].map((m) =>
    m[1]!.replace(/\s+/g, " "),
  );
};

describe.each(Object.keys(GUIDES) as (keyof typeof GUIDES)[])("the %s guide", (lang) => {
  const text = guide(lang);
  const words = new Set<string>([
    ...Object.values(PANE_WORDS[lang]),
    ...Object.values(WEB_WORDS[lang]),
    ...Object.values(LABELS).map((l) => l[lang]),
    ...CATEGORIES.map((c) => c.name[lang]),
    ...EDUCATION_LEVELS.map((e) => e.name[lang]),
    ...EXCEL_WORDS[lang],
  ]);

  it("quotes only names Sapa (or Excel) shows in that language", () => {
    const names = quoted(text, lang);
    expect(names.length).toBeGreaterThan(60);
    expect(names.filter((name) => !words.has(name))).toEqual([]);
  });

  it("describes every tab, and every category a roster may hold today", () => {
    const names = new Set(quoted(text, lang));
    for (const tab of TABS) expect(names, tab).toContain(PANE_WORDS[lang][tab]);
    for (const c of CATEGORIES.filter((c) => !c.legacy)) expect(names, c.key).toContain(c.name[lang]);
    for (const e of EDUCATION_LEVELS) expect(names, e.key).toContain(e.name[lang]);
  });

  it("becomes a page that says all of it: every heading, table row and quoted name, the other guides' pages linked", () => {
    const page = guidePage(text, lang);
    const shown = page
      .replace(/<[^>]+>/g, " ")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ");
    const [open, close] = QUOTES[lang];
    for (const name of quoted(text, lang)) expect(shown, name).toContain(`${open}${name}${close}`);
    const headings = text.split("\n").filter((l) => /^#{1,3} /.test(l)).length;
    expect((page.match(/<h[123]>/g) ?? []).length).toBe(headings);
    const tableRows = text.split("\n").filter((l) => /^\|/.test(l) && !/^\|[-| ]+\|$/.test(l)).length;
    expect((page.match(/<tr>/g) ?? []).length).toBe(tableRows);
    for (const other of GUIDE_LANGS.filter((l) => l !== lang))
      expect(page).toContain(`<a href="guide-${other}.html">`);
    expect(page).toMatch(new RegExp(`<html lang="${lang}">[\\s\\S]*<title>Sapa: `));
    // No Markdown left over: bold, links, table rules.
    expect(shown).not.toMatch(/\*\*|\]\(|\|---/);
  });

  it("gives the web app's address and links the other languages' guides", () => {
    expect(text).toMatch(/`https:\/\/[^`]+\/app\/`/);
    for (const other of GUIDE_LANGS.filter((l) => l !== lang)) expect(text).toContain(`](${GUIDES[other]})`);
  });
});

describe("the guides' Markdown, read", () => {
  it("nests a list under a numbered item, runs an item on over indented lines, and keeps code as written", () => {
    const html = guideBody(
      ["1. First", "   still first:", "   - inner `**not bold**`", "     more inner", "2. Second <b>"].join(
        "\n",
      ),
    );
    expect(html).toBe(
      "<ol><li>First still first:<ul><li>inner <code>**not bold**</code> more inner</li></ul></li>" +
        "<li>Second &lt;b&gt;</li></ol>",
    );
  });
});
