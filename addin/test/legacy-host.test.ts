/**
 * public/legacy-host.js, the pane's first script, must run in Internet Explorer 11: it is parsed here as
 * ECMAScript 5 (a `let`, an arrow or a template literal fails), then run in a bare context with each
 * host's user agent to show which hosts get the message (Microsoft's test: "Trident", "Edge/").
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { parse } from "acorn";
import { describe, expect, it } from "vitest";

const source = readFileSync(new URL("../public/legacy-host.js", import.meta.url), "utf8");
const html = readFileSync(new URL("../taskpane.html", import.meta.url), "utf8");

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const EDGE_CHROMIUM =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";
const CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

/** What the script writes into the page under `userAgent` (empty: it leaves the page alone). */
function written(userAgent: string): string {
  let out = "";
  runInNewContext(source, {
    window: { navigator: { userAgent }, location: { protocol: "https:", host: "sapa.example.kz" } },
    document: { write: (text: string) => (out += text) },
  });
  return out;
}

describe("legacy-host.js", () => {
  it("parses as ECMAScript 5, as a classic script", () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The parser does refuse what IE 11 cannot run.
    expect(() => parse("const a = () => `x`;", { ecmaVersion: 5, sourceType: "script" })).toThrow();
  });

  it("is the page's first script, classic, before office.js and the module bundle", () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts[0]).toBe('<script src="/legacy-host.js">');
    expect(scripts.slice(1).every((tag) => !tag.includes("legacy-host"))).toBe(true);
  });

  it("on Trident and EdgeHTML writes the message in kk, ru and en with the link, then stops the page", () => {
    for (const ua of [TRIDENT, EDGE_HTML]) {
      const page = written(ua);
      expect(page).toContain('<section lang="kk"');
      expect(page).toContain("Excel-дің бұл нұсқасы Sapa тақтасын іске қоса алмайды");
      expect(page).toContain('<section lang="ru"');
      expect(page).toContain("Эта версия Excel не может запустить панель Sapa");
      expect(page).toContain("This Excel cannot run the Sapa pane");
      expect(page.match(/href="https:\/\/sapa\.example\.kz\/app\/"/g)).toHaveLength(3);
      // The users' guides, each section's in its own language.
      expect(page).toContain(
        'href="https://sapa.example.kz/guide-kk.html" target="_blank">Sapa нұсқаулығы</a>',
      );
      expect(page).toContain(
        'href="https://sapa.example.kz/guide-ru.html" target="_blank">Руководство Sapa</a>',
      );
      expect(page).toContain(`href="https://sapa.example.kz/guide-en.html" target="_blank">Sapa's guide</a>`);
      expect(page.endsWith('<plaintext style="display:none">')).toBe(true);
    }
  });

  it("leaves current browsers alone, Chromium Edge included", () => {
    expect(written(CHROME)).toBe("");
    expect(written(EDGE_CHROMIUM)).toBe("");
  });
});
