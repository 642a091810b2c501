// The manifest's structure, offline (the online validation of `npm run validate` cannot be
// reached from CI): order of elements, ids, host, requirement set, permissions, every URL and
// resource id, icon files and sizes, the ribbon group and its buttons, localized strings, and
// the production build's URL rewrite.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { MIN_EXCEL_API } from '../../src/office/host';

const root = path.resolve(__dirname, '../..');
const xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const URL_DEV = 'https://localhost:3000/';

type Node = Record<string, unknown>;
const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true }).parse(
  xml,
) as Node[];
const doc = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) =>
    [
      'Control',
      'bt:Image',
      'bt:Url',
      'bt:String',
      'Host',
      'Set',
      'AppDomain',
      'Group',
      'bt:Override',
      'Override',
    ].includes(name),
}).parse(xml);
const app = doc.OfficeApp as Node;
const overrides = app.VersionOverrides as Node;
const resources = overrides.Resources as Node;

const list = <T = Node>(v: unknown): T[] => (v === undefined ? [] : Array.isArray(v) ? (v as T[]) : [v as T]);
const resourceIds = (kind: string, item: string) =>
  new Map(list<Node>((resources[kind] as Node)[item]).map((n) => [n['@id'] as string, n]));
const images = resourceIds('bt:Images', 'bt:Image');
const urls = resourceIds('bt:Urls', 'bt:Url');
const shortStrings = resourceIds('bt:ShortStrings', 'bt:String');
const longStrings = resourceIds('bt:LongStrings', 'bt:String');

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function allResids(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => allResids(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '@resid') out.push(v as string);
      else if (k !== 'Resources') allResids(v, out);
    }
  }
  return out;
}

const urlsIn = (text: string) =>
  [...text.matchAll(/https?:\/\/[^"<\s]+/g)]
    .map((m) => m[0])
    .filter((u) => !u.startsWith('http://schemas.microsoft.com') && !u.startsWith('http://www.w3.org'));

describe('manifest.xml', () => {
  it('is a task-pane add-in for Excel with its top-level elements in the order the schema demands', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    const officeApp = ordered.find((n) => 'OfficeApp' in n)!.OfficeApp as Node[];
    const names = officeApp.map((n) => Object.keys(n).find((k) => k !== ':@')!).filter((k) => k !== '#comment');
    expect(names).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]);
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(list<Node>((app.Hosts as Node).Host).map((h) => h['@Name'])).toEqual(['Workbook']);
    expect(app.DefaultLocale).toBe('vi-VN');
  });

  it('asks for the least it needs: ExcelApi as the code declares it, document read/write for set-up', () => {
    const sets = list<Node>(((app.Requirements as Node).Sets as Node).Set);
    expect(sets.map((s) => [s['@Name'], s['@MinVersion']])).toEqual([['ExcelApi', MIN_EXCEL_API]]);
    expect(app.Permissions).toBe('ReadWriteDocument');
  });

  it('has Vietnamese names with English overrides, within Office’s length limits', () => {
    for (const key of ['DisplayName', 'Description']) {
      const node = app[key] as Node;
      expect(node['@DefaultValue']).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
      expect(list<Node>(node.Override).map((o) => o['@Locale'])).toEqual(['en-US']);
    }
    expect(((app.DisplayName as Node)['@DefaultValue'] as string).length).toBeLessThanOrEqual(125);
    for (const [id, s] of [...shortStrings, ...longStrings]) {
      const max = shortStrings.has(id) ? 125 : 250;
      expect((s['@DefaultValue'] as string).length, id).toBeLessThanOrEqual(max);
      const en = list<Node>(s['bt:Override']);
      expect(
        en.map((o) => o['@Locale']),
        id,
      ).toEqual(['en-US']);
      expect((en[0]['@Value'] as string).length, id).toBeLessThanOrEqual(max);
    }
  });

  it('uses HTTPS development URLs only, and every resource id resolves (and is used)', () => {
    for (const u of urlsIn(xml)) expect(new URL(u).origin, u).toBe(new URL(URL_DEV).origin);
    const used = allResids(overrides);
    const defined = new Set([...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()]);
    for (const id of used) expect(defined.has(id), id).toBe(true);
    for (const id of defined) expect(used.includes(id), `${id} defined but unused`).toBe(true);
  });

  it('points at pages and icons the build produces, at the sizes Office asks for', () => {
    const config = createRequire(__filename)(path.join(root, 'webpack.config.js'))({}, { mode: 'production' });
    const pages = new Set<string>(
      config.plugins
        .filter((p: { userOptions?: { filename?: string } }) => p.userOptions?.filename)
        .map((p: { userOptions: { filename: string } }) => p.userOptions.filename),
    );
    const copied = config.plugins.find((p: { patterns?: unknown }) => p.patterns).patterns as Array<{
      from: string;
      to: string;
    }>;
    for (const c of copied) if (!c.from.includes('*')) pages.add(c.to);
    for (const u of urlsIn(xml)) {
      const rel = new URL(u).pathname.slice(1);
      if (!rel || rel.startsWith('assets/')) continue;
      expect(pages.has(rel), rel).toBe(true);
    }
    for (const [id, img] of images) {
      const size = Number(/(\d+)x\1/.exec(id)![1]);
      const file = path.join(root, new URL(img['@DefaultValue'] as string).pathname);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    expect(pngSize(path.join(root, new URL((app.IconUrl as Node)['@DefaultValue'] as string).pathname))).toEqual({
      width: 32,
      height: 32,
    });
    expect(
      pngSize(path.join(root, new URL((app.HighResolutionIconUrl as Node)['@DefaultValue'] as string).pathname)),
    ).toEqual({ width: 64, height: 64 });
    expect(pngSize(path.join(root, 'assets/icon-80.png'))).toEqual({ width: 80, height: 80 });
  });

  it('adds a Phối hợp group to the Home tab: Kiểm tra, Sổ theo dõi, Nhập văn bản open the pane; one command runs without it', () => {
    const host = list<Node>((overrides.Hosts as Node).Host)[0];
    expect(host['@xsi:type']).toBe('Workbook');
    const desktop = host.DesktopFormFactor as Node;
    expect(urls.get((desktop.FunctionFile as Node)['@resid'] as string)!['@DefaultValue']).toBe(
      `${URL_DEV}commands.html`,
    );
    const point = desktop.ExtensionPoint as Node;
    expect(point['@xsi:type']).toBe('PrimaryCommandSurface');
    expect((point.OfficeTab as Node)['@id']).toBe('TabHome');
    const [group] = list<Node>((point.OfficeTab as Node).Group);
    expect(shortStrings.get((group.Label as Node)['@resid'] as string)!['@DefaultValue']).toBe('Phối hợp');
    expect(list<Node>((group.Icon as Node)['bt:Image']).map((i) => i['@size'])).toEqual(['16', '32', '80']);
    const controls = list<Node>(group.Control);
    const panes = controls.filter((c) => (c.Action as Node)['@xsi:type'] === 'ShowTaskpane');
    expect(panes.map((c) => shortStrings.get((c.Label as Node)['@resid'] as string)!['@DefaultValue'])).toEqual([
      'Kiểm tra',
      'Sổ theo dõi',
      'Nhập văn bản',
    ]);
    expect(new Set(panes.map((c) => (c.Action as Node).TaskpaneId))).toEqual(new Set(['PhoiHop.Pane']));
    expect(
      panes.map((c) => urls.get(((c.Action as Node).SourceLocation as Node)['@resid'] as string)!['@DefaultValue']),
    ).toEqual(['check', 'track', 'import'].map((a) => `${URL_DEV}taskpane.html?action=${a}`));
    const fn = controls.find((c) => (c.Action as Node)['@xsi:type'] === 'ExecuteFunction')!;
    const name = (fn.Action as Node).FunctionName as string;
    expect(readFileSync(path.join(root, 'src/ribbon/function-file.ts'), 'utf8')).toContain(
      `associateCommand('${name}'`,
    );
    for (const c of controls) expect(list<Node>((c.Icon as Node)['bt:Image']).length).toBe(3);
  });

  it('is rewritten to the production host by the build, with no development URL left', () => {
    const config = createRequire(__filename)(path.join(root, 'webpack.config.js'))({}, { mode: 'production' });
    const pattern = config.plugins
      .find((p: { patterns?: unknown }) => p.patterns)
      .patterns.find((p: { from: string }) => p.from === 'manifest.xml');
    const prod = pattern.transform(Buffer.from(xml)) as string;
    expect(prod).not.toContain('localhost');
    const prodOrigin = new URL(process.env.PHOIHOP_ADDIN_URL ?? 'https://phoihop.example.org/').origin;
    for (const u of urlsIn(prod)) expect(new URL(u).origin, u).toBe(prodOrigin);
    expect(urlsIn(prod)).toHaveLength(urlsIn(xml).length);
    const devConfig = createRequire(__filename)(path.join(root, 'webpack.config.js'))({}, { mode: 'development' });
    const devPattern = devConfig.plugins
      .find((p: { patterns?: unknown }) => p.patterns)
      .patterns.find((p: { from: string }) => p.from === 'manifest.xml');
    expect(devPattern.transform(Buffer.from(xml)).toString()).toBe(xml);
  });

  it('reads with office-addin-manifest offline (the `info` command’s parser)', async () => {
    const info = await OfficeAddinManifest.readManifestFile(path.join(root, 'manifest.xml'));
    expect(info.id).toBe(app.Id);
    expect(info.version).toBe(app.Version);
    expect(info.displayName).toBe('Phối hợp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultLocale).toBe('vi-VN');
  });
});
