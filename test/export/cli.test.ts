// phoihop export stops at error findings as track does: it lists them and writes nothing (exit 1)
// unless --force, which writes the document and still exits 1.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { responsibility, withResponsibilities } from '../tracking/helpers';
import { writeWorkbook } from './helpers';
import { exampleContent } from '../../src/core/template/example';
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

describe('phoihop export and the parties that do not sign', () => {
  it('prints a signature block for signing parties only, and names only them as agreeing', async () => {
    const content = exampleContent();
    // The clerk had invented a signature for the veterans before the Vai trò column said they do not sign.
    content.blocks.parties!.push({
      code: 'CCB',
      name: 'Hội Cựu chiến binh xã',
      kind: 'Mặt trận, hội, đoàn thể',
      role: 'Phối hợp thực hiện',
    });
    content.blocks.signatories!.push({ partyCode: 'CCB', name: 'Đinh Văn Thạch', title: 'Chủ tịch', capacity: 'TM.' });
    content.blocks.responsibilities![0].support = 'CD, CDTN, CCB';
    const input = await writeWorkbook(content, 'khong-ky.xlsx');
    const docx = path.join(tempDir(), 'van-ban.docx');
    const r = await runCli('export', input, '-o', docx);
    expect(r.code, r.stderr).toBe(0);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(docx) });
    const text = value.replace(/\s+/g, ' ');
    for (const signer of ['Trần Thị Lan', 'Nguyễn Thị Hương', 'Lê Thị Mai', 'Phạm Văn Minh'])
      expect(text).toContain(signer);
    expect(text).toMatch(/TM\. BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ/i);
    expect(text).not.toContain('Đinh Văn Thạch');
    expect(text).not.toMatch(/TM\. HỘI CỰU CHIẾN BINH/i);
    // The sentence ends at "như sau:"; the line naming the parties that do not sign follows it.
    const enacting = text.match(/[^.:]*thống nhất[^.:]*/)?.[0] ?? '';
    expect(enacting).toContain('Ban đại diện cha mẹ trẻ');
    expect(enacting).not.toContain('Cựu chiến binh');
  });
});
