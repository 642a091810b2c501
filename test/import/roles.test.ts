// A plan gives work to bodies that do not sign it (the commune's party committee, the veterans,
// the retired teachers, "các doanh nghiệp"): `import` sets the Vai trò of each party from the
// signature blocks, `validate` asks a signatory of signing parties only, `export` signs for them only.
// Real files all the way: a .txt in, the .xlsx read back with exceljs, the .docx with mammoth.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { runCli, tempDir } from '../helpers/cli';

const dir = tempDir('phoihop-roles-');
const at = (name: string) => path.join(dir, name);

const HEAD = [
  'UBND XÃ TÂN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TRƯỜNG TIỂU HỌC TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 27/KHPH-THTP\t\tTân Phú, ngày 18 tháng 9 năm 2026',
  '',
  'KẾ HOẠCH',
  'Phối hợp giữa nhà trường với các tổ chức, đoàn thể năm học 2026-2027',
  '',
  'Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022;',
  'Nhà trường và Ban Chấp hành Công đoàn cơ sở thống nhất kế hoạch phối hợp như sau:',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Phát huy vai trò của các tổ chức trong việc chăm lo cho học sinh.',
  'II. NHIỆM VỤ CỦA CÁC TỔ CHỨC',
  '1. Nhà trường',
  '- Chủ trì tổ chức Hội nghị viên chức vào tháng 9.',
  '2. Ban Chấp hành Công đoàn cơ sở',
  '- Phối hợp với nhà trường tổ chức Hội nghị viên chức vào tháng 9.',
  '3. Đảng ủy xã',
  '- Chỉ đạo, kiểm tra việc thực hiện kế hoạch mỗi học kỳ.',
  '4. Hội Cựu chiến binh xã',
  '- Nói chuyện truyền thống cho học sinh vào tháng 12.',
  '5. Hội Cựu giáo chức',
  '- Phối hợp tổ chức khuyến học vào tháng 3.',
  '6. Các doanh nghiệp trên địa bàn',
  '- Hỗ trợ học bổng cho học sinh khó khăn vào tháng 1.',
  '',
];
const SIGNATURES = [
  'TM. BAN CHẤP HÀNH CÔNG ĐOÀN\t\t\tHIỆU TRƯỞNG',
  'CHỦ TỊCH',
  '\t\t\t',
  'Ngô Thị Lụa\t\t\tĐặng Văn Quý',
  '',
];
const TAIL = ['Nơi nhận:', '- Phòng GD&ĐT;', '- Lưu: VT.'];

/** Imports the text and returns Mã → Vai trò as exceljs reads the written workbook. */
async function importRoles(name: string, lines: string[]): Promise<{ file: string; roles: Record<string, string> }> {
  const txt = at(`${name}.txt`);
  const file = at(`${name}.xlsx`);
  writeFileSync(txt, lines.join('\n'));
  const r = await runCli('import', txt, '-o', file);
  expect(r.code, r.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Các bên')!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const [code, role] = [header.indexOf('Mã'), header.indexOf('Vai trò')];
  expect(role).toBeGreaterThan(0);
  const roles: Record<string, string> = {};
  for (let i = 2; i <= ws.actualRowCount; i++) {
    const row = ws.getRow(i);
    if (row.getCell(code).value) roles[String(row.getCell(code).value)] = String(row.getCell(role).value ?? '');
  }
  return { file, roles };
}

async function signatoryFindings(file: string): Promise<string[]> {
  const r = await runCli('validate', file, '--format', 'json');
  const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; entity: string }> };
  return report.findings.filter((f) => f.ruleId === 'party-has-signatory').map((f) => f.entity);
}

describe('import: Vai trò from the signature blocks', () => {
  it('the parties that sign are Ký ban hành; those only given work are Phối hợp thực hiện', async () => {
    const { file, roles } = await importRoles('ke-hoach', [...HEAD, ...SIGNATURES, ...TAIL]);
    expect(roles).toEqual({
      NT: 'Ký ban hành',
      CD: 'Ký ban hành',
      CCB: 'Phối hợp thực hiện',
      CGC: 'Phối hợp thực hiện',
      DN: 'Phối hợp thực hiện',
      DU: 'Phối hợp thực hiện',
    });
    // No invented signatures are asked for.
    expect(await signatoryFindings(file)).toEqual([]);

    // The Word file signs for the union and the principal only.
    const docx = at('ke-hoach.docx');
    const r = await runCli('export', file, '-o', docx, '--force');
    expect(r.stderr).not.toMatch(/party-has-signatory/);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(docx) });
    expect(value).toContain('Ngô Thị Lụa');
    expect(value).toContain('Đặng Văn Quý');
    expect(value).toMatch(/TM\. BAN CHẤP HÀNH CÔNG ĐOÀN/i);
    expect(value).not.toMatch(/TM\. (?:CÁC DOANH NGHIỆP|HỘI CỰU|ĐẢNG ỦY)/i);
  });

  it('without any signature block the parties of the enacting sentence still sign, so validate asks for them', async () => {
    const { file, roles } = await importRoles('chua-ky', [...HEAD, ...TAIL]);
    expect(roles).toMatchObject({ NT: 'Ký ban hành', CD: 'Ký ban hành', DU: 'Phối hợp thực hiện' });
    expect((await signatoryFindings(file)).sort()).toEqual(['CD', 'NT']);
  });
});

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seedFiles = existsSync(path.join(SEEDS, 'expected'))
  ? readdirSync(SEEDS).filter(
      (f) => f.endsWith('.txt') && existsSync(path.join(SEEDS, 'expected', f.replace(/\.txt$/, '.json'))),
    )
  : [];

describe('import: Vai trò on the real seeds (../shared/seeds)', () => {
  it('the signing parties are exactly those of the signature blocks marked by hand; without any, every party signs', () => {
    if (seedFiles.length === 0) {
      console.log(`[import] ${SEEDS} is not present: seed roles not checked.`);
      return;
    }
    let supporting = 0;
    for (const f of seedFiles) {
      const expected = JSON.parse(readFileSync(path.join(SEEDS, 'expected', f.replace(/\.txt$/, '.json')), 'utf8')) as {
        signatories: Array<{ party: string }>;
      };
      const x = importText(readFileSync(path.join(SEEDS, f), 'utf8')).extraction;
      // A body no standard code covers is marked "OTHER:<its name>" by hand.
      const codeOf = (party: string) =>
        party.startsWith('OTHER:')
          ? (x.parties.find((p) => p.name.toLowerCase() === party.slice(6).toLowerCase())?.code ?? party)
          : party;
      const signedByHand = [...new Set(expected.signatories.map((s) => codeOf(s.party)))].sort();
      const signing = x.parties.filter((p) => p.signs).map((p) => p.code);
      expect(signing.sort(), f).toEqual(signedByHand.length > 0 ? signedByHand : x.parties.map((p) => p.code).sort());
      supporting += x.parties.length - signing.length;
    }
    // The real plan among them gives work to the party committee, veterans, farmers, retired teachers and businesses.
    expect(supporting).toBe(5);
  });
});
