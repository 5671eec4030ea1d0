/**
 * The users' guides (docs/guide-kk.md, docs/guide-ru.md, docs/guide-en.md) as pages the server serves beside
 * the pane (/guide-kk.html, /guide-ru.html, /guide-en.html), so the pane's and the web's Settings can link
 * them. Built with the pane (vite.config.ts). The guides are written in a small part of Markdown, and this reads exactly that part:
 * headings (#, ##, ###), paragraphs, lists (- and 1., nested by indent, an item's text running on indented
 * lines), tables, **bold**, `code` and [links](…); a link to another guide's .md becomes its page.
 */
import type { Lang } from "@sapa/shared";

/** One guide per language Sapa speaks: Settings links the page of the language on screen (guide-kk.html, …). */
export type GuideLang = Lang;

/** A page's title when its guide has no heading; a language without one does not compile. */
const TITLE_FALLBACK: Record<GuideLang, string> = {
  kk: "Sapa нұсқаулығы",
  ru: "Руководство Sapa",
  en: "Sapa's guide",
};
/** Every guide's language: every language Sapa speaks. */
export const GUIDE_LANGS = Object.keys(TITLE_FALLBACK) as GuideLang[];

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Inline Markdown of one piece of text: code spans first (nothing inside them is Markdown), then the rest. */
function inline(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length > 1
        ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
        : escapeHtml(part)
            .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
            .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
              const page = href.replace(/^guide-(kk|ru|en)\.md$/, "guide-$1.html");
              return `<a href="${page}">${label}</a>`;
            }),
    )
    .join("");
}

interface Item {
  indent: number;
  ordered: boolean;
  text: string;
  children: Item[];
}

const LIST_ITEM = /^( *)(-|\d+\.) (.*)$/;

/** Lists from consecutive lines: an item starts with "- " or "1. " at some indent; deeper lines continue it. */
function listHtml(lines: string[]): string {
  const roots: Item[] = [];
  const stack: Item[] = [];
  for (const line of lines) {
    const m = LIST_ITEM.exec(line);
    if (m) {
      const item: Item = { indent: m[1]!.length, ordered: m[2] !== "-", text: m[3]!, children: [] };
      while (stack.length > 0 && stack.at(-1)!.indent >= item.indent) stack.pop();
      (stack.length === 0 ? roots : stack.at(-1)!.children).push(item);
      stack.push(item);
    } else if (stack.length > 0) {
      stack.at(-1)!.text += ` ${line.trim()}`;
    }
  }
  const render = (items: Item[]): string => {
    const tag = items[0]!.ordered ? "ol" : "ul";
    const body = items
      .map((i) => `<li>${inline(i.text)}${i.children.length > 0 ? render(i.children) : ""}</li>`)
      .join("");
    return `<${tag}>${body}</${tag}>`;
  };
  return render(roots);
}

function tableHtml(lines: string[]): string {
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((c) => c.trim());
  const [head, , ...rows] = lines;
  const th = cells(head!)
    .map((c) => `<th>${inline(c)}</th>`)
    .join("");
  const trs = rows
    .map(
      (r) =>
        `<tr>${cells(r)
          .map((c) => `<td>${inline(c)}</td>`)
          .join("")}</tr>`,
    )
    .join("");
  return `<table><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table>`;
}

/** The body of a guide: its blocks (separated by blank lines, or by a heading) as HTML. */
export function guideBody(markdown: string): string {
  const out: string[] = [];
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of markdown.replace(/\r\n/g, "\n").split("\n")) {
    if (line.trim() === "") {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else if (/^#{1,3} /.test(line)) {
      if (block.length > 0) blocks.push(block);
      blocks.push([line]);
      block = [];
    } else block.push(line);
  }
  if (block.length > 0) blocks.push(block);
  // A list may stand in blank-line-separated pieces of one list (an item, a blank line, the next item).
  for (const b of blocks) {
    const heading = /^(#{1,3}) (.*)$/.exec(b[0]!);
    if (heading && b.length === 1) {
      const level = heading[1]!.length;
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else if (b[0]!.trimStart().startsWith("|") && /^\s*\|[-| ]+\|\s*$/.test(b[1] ?? "")) {
      out.push(tableHtml(b));
    } else if (LIST_ITEM.test(b[0]!)) {
      out.push(listHtml(b));
    } else {
      out.push(`<p>${inline(b.map((l) => l.trim()).join(" "))}</p>`);
    }
  }
  return out.join("\n");
}

const STYLE = [
  "body{font-family:'Segoe UI',system-ui,sans-serif;max-width:860px;margin:24px auto;padding:0 16px;line-height:1.5;color:#242424}",
  "table{border-collapse:collapse;margin:12px 0}",
  "th,td{border:1px solid #d1d1d1;padding:6px 8px;text-align:left;vertical-align:top}",
  "th{background:#f5f5f5}",
  "code{background:#f5f5f5;padding:0 3px}",
].join("");

/** A whole page: the guide's first heading as its title, its language, its body. */
export function guidePage(markdown: string, lang: GuideLang): string {
  const title = /^# (.*)$/m.exec(markdown)?.[1] ?? TITLE_FALLBACK[lang];
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
    `<title>${escapeHtml(title)}</title>`,
    // The pane's own icon (without it the browser asks for /favicon.ico, which the server does not have).
    '<link rel="icon" type="image/png" href="/assets/icon-32.png" />',
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    guideBody(markdown),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
