import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { OfficeAddinManifest } from "office-addin-manifest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const ORIGIN = "https://localhost:3000";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A strict little XML reader: declaration, comments, elements, attributes and text with the five
 * predefined entities. Throws on anything not well-formed (unbalanced or misnested tags, unquoted or
 * repeated attributes, stray "<" or "&", text outside the root, more than one root).
 */
function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    const line = source.slice(0, i).split("\n").length;
    throw new Error(`XML not well-formed at line ${line}: ${why}`);
  };
  const decode = (text: string) =>
    text.replace(/&(#x[0-9a-f]+|#\d+|\w+);|&/gi, (whole, entity: string | undefined) => {
      if (!entity) return fail("bare &");
      if (entity[0] === "#")
        return String.fromCodePoint(
          entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
        );
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      return named[entity] ?? fail(`unknown entity &${entity};`);
    });
  const skipMisc = () => {
    for (;;) {
      while (/\s/.test(source[i] ?? "")) i++;
      if (source.startsWith("<?", i)) {
        const end = source.indexOf("?>", i);
        if (end < 0) fail("unterminated declaration");
        i = end + 2;
      } else if (source.startsWith("<!--", i)) {
        const end = source.indexOf("-->", i);
        if (end < 0) fail("unterminated comment");
        i = end + 3;
      } else return;
    }
  };
  const NAME = /[A-Za-z_][\w.:-]*/y;
  const readName = () => {
    NAME.lastIndex = i;
    const m = NAME.exec(source);
    if (!m) return fail("expected a name");
    i += m[0].length;
    return m[0];
  };
  const readElement = (): XmlElement => {
    if (source[i] !== "<") fail("expected <");
    i++;
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: "" };
    for (;;) {
      const before = i;
      while (/\s/.test(source[i] ?? "")) i++;
      if (source.startsWith("/>", i)) {
        i += 2;
        return element;
      }
      if (source[i] === ">") {
        i++;
        break;
      }
      if (i === before) fail("expected whitespace before an attribute");
      const attr = readName();
      if (attr in element.attributes) fail(`repeated attribute ${attr}`);
      if (source[i] !== "=") fail(`attribute ${attr} without =`);
      i++;
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail(`unquoted attribute ${attr}`);
      const end = source.indexOf(quote!, i + 1);
      if (end < 0) fail("unterminated attribute");
      const raw = source.slice(i + 1, end);
      if (raw.includes("<")) fail("< in an attribute");
      element.attributes[attr] = decode(raw);
      i = end + 1;
    }
    for (;;) {
      const next = source.indexOf("<", i);
      if (next < 0) fail(`unclosed <${element.name}>`);
      element.text += decode(source.slice(i, next));
      i = next;
      if (source.startsWith("<!--", i)) {
        const end = source.indexOf("-->", i);
        if (end < 0) fail("unterminated comment");
        i = end + 3;
      } else if (source.startsWith("</", i)) {
        i += 2;
        const name = readName();
        if (name !== element.name) fail(`</${name}> closes <${element.name}>`);
        while (/\s/.test(source[i] ?? "")) i++;
        if (source[i] !== ">") fail("expected >");
        i++;
        element.text = element.text.trim();
        return element;
      } else {
        element.children.push(readElement());
      }
    }
  };
  skipMisc();
  const root = readElement();
  skipMisc();
  if (i !== source.length) fail("content after the root element");
  return root;
}

const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);

const manifestText = readFileSync(`${repo}manifest.xml`, "utf8");
const manifest = parseXml(manifestText);

/** Every URL in the manifest: DefaultValue / Value attributes and AppDomain texts. */
function manifestUrls(): string[] {
  const urls = new Set<string>();
  for (const el of all(manifest)) {
    for (const [name, value] of Object.entries(el.attributes)) {
      if ((name === "DefaultValue" || name === "Value") && /^[a-z]+:\/\//i.test(value)) urls.add(value);
    }
    if (el.name === "AppDomain") urls.add(el.text);
  }
  return [...urls];
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("the XML reader", () => {
  it("rejects what is not well-formed", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow(/closes/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/repeated/);
    expect(() => parseXml("<a x=1/>")).toThrow(/unquoted/);
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow(/entity/);
    expect(() => parseXml("<a/><b/>")).toThrow(/after the root/);
    expect(parseXml('<?xml version="1.0"?><!-- c --><a k="&amp;">x &lt; y<b/></a>')).toEqual({
      name: "a",
      attributes: { k: "&" },
      children: [{ name: "b", attributes: {}, children: [], text: "" }],
      text: "x < y",
    });
  });
});

describe("manifest.xml", () => {
  it("is a TaskPaneApp for workbooks with ReadWriteDocument and its elements in schema order", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(manifest.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "AllowSnapshot",
      "VersionOverrides",
    ];
    const names = manifest.children.map((c) => c.name);
    for (const name of names) expect(order).toContain(name);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]) {
      expect(names).toContain(required);
    }
    expect(child(manifest, "Permissions")?.text).toBe("ReadWriteDocument");
    expect(child(manifest, "Hosts")?.children.map((h) => h.attributes.Name)).toEqual(["Workbook"]);
  });

  it("has a GUID id, a four-part version and the lowest ExcelApi the core flow needs", () => {
    expect(child(manifest, "Id")?.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(manifest, "Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const sets = all(child(manifest, "Requirements")!).filter((e) => e.name === "Set");
    expect(sets.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([["ExcelApi", "1.1"]]);
  });

  it("names and describes itself in Kazakh and Russian", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = child(manifest, name)!;
      expect(el.attributes.DefaultValue?.length).toBeGreaterThan(0);
      const overrides = Object.fromEntries(el.children.map((o) => [o.attributes.Locale, o.attributes.Value]));
      expect(Object.keys(overrides).sort()).toEqual(["kk-KZ", "ru-RU"]);
      expect(overrides["kk-KZ"]).toMatch(/[әғқңөұүһі]/i);
      expect(overrides["ru-RU"]).toMatch(/[а-я]/i);
      expect(el.attributes.DefaultValue!.length).toBeLessThanOrEqual(name === "DisplayName" ? 125 : 250);
    }
  });

  it("puts a Sapa button on the Home tab that opens the pane, with every resid defined once", () => {
    const overrides = child(manifest, "VersionOverrides")!;
    expect(overrides.attributes["xsi:type"]).toBe("VersionOverridesV1_0");
    const tab = all(overrides).find((e) => e.name === "OfficeTab");
    expect(tab?.attributes.id).toBe("TabHome");
    const button = all(tab!).find((e) => e.name === "Control");
    expect(button?.attributes["xsi:type"]).toBe("Button");
    const action = child(button!, "Action")!;
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");

    const resources = child(overrides, "Resources")!;
    const defined = new Map<string, string>();
    for (const group of resources.children) {
      for (const item of group.children) {
        expect(defined.has(item.attributes.id!)).toBe(false);
        defined.set(item.attributes.id!, group.name);
      }
    }
    const used = all(overrides).filter((e) => e.attributes.resid);
    expect(used.length).toBeGreaterThan(5);
    for (const el of used) expect(defined.has(el.attributes.resid!), el.attributes.resid).toBe(true);
    expect(defined.get(child(action, "SourceLocation")!.attributes.resid!)).toBe("bt:Urls");
    for (const image of all(button!).filter((e) => e.name === "bt:Image"))
      expect(defined.get(image.attributes.resid!)).toBe("bt:Images");
    // Short strings are limited to 125 characters, long ones to 250.
    for (const group of resources.children.filter((g) => g.name.endsWith("Strings"))) {
      const limit = group.name === "bt:ShortStrings" ? 125 : 250;
      for (const s of all(group).filter((e) => e.attributes.DefaultValue || e.attributes.Value)) {
        expect((s.attributes.DefaultValue ?? s.attributes.Value)!.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("uses https URLs only, all on the origin that serves the pane and the API", () => {
    const urls = manifestUrls();
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(new URL(url).origin).toBe(ORIGIN);
    }
    expect(manifestUrls()).toContain(`${ORIGIN}/taskpane.html`);
  });
});

describe("manifest for a deployed server", () => {
  it("moves every URL to the worker's origin and stays valid", async () => {
    const script = `${repo}scripts/manifest-for.mjs`;
    const { manifestFor } = (await import(script)) as {
      manifestFor: (xml: string, origin: string) => string;
    };
    const deployed = parseXml(manifestFor(manifestText, "https://sapa.example.workers.dev/"));
    const urls = all(deployed).flatMap((el) =>
      Object.entries(el.attributes)
        .filter(([name, v]) => (name === "DefaultValue" || name === "Value") && /^https?:/.test(v))
        .map(([, v]) => v),
    );
    expect(new Set(urls).size).toBe(manifestUrls().length - 1); // the AppDomain is element text
    for (const url of urls) expect(new URL(url).origin).toBe("https://sapa.example.workers.dev");
    expect(all(deployed).find((e) => e.name === "AppDomain")?.text).toBe("https://sapa.example.workers.dev");
    expect(() => manifestFor(manifestText, "http://sapa.example")).toThrow(/https/);
    expect(() => manifestFor(manifestText, "https://sapa.example/pane")).toThrow(/origin/);
  });
});

describe("manifest.xml against the built pane", () => {
  beforeAll(async () => {
    // The dev server's own build step: locked, so it never races the e2e test's server start.
    const { ensureAddinBuild } = (await import(`${repo}scripts/dev-server.mjs`)) as {
      ensureAddinBuild: () => Promise<string>;
    };
    expect(await ensureAddinBuild()).not.toBe("placeholder");
  }, 180_000);

  it("points only at files the build really has, icons of the declared sizes", () => {
    for (const url of manifestUrls()) {
      const path = new URL(url).pathname;
      if (path === "/" || path === "") continue; // the AppDomain itself
      expect(existsSync(`${dist}${path.slice(1)}`), `${url} → addin/dist${path}`).toBe(true);
    }
    for (const el of all(manifest).filter((e) => e.name === "bt:Image" && e.attributes.DefaultValue)) {
      const size = Number(/icon-(\d+)\.png$/.exec(el.attributes.DefaultValue!)?.[1]);
      expect(pngSize(`${dist}${new URL(el.attributes.DefaultValue!).pathname.slice(1)}`)).toEqual({
        width: size,
        height: size,
      });
    }
    expect(pngSize(`${dist}assets/icon-32.png`)).toEqual({ width: 32, height: 32 });
    expect(pngSize(`${dist}assets/icon-64.png`)).toEqual({ width: 64, height: 64 });
    const html = readFileSync(`${dist}taskpane.html`, "utf8");
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(html).toMatch(/<script type="module"[^>]*src="\/assets\/taskpane-[\w-]+\.js"/);
  });
});

// Microsoft's published XSDs for the XML manifest sit beside the repository (read-only, see their README);
// xmllint comes from Debian's libxml2-utils, which .ci/run installs.
const SCHEMA = fileURLToPath(
  new URL("../../../shared/office-schemas/OfficeAppManifestV1_1.xsd", import.meta.url),
);

/** xmllint's verdict on a manifest file against the TaskPaneApp schema: exit status and what it said. */
function xsdValidate(file: string): { status: number | null; output: string } {
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error)
    throw new Error(
      `xmllint is needed to validate the manifest (apt-get install -y libxml2-utils): ${run.error.message}`,
    );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("manifests against Microsoft's XSDs (xmllint, offline)", () => {
  const work = mkdtempSync(join(tmpdir(), "sapa-manifest-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("has the schemas beside the repository", () => {
    expect(existsSync(SCHEMA), `${SCHEMA} (../shared/office-schemas)`).toBe(true);
  });

  it("validates manifest.xml", () => {
    const verdict = xsdValidate(`${repo}manifest.xml`);
    expect(verdict.output).toContain("validates");
    expect(verdict.status).toBe(0);
  });

  it("validates the manifest that `npm run manifest -- URL` writes, which Office's own reader reads back", async () => {
    const out = join(work, "manifest.xml");
    const run = spawnSync(
      process.execPath,
      [
        fileURLToPath(new URL("../../scripts/manifest-for.mjs", import.meta.url)),
        "https://sapa.example.workers.dev",
        "--out",
        out,
      ],
      { encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    const verdict = xsdValidate(out);
    expect(verdict.output).toContain("validates");
    expect(verdict.status).toBe(0);
    // office-addin-manifest's reader (its validate command needs Microsoft's online service).
    const [local, deployed] = await Promise.all([
      OfficeAddinManifest.readManifestFile(`${repo}manifest.xml`),
      OfficeAddinManifest.readManifestFile(out),
    ]);
    expect(deployed).toMatchObject({
      id: local.id,
      version: local.version,
      displayName: local.displayName,
      officeAppType: "TaskPaneApp",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      appDomains: ["https://sapa.example.workers.dev"],
      defaultSettings: { sourceLocation: "https://sapa.example.workers.dev/taskpane.html" },
    });
  });

  it("refuses manifests that break the schema (the check can fail)", () => {
    const cases = [
      {
        why: /Description': This element is not expected/,
        text: manifestText.replace(
          /(<DisplayName[\s\S]*?<\/DisplayName>)(\s*)(<Description[\s\S]*?<\/Description>)/,
          "$3$2$1",
        ),
      },
      {
        why: /Permissions.*'Everything'/,
        text: manifestText.replace(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>Everything</Permissions>",
        ),
      },
      { why: /Id/, text: manifestText.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>") },
    ];
    for (const [n, broken] of cases.entries()) {
      expect(broken.text).not.toBe(manifestText);
      const file = join(work, `broken-${n}.xml`);
      writeFileSync(file, broken.text);
      const verdict = xsdValidate(file);
      expect(verdict.status).not.toBe(0);
      expect(verdict.output).toMatch(broken.why);
    }
  });
});
