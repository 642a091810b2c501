// phoihop diff on real .xlsx files: the contract's JSON and exit codes, renew's output against its
// input, two real seeds imported at test time, and the bảng so sánh read back by python-docx,
// checked by check-ooxml.py and converted to PDF by LibreOffice.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice, pdfFromDocx } from '../../src/node/pdf';
import { runCli, tempDir } from '../helpers/cli';
import { example } from '../helpers/content-grids';
import { checkOoxml, findingLine } from '../helpers/ooxml';
import { saveTemp, xlsxOf } from '../office/workbooks';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');

interface Json {
  old: string;
  new: string;
  changes: Array<Record<string, unknown>>;
}
const KEYS = ['block', 'change', 'key', 'old', 'new', 'oldCell', 'newCell'];

// Each table's rows, each cell's runs with their look: what a reader other than ours sees.
const PY_READ = `
import sys, json, docx
d = docx.Document(sys.argv[1])
def runs(c):
    return [[r.text, bool(r.font.strike), bool(r.font.underline)] for p in c.paragraphs for r in p.runs]
tables = [[[{'text': c.text, 'runs': runs(c)} for c in row.cells] for row in t.rows] for t in d.tables]
print(json.dumps({'paragraphs': [p.text for p in d.paragraphs], 'tables': tables}, ensure_ascii=False))
`;
type Cell = { text: string; runs: Array<[string, boolean, boolean]> };
const readDocx = (file: string) =>
  JSON.parse(execFileSync('/usr/bin/python3', ['-c', PY_READ, file], { encoding: 'utf8' })) as {
    paragraphs: string[];
    tables: Cell[][][];
  };
/** The comparison table: the one whose header is old | new | ghi chú. */
const comparisonTable = (doc: ReturnType<typeof readDocx>) =>
  doc.tables.find((t) => t[0].map((c) => c.text).join('|') === 'Năm học trước|Năm học này|Ghi chú')!;

async function pair(dir: string, edit: (c: ReturnType<typeof example>) => void) {
  const a = example();
  const b = structuredClone(a);
  edit(b);
  return { old: saveTemp(dir, 'cu.xlsx', await xlsxOf(a)), now: saveTemp(dir, 'moi.xlsx', await xlsxOf(b)) };
}

describe('phoihop diff', () => {
  it('identical files: no change, exit 0; changed files: the contract’s JSON, exit 1; bad input: exit 2', async () => {
    const dir = tempDir('phoihop-diff-');
    const { old, now } = await pair(dir, (c) => {
      c.blocks.clauses![1].text = 'Phối hợp xây dựng kế hoạch năm học và tổ chức Hội nghị viên chức, người lao động.';
      c.blocks.signatories![0].title = 'Phó Hiệu trưởng';
    });
    const same = await runCli('diff', old, old, '--format', 'json');
    expect(same.code, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout)).toEqual({ old, new: old, changes: [] });
    expect((await runCli('diff', old, old)).stdout).toContain('Không có thay đổi nào.');

    const r = await runCli('diff', old, now, '--format', 'json');
    expect(r.code, r.stderr).toBe(1);
    const json = JSON.parse(r.stdout) as Json;
    expect(json.old).toBe(old);
    expect(json.new).toBe(now);
    for (const c of json.changes) expect(Object.keys(c)).toEqual(KEYS);
    expect(json.changes.map((c) => [c.block, c.change, c.key, c.newCell])).toEqual([
      ['signatories', 'changed', 'NT', 'Người ký!C2'],
      ['clauses', 'changed', 'D2', 'Điều khoản!E3'],
    ]);
    const text = await runCli('diff', old, now);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('~ NT: sửa Chức vụ (ô Người ký!C2)');
    expect(text.stdout).toContain('Phối hợp xây dựng [-và triển khai -]kế hoạch năm học[-,-]{+ và+} tổ chức Hội nghị');
    expect((await runCli('diff', old, now, '--lang', 'en')).stdout).toContain('2 changes in all.');

    const help = await runCli('diff', '--help');
    expect([help.code, help.stdout.trimEnd().split('\n').pop()]).toEqual([
      0,
      'Mã thoát: 0 không có thay đổi, 1 có thay đổi, 2 sai cách dùng hoặc không đọc được tệp.',
    ]);
    expect((await runCli('diff', old)).code).toBe(2);
    const missing = await runCli('diff', old, path.join(dir, 'khong-co.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('khong-co.xlsx');
    const notXlsx = path.join(dir, 'ghi-chu.xlsx');
    writeFileSync(notXlsx, 'không phải bảng tính');
    expect((await runCli('diff', notXlsx, now)).code).toBe(2);
    expect((await runCli('diff', old, now, '--format', 'xml')).code).toBe(2);
  });

  it('on renew’s output against its input: the year, number, dates, version chain and signing dates and nothing else; last year’s Phổ biến records said, not compared', async () => {
    const dir = tempDir('phoihop-diff-renew-');
    const source = saveTemp(dir, 'quy-che.xlsx', await xlsxOf(example()));
    const out = path.join(dir, 'quy-che-moi.xlsx');
    const renew = await runCli('renew', source, '-o', out);
    expect(existsSync(out), renew.stderr).toBe(true);
    const r = await runCli('diff', source, out, '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Json & { notes: unknown };
    const changes = json.changes;
    const brief = changes.map((c) => `${c.block} ${c.change} ${c.key}`);
    expect(brief).toEqual([
      'document removed Số ký hiệu',
      'document changed Trích yếu',
      'document removed Ngày ban hành',
      'document changed Năm học',
      'document removed Hiệu lực từ ngày',
      'document changed Hiệu lực đến ngày',
      'document changed Thay thế văn bản',
      'document changed Thông qua tại',
      'signatories changed NT',
      'signatories changed CD',
      'signatories changed CDTN',
      'signatories changed CMHS',
    ]);
    // The four records of 2026-2027 are that year's events: a note beside the changes, not four removals.
    expect(json.notes).toEqual([{ block: 'dissemination', reason: 'different-school-years', old: 4, new: 0 }]);
    // The signatories differ only in their signing date, now left to fill in.
    for (const c of changes.filter((c) => c.block === 'signatories'))
      expect([c.old, c.new]).toEqual(['08/10/2026', '']);
    expect(changes.find((c) => c.key === 'Năm học')).toMatchObject({ old: '2026-2027', new: '2027-2028' });
    expect(changes.find((c) => c.key === 'Thay thế văn bản')?.new).toBe(
      'Quy chế phối hợp số 15/QCPH-MNHM-CĐ năm học 2026-2027',
    );
    // The text says it in one line; the bảng so sánh under its legend, with no Phổ biến rows.
    const text = (await runCli('diff', source, out)).stdout.split('\n');
    expect(text.filter((l) => /Phổ biến/.test(l))).toEqual([
      'ℹ Phổ biến: không so sánh, vì hai tệp thuộc hai năm học khác nhau (2026-2027 và 2027-2028) và mỗi năm học có các lần phổ biến riêng (tệp cũ ghi 4 lần, tệp mới 0 lần).',
    ]);
    expect(text).toContain('Tổng cộng 12 thay đổi.');
    const docx = path.join(dir, 'so-sanh.docx');
    expect((await runCli('diff', source, out, '-o', docx)).code).toBe(1);
    expect(checkOoxml([docx]).map(findingLine)).toEqual([]);
    const doc = readDocx(docx);
    expect(doc.paragraphs.filter((p) => /Phổ biến/.test(p))).toEqual([
      'Phần Phổ biến không được so sánh: đây là các lần phổ biến của từng năm học (năm học 2026-2027 ghi 4 lần, năm học 2027-2028 ghi 0 lần), không phải nội dung của văn bản.',
    ]);
    const rows = comparisonTable(doc).map((row) => row[0].text);
    expect(rows.filter((t) => /^[IVX]+\. /.test(t))).toEqual(['I. Thông tin văn bản', 'II. Người ký']);
    // renew says the same count in its last line.
    expect(renew.stderr.trimEnd().split('\n').pop()).toBe(
      'So với năm trước: 12 thay đổi (Số ký hiệu, Trích yếu, Ngày ban hành, Năm học, Hiệu lực từ ngày, Hiệu lực đến ngày, …).',
    );
  });

  it('-o writes the bảng so sánh: valid OOXML, old | new | ghi chú with struck and underlined words, opened by LibreOffice', async () => {
    const dir = tempDir('phoihop-diff-docx-');
    const { old, now } = await pair(dir, (c) => {
      c.blocks.clauses![2].text = 'Phối hợp tổ chức phong trào thi đua và bồi dưỡng chuyên môn cho giáo viên.';
      c.blocks.legalBases!.splice(1, 1);
      c.blocks.parties!.push({
        code: 'PN',
        name: 'Hội Liên hiệp Phụ nữ xã',
        kind: 'Mặt trận, hội, đoàn thể',
        role: 'Phối hợp thực hiện',
        note: '',
      });
    });
    const docx = path.join(dir, 'so-sanh.docx');
    const r = await runCli('diff', old, now, '-o', docx);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`Đã ghi bảng so sánh ${docx}: 3 thay đổi.`);
    expect(checkOoxml([docx]).map(findingLine)).toEqual([]);

    const doc = readDocx(docx);
    expect(doc.paragraphs).toContain('BẢNG SO SÁNH');
    expect(doc.paragraphs).toContain('Quy chế phối hợp năm học 2026-2027 với năm học 2026-2027');
    expect(doc.paragraphs.some((p) => /gạch ngang.*bị bỏ.*gạch chân.*được thêm/.test(p))).toBe(true);
    const table = comparisonTable(doc);
    expect(table.map((row) => row.map((c) => c.text)[row.length - 1])).toEqual([
      'Ghi chú',
      'I. Căn cứ',
      'Bãi bỏ',
      'II. Các bên phối hợp',
      'Bổ sung',
      'III. Nội dung quy chế',
      'Sửa đổi (Nội dung)',
    ]);
    const [, , removedBasis, , addedParty, , clause] = table;
    expect(removedBasis[0].runs.every(([, strike]) => strike)).toBe(true);
    expect(removedBasis[0].text).toContain('50/2024/QH15');
    expect(removedBasis[1].text).toBe('');
    expect(addedParty[1].runs.every(([, , underline]) => underline)).toBe(true);
    const struck = clause[0].runs.filter(([, s]) => s).map(([t]) => t.trim());
    const underlined = clause[1].runs.filter(([, , u]) => u).map(([t]) => t.trim());
    expect(struck).toEqual(['các', ',']);
    expect(underlined).toEqual(['và']);
    expect(clause[0].text).toBe(
      'Chương II, Điều 3. Phối hợp tổ chức các phong trào thi đua, bồi dưỡng chuyên môn cho giáo viên.',
    );

    // Not over an existing file without --force.
    expect((await runCli('diff', old, now, '-o', docx)).code).toBe(2);
    const soffice = findSoffice();
    expect(soffice, 'LibreOffice is needed for this test').toBeTruthy();
    const pdf = await pdfFromDocx(soffice!, new Uint8Array(readFileSync(docx)));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('two real regulations of the same kind of school (seeds imported at test time): it finishes, its Word table is valid', async () => {
    const dir = tempDir('phoihop-diff-seeds-');
    const imported = [];
    // Two kindergartens' regulations with their school administration (Bình Minh, Hoa Sữa).
    for (const id of ['000_10a0c3f5f5282a55', '002_51488acdfc4b7d6c']) {
      const out = path.join(dir, `${id}.xlsx`);
      const r = await runCli('import', path.join(SEEDS, `${id}.txt`), '-o', out);
      expect(r.code, r.stderr).toBe(0);
      imported.push(out);
    }
    const docx = path.join(dir, 'so-sanh.docx');
    const json = await runCli('diff', imported[0], imported[1], '--format', 'json');
    expect(json.code).toBe(1);
    const changes = (JSON.parse(json.stdout) as Json).changes;
    expect(changes.some((c) => c.block === 'clauses')).toBe(true);
    const r = await runCli('diff', imported[0], imported[1], '-o', docx);
    expect(r.code, r.stderr).toBe(1);
    expect(checkOoxml([docx]).map(findingLine)).toEqual([]);
    const table = comparisonTable(readDocx(docx));
    const headings = new Set(changes.map((c) => c.block)).size;
    expect(table.length).toBe(1 + headings + changes.length);
    const pdf = await pdfFromDocx(findSoffice()!, new Uint8Array(readFileSync(docx)));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
