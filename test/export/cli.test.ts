// phoihop export stops at error findings as track does: it lists them and writes nothing (exit 1)
// unless --force, which writes the document and still exits 1.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { responsibility, withResponsibilities } from '../tracking/helpers';
import { writeWorkbook } from './helpers';
import path from 'node:path';

const withErrors = () =>
  withResponsibilities([responsibility(1, 'Hàng quý', '', { lead: 'ZZ' }), responsibility(2, '')]);

describe('phoihop export and error findings', () => {
  it('refuses a regulation with errors, lists them, writes nothing, exit 1', async () => {
    const input = await writeWorkbook(withErrors(), 'loi.xlsx');
    const dir = tempDir();
    const docx = path.join(dir, 'van-ban.docx');
    const r = await runCli('export', input, '-o', docx);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/responsibility-lead-known/);
    expect(r.stderr).toMatch(/responsibility-cadence-set/);
    expect(r.stderr).toContain(`Tệp ${input} còn 2 lỗi nên chưa xuất văn bản Word.`);
    expect(r.stderr).not.toContain('vẫn xuất văn bản Word vì có --force');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--force writes the document anyway, says so, and still exits 1', async () => {
    const input = await writeWorkbook(withErrors(), 'loi-force.xlsx');
    const dir = tempDir();
    const docx = path.join(dir, 'van-ban.docx');
    const r = await runCli('export', input, '-o', docx, '--force');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/responsibility-lead-known/);
    expect(r.stderr).toContain(`Tệp ${input} còn 2 lỗi; vẫn xuất văn bản Word vì có --force.`);
    expect(r.stderr).not.toContain('nên chưa xuất văn bản Word');
    expect(existsSync(docx)).toBe(true);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(docx) });
    expect(value).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});
