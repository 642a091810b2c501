// A signed PDF beside several workbooks of its number (a school sent v1 and v2, or schools reuse
// a number): batch joins it to the workbook whose content it says, else to the one of its school
// (its folder), else leaves it alone with a note saying why. Real files made here: the worked
// example exported to PDF by `phoihop export --pdf`, signed by its four signatories.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { runCli, tempDir } from '../helpers/cli';
import { exportedPdf } from '../helpers/exported-pdf';
import { makeCa, signInTurn } from '../helpers/sign-pdf';

const dir = tempDir('phoihop-batch-signed-join-');
const folder = path.join(dir, 'nop');
const at = (rel: string) => path.join(folder, ...rel.split('/'));

/** The worked example with one clause's text changed (same number, same school year). */
async function withClause(id: string, text: string): Promise<Uint8Array> {
  const content = exampleContent();
  content.blocks.clauses!.find((c) => c.id === id)!.text = text;
  return writeRegulationWorkbook(content);
}

interface Row {
  file: string;
  number: string;
  signature: { signatures: number; signedParties: number | null; contentMatches: boolean | null } | null;
  document: { format: string; path: string; sameNumber?: string[] } | null;
}
let rows: Row[];
let csv: string;
let number: string;

beforeAll(async () => {
  for (const sub of ['hoa-mai', 'hoa-cuc', 'hoa-lan']) mkdirSync(at(sub), { recursive: true });
  const exported = await exportedPdf(dir);
  const ca = makeCa({ name: 'Ban Co yeu Chinh phu Test CA' });
  const names = ['Trần Thị Lan', 'Nguyễn Thị Hương', 'Lê Thị Mai', 'Phạm Văn Minh'];
  const pdf = (
    await signInTurn(
      readFileSync(exported.pdf),
      names.map((name) => ({ name })),
      ca,
    )
  ).at(-1)!;
  // Hoa Mai sent v1 (a clause worded otherwise) and v2 (what was signed), and the signed copy.
  writeFileSync(at('hoa-mai/v1.xlsx'), await withClause('D3', 'Phối hợp tổ chức các phong trào thi đua.'));
  writeFileSync(at('hoa-mai/v2.xlsx'), readFileSync(path.join(dir, 'vi-du.xlsx')));
  writeFileSync(at('hoa-mai/ban-ky.pdf'), pdf);
  // Hoa Cúc's workbook differs from the signed copy it sent: it still goes with the copy of its folder.
  writeFileSync(at('hoa-cuc/quy-che.xlsx'), await withClause('D1', 'Nhà trường chủ trì, các bên phối hợp.'));
  writeFileSync(at('hoa-cuc/ban-ky.pdf'), pdf);
  // Hoa Lan sent two workbooks, neither what the copy says: which one it belongs to is not guessed.
  writeFileSync(at('hoa-lan/a.xlsx'), await withClause('D2', 'Công đoàn phối hợp chăm lo đời sống.'));
  writeFileSync(at('hoa-lan/b.xlsx'), await withClause('D2', 'Công đoàn phối hợp chăm lo đời sống giáo viên.'));
  writeFileSync(at('hoa-lan/ban-ky.pdf'), pdf);
  number = String(exampleContent().document.number);

  const json = await runCli('batch', folder, '--format', 'json', '--as-of', '01/11/2026');
  expect(json.stderr).not.toMatch(/\bat \w+ \(/);
  rows = JSON.parse(json.stdout).files;
  csv = (await runCli('batch', folder, '--format', 'csv', '--as-of', '01/11/2026')).stdout;
});

const row = (file: string) => rows.find((r) => r.file === file);

describe('batch: a signed PDF beside several workbooks of its number', () => {
  it('goes with the workbook whose content it says (v2, not v1), on one row with Ký số and Khớp sổ quy chế', () => {
    expect(row('hoa-mai/ban-ky.pdf')).toBeUndefined();
    const joint = row('hoa-mai/v2.xlsx')!;
    expect(joint.document).toMatchObject({ format: 'pdf', path: 'hoa-mai/ban-ky.pdf' });
    expect(joint.signature).toMatchObject({ signatures: 4, signedParties: 4, contentMatches: true });
    expect(row('hoa-mai/v1.xlsx')!.document).toBeNull();
    expect(row('hoa-mai/v1.xlsx')!.signature ?? null).toBeNull();
  });

  it('else with the workbook of its own folder, saying the content differs', () => {
    expect(row('hoa-cuc/ban-ky.pdf')).toBeUndefined();
    const joint = row('hoa-cuc/quy-che.xlsx')!;
    expect(joint.document).toMatchObject({ path: 'hoa-cuc/ban-ky.pdf' });
    expect(joint.signature).toMatchObject({ signatures: 4, contentMatches: false });
  });

  it('else keeps its own row, compared with neither, and the note says why', () => {
    const alone = row('hoa-lan/ban-ky.pdf')!;
    expect(alone.document).toMatchObject({ format: 'pdf', sameNumber: ['hoa-lan/a.xlsx', 'hoa-lan/b.xlsx'] });
    expect(alone.signature).toMatchObject({ signatures: 4, signedParties: null, contentMatches: null });
    for (const file of ['hoa-lan/a.xlsx', 'hoa-lan/b.xlsx']) expect(row(file)!.document, file).toBeNull();
    const line = csv.split('\n').find((l) => l.startsWith('hoa-lan/ban-ky.pdf') || l.includes(',hoa-lan/ban-ky.pdf,'));
    expect(line).toContain(
      `2 sổ quy chế cùng số ${number} (hoa-lan/a.xlsx, hoa-lan/b.xlsx), không rõ bản ký thuộc sổ nào nên để riêng một dòng`,
    );
    expect(rows).toHaveLength(6);
  });
});
