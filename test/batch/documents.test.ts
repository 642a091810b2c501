// batch checks what offices receive: regulations sent as .docx, .doc and .txt beside workbooks.
// Each document's row has the findings `import` then `validate` give for it, says it was read
// from a document and how many values are marked Kiểm tra lại, and is matched to the roster; a
// school that sent the workbook and the .doc of the same regulation gets one row naming both,
// with a note where they differ. With --no-read-documents, documents are noted as before.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { exportContent } from '../export/fidelity';
import { runCli, tempDir } from '../helpers/cli';
import { HANG_GUARD_MS } from '../helpers/hang-guard';
import { CORPUS } from '../import/corpus';
import { DOCX_LAYOUTS } from '../import/layouts';

const root = tempDir('phoihop-batch-docs-');
const folder = path.join(root, 'ho-so');
const at = (rel: string) => path.join(folder, rel);

/** LibreOffice saves a .docx as .doc in `outDir` (beside it by default). */
function saveAsDoc(docx: string, outDir = path.dirname(docx)): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${root}/lo-profile`,
      '--headless',
      '--norestore',
      '--convert-to',
      'doc:MS Word 97',
      '--outdir',
      outDir,
      docx,
    ],
    { stdio: 'pipe', timeout: HANG_GUARD_MS },
  );
}

// Three corpus regulations of three different schools, each with its number, and its school
// written as the import writes it into Đơn vị ban hành (the roster is matched on that).
const issuer = (text: string) => String(importText(text).content.document.issuer ?? '');
const picked = CORPUS.filter((d) => d.expected.kind === 'quy_che' && d.expected.number && d.expected.school)
  .filter((d) => issuer(d.text).toLowerCase() === d.expected.school!.toLowerCase())
  .filter((d, i, all) => all.findIndex((x) => x.expected.school === d.expected.school) === i)
  .slice(0, 3);
const DOCUMENTS = {
  [`van-ban/${picked[0].id}.docx`]: picked[0],
  [`van-ban/${picked[1].id}.doc`]: picked[1],
  [`van-ban/${picked[2].id}.txt`]: picked[2],
};

interface Finding {
  ruleId: string;
  severity: string;
  sheet: string;
  cell: string | null;
  entity: string;
}
interface FileRow {
  file: string;
  kind: string;
  school: string;
  findings: Finding[];
  document: { format: string; path: string; toCheck: number; disagreements?: string[] } | null;
}
const key = (f: Finding) => `${f.ruleId}|${f.severity}|${f.sheet}|${f.cell}|${f.entity}`;

let rows: FileRow[];
let roster: {
  totals: Record<string, number>;
  schools: Array<{ name: string; status: string; versions: Array<{ path: string }> }>;
};

beforeAll(async () => {
  mkdirSync(at('van-ban'), { recursive: true });
  mkdirSync(at('so'), { recursive: true });
  const [docx, doc, txt] = Object.keys(DOCUMENTS);
  writeFileSync(at(docx), DOCX_LAYOUTS['a table per block'](picked[0].text));
  const stem = at(doc).replace(/\.doc$/, '');
  writeFileSync(`${stem}.docx`, DOCX_LAYOUTS['a table per block'](picked[1].text));
  saveAsDoc(`${stem}.docx`);
  // Only the .doc is sent: LibreOffice's .docx is taken away again.
  execFileSync('rm', [`${stem}.docx`]);
  writeFileSync(at(txt), picked[2].text);
  // Hoa Mai sent both: its workbook (the date retyped a day later) and the .doc of the same regulation.
  const content = exampleContent();
  writeFileSync(path.join(root, 'hoa-mai.docx'), await exportContent(content));
  saveAsDoc(path.join(root, 'hoa-mai.docx'), folder);
  const retyped = exampleContent();
  retyped.document.issueDate = '09/10/2026';
  writeFileSync(at('so/hoa-mai.xlsx'), await writeRegulationWorkbook(retyped));
  // A fourth school sent only its workbook.
  const fourth = CORPUS.find(
    (d) =>
      d.expected.kind === 'quy_che' &&
      d.expected.school &&
      issuer(d.text).toLowerCase() === d.expected.school.toLowerCase() &&
      !picked.some((p) => p.expected.school === d.expected.school) &&
      !/hoa mai/i.test(d.expected.school),
  )!;
  writeFileSync(at('so/khac.xlsx'), await writeRegulationWorkbook(importText(fourth.text).content));

  const schools = [...picked, fourth].map((d) => d.expected.school!);
  const csv = path.join(root, 'danh-sach.csv');
  writeFileSync(
    csv,
    `Mã trường;Tên trường\r\n${[...schools, 'Trường Mầm non Hoa Mai'].map((s, i) => `T${i + 1};${s}`).join('\r\n')}\r\n`,
  );
  const r = await runCli('batch', folder, '--format', 'json', '--roster', csv, '--jobs', '1', '--as-of', '01/11/2026');
  expect(r.stderr).not.toMatch(/\bat \w+ \(/);
  const json = JSON.parse(r.stdout);
  rows = json.files;
  roster = json.roster;
});

describe('batch over a folder of workbooks and documents', () => {
  it('checks each document as `import` then `validate` would, and says it was read from a document', async () => {
    for (const [rel, d] of Object.entries(DOCUMENTS)) {
      const row = rows.find((r) => r.file === rel)!;
      expect(row, rel).toBeDefined();
      expect(row.kind, rel).toBe('regulation');
      expect(row.document, rel).toMatchObject({ format: path.extname(rel).slice(1), path: rel });
      const out = path.join(root, `${path.basename(rel)}.xlsx`);
      const imported = await runCli('import', at(rel), '-o', out, '--format', 'json');
      expect(imported.code, rel).toBe(0);
      const validated = JSON.parse((await runCli('validate', out, '--format', 'json')).stdout);
      expect(row.findings.map(key).sort(), rel).toEqual(validated.findings.map(key).sort());
      expect(row.findings.length + 1, rel).toBeGreaterThan(0);
      // The Kiểm tra lại count, apart from the findings: every value import marked other than read.
      const x = JSON.parse(imported.stdout);
      const marked = [
        ...Object.values(x.fields),
        ...x.parties,
        ...x.signatories,
        ...x.legalBases,
        ...x.recipients,
        ...x.responsibilities,
      ].filter((v: { confidence?: string }) => v.confidence && v.confidence !== 'read').length;
      expect(row.document!.toCheck, rel).toBe(marked);
      expect(row.school, rel).toBeTruthy();
      expect(d.expected.school).toBeTruthy();
    }
  });

  it('gives a school that sent the workbook and the .doc one row naming both, with where they differ', () => {
    expect(rows.find((r) => r.file === 'hoa-mai.doc')).toBeUndefined();
    const joint = rows.find((r) => r.file === 'so/hoa-mai.xlsx')!;
    expect(joint.document).toMatchObject({ format: 'doc', path: 'hoa-mai.doc', disagreements: ['issueDate'] });
    expect(rows.find((r) => r.file === 'so/khac.xlsx')!.document).toBeNull();
    expect(rows).toHaveLength(5);
  });

  it('matches the documents to the roster like workbooks', () => {
    expect(roster.schools.filter((s) => s.status !== 'submitted')).toEqual([]);
    expect(roster.totals).toMatchObject({ schools: 5, submitted: 5, missing: 0 });
    const versions = roster.schools.flatMap((s) => s.versions.map((v) => v.path));
    for (const rel of [...Object.keys(DOCUMENTS), 'so/hoa-mai.xlsx']) expect(versions, rel).toContain(rel);
  });

  it('says so in the report: the note of the row, in Vietnamese and in English', async () => {
    const csv = await runCli('batch', folder, '--format', 'csv', '--jobs', '1', '--as-of', '01/11/2026');
    const line = (rel: string) => csv.stdout.split('\n').find((l) => l.includes(rel)) ?? '';
    expect(line('hoa-mai.doc,')).toBe('');
    expect(line('van-ban/' + picked[1].id)).toMatch(/Đọc từ văn bản doc; \d+ giá trị cần Kiểm tra lại/);
    expect(line('so/hoa-mai.xlsx')).toMatch(
      /Trường gửi cả văn bản hoa-mai\.doc \(doc\) của cùng quy chế; \d+ giá trị cần Kiểm tra lại; sổ Excel và văn bản khác nhau ở: ngày ban hành/,
    );
    const en = await runCli('batch', folder, '--format', 'csv', '--jobs', '1', '--as-of', '01/11/2026', '--lang', 'en');
    expect(en.stdout).toMatch(/workbook and document differ on: date of issue/);
  });

  it('with --no-read-documents, documents are noted as before and nothing is joined', async () => {
    const r = await runCli('batch', folder, '--format', 'json', '--jobs', '1', '--no-read-documents');
    const files: FileRow[] = JSON.parse(r.stdout).files;
    expect(files).toHaveLength(6);
    for (const rel of [...Object.keys(DOCUMENTS), 'hoa-mai.doc'])
      expect(files.find((f) => f.file === rel)!.kind, rel).toBe('other');
    expect(files.every((f) => f.document === null)).toBe(true);
    expect(readFileSync(at('so/hoa-mai.xlsx')).length).toBeGreaterThan(0);
  });
});
