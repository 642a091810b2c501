// The worked example as the office receives it: exported to PDF by `phoihop export --pdf`
// (LibreOffice), signed in turn by its four signatories with certificates of a throw-away CA,
// then verified against its workbook: 4/4 parties, content matching; with two signatures, 2/4 and
// the two parties still to sign; with one clause changed in the workbook, where it differs.
// Poppler's pdfsig, an independent reader, agrees on which signatures hold and which cover the
// whole file. `batch` over schools' folders gives each signed PDF its Ký số, Toàn vẹn and Khớp sổ
// quy chế, and the roster sheet the schools that sent a signed copy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { runCli, tempDir } from '../helpers/cli';
import { readReport, sheetRows } from '../batch/report-reader';
import { exportedPdf } from '../helpers/exported-pdf';
import { makeCa, signInTurn } from '../helpers/sign-pdf';

const dir = tempDir('phoihop-verify-example-');
const at = (name: string) => path.join(dir, name);
const SIGNATORIES = [
  ['Trần Thị Lan', 'Trường Mầm non Hoa Mai'],
  ['Nguyễn Thị Hương', 'Công đoàn Trường Mầm non Hoa Mai'],
  ['Lê Thị Mai', 'Chi đoàn Trường Mầm non Hoa Mai'],
  ['Phạm Văn Minh', 'Ban đại diện cha mẹ trẻ'],
];
let signed: Uint8Array[] = [];
let exportStderr = '';

beforeAll(async () => {
  exportStderr = (await exportedPdf(dir)).stderr;
  const ca = makeCa({ name: 'Viettel Certification Authority Test', organisation: 'Viettel Group' });
  const signers = SIGNATORIES.map(([name, organisation]) => ({ name, organisation }));
  signed = await signInTurn(readFileSync(at('vi-du.pdf')), signers, ca);
  signed.forEach((pdf, i) => writeFileSync(at(`ky-${i + 1}.pdf`), pdf));
  const changed = exampleContent();
  const d3 = changed.blocks.clauses!.find((c) => c.id === 'D3')!;
  d3.text = 'Phối hợp tổ chức các phong trào thi đua, bồi dưỡng chuyên môn cho giáo viên và nhân viên.';
  writeFileSync(at('vi-du-sua.xlsx'), await writeRegulationWorkbook(changed));
});

describe('the worked example, exported, signed by its four signatories, verified against its workbook', () => {
  it('4/4 parties signed, every signature intact, content matching the workbook: exit 0', async () => {
    const r = await runCli('verify', at('ky-4.pdf'), '--workbook', at('vi-du.xlsx'), '--format', 'json');
    expect(r.code, r.stdout).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.signatures.map((s: { party: string }) => s.party)).toEqual(['NT', 'CD', 'CDTN', 'CMHS']);
    expect(json.signatures.every((s: { intact: boolean }) => s.intact)).toBe(true);
    expect(json.parties).toEqual(['NT', 'CD', 'CDTN', 'CMHS'].map((code) => ({ code, signed: true })));
    expect(json.content).toEqual({ matches: true, differences: [] });
    const text = await runCli('verify', at('ky-4.pdf'), '--workbook', at('vi-du.xlsx'));
    expect(text.stdout.split('\n')[0]).toBe(
      'Đã ký số 4/4 bên (NT: Trần Thị Lan, 08/10/2026 09:00 — còn nguyên vẹn; CD: Nguyễn Thị Hương, 08/10/2026 10:00 — còn nguyên vẹn; ' +
        'CDTN: Lê Thị Mai, 08/10/2026 11:00 — còn nguyên vẹn; CMHS: Phạm Văn Minh, 08/10/2026 12:00 — còn nguyên vẹn); nội dung khớp sổ quy chế.',
    );
    expect(text.stdout).toContain('Viettel-CA');
  });

  it('two of four signed: 2/4, the parties still to sign listed, exit 0 (unsigned parties do not fail it)', async () => {
    const r = await runCli('verify', at('ky-2.pdf'), '--workbook', at('vi-du.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Đã ký số 2\/4 bên \(NT: Trần Thị Lan, .*; CD: Nguyễn Thị Hương, .*\); chưa ký: CDTN, CMHS; nội dung khớp sổ quy chế\./,
    );
  });

  it('one clause changed in the workbook: says which clause, with both texts; exit 1', async () => {
    const r = await runCli('verify', at('ky-4.pdf'), '--workbook', at('vi-du-sua.xlsx'), '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.content.matches).toBe(false);
    expect(json.content.differences).toEqual([
      {
        field: 'Điều khoản D3',
        pdf: 'Phối hợp tổ chức các phong trào thi đua, bồi dưỡng chuyên môn cho giáo viên.',
        workbook: 'Phối hợp tổ chức các phong trào thi đua, bồi dưỡng chuyên môn cho giáo viên và nhân viên.',
      },
    ]);
    const text = await runCli('verify', at('ky-4.pdf'), '--workbook', at('vi-du-sua.xlsx'));
    expect(text.stdout).toContain('nội dung khác sổ quy chế ở 1 chỗ');
    expect(text.stdout).toContain('Khác sổ quy chế: Điều khoản D3');
  });

  it('agrees with poppler pdfsig on intact and covering the whole file, signature by signature', async () => {
    const tampered = new Uint8Array(signed[1]);
    // A byte inside the first signed range (the page content stream of the exported PDF).
    tampered[2000] ^= 0x01;
    const appended = Buffer.concat([Buffer.from(signed[0]), Buffer.from('\n% them sau khi ky\n', 'latin1')]);
    const files = { 'ky-2.pdf': signed[1], 'ky-4.pdf': signed[3], 'sua-byte.pdf': tampered, 'them-sau.pdf': appended };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(at(name), bytes);
      let out: string;
      try {
        out = execFileSync('pdfsig', ['-nocert', at(name)], { encoding: 'utf8' });
      } catch (e) {
        out = String((e as { stdout?: string }).stdout ?? '');
      }
      const blocks = out.split(/^Signature #\d+:/m).slice(1);
      const poppler = blocks.map((b) => ({
        intact: /Signature is Valid/.test(b),
        coversWholeFile: /Total document signed/.test(b) && !/Not total document signed/.test(b),
      }));
      const ours = JSON.parse((await runCli('verify', at(name), '--format', 'json')).stdout).signatures.map(
        (s: { intact: boolean; coversWholeFile: boolean }) => ({
          intact: s.intact,
          coversWholeFile: s.coversWholeFile,
        }),
      );
      expect(ours, name).toEqual(poppler);
      expect(poppler.length, name).toBeGreaterThan(0);
    }
  });
});

/** The fonts poppler's pdffonts lists, subset prefix dropped. */
function pdffonts(file: string): string[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''))
    .filter(Boolean);
}

describe('export --pdf says which font it embedded; --pdfa writes PDF/A-2b', () => {
  it('without Times New Roman on the machine, the font line names what pdffonts finds embedded', () => {
    const fonts = pdffonts(at('vi-du.pdf'));
    const hasTimes = fonts.some((f) => /TimesNewRoman/i.test(f));
    if (hasTimes) expect(exportStderr).not.toContain('không có phông');
    else {
      const family = fonts[0].replace(/-(Bold|Italic|BoldItalic)$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
      expect(exportStderr).toContain(
        `Máy này không có phông "Times New Roman": bản PDF nhúng phông ${family} thay thế`,
      );
      if (family === 'Liberation Serif') expect(exportStderr).toContain('bố cục trang giữ nguyên');
    }
  });

  it('--pdfa: the XMP identifies PDF/A part 2, conformance B; --pdfa without --pdf is bad usage', async () => {
    const r = await runCli('export', at('vi-du.xlsx'), '-o', at('luu-tru.docx'), '--pdf', at('luu-tru.pdf'), '--pdfa');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('PDF/A-2b');
    const xmp = readFileSync(at('luu-tru.pdf')).toString('latin1');
    expect(xmp).toMatch(/pdfaid:part(?:>|=")2/);
    expect(xmp).toMatch(/pdfaid:conformance(?:>|=")B/);
    expect(pdffonts(at('luu-tru.pdf')).length).toBeGreaterThan(0);
    const plain = readFileSync(at('vi-du.pdf')).toString('latin1');
    expect(plain).not.toMatch(/pdfaid:part/);
    const bad = await runCli('export', at('vi-du.xlsx'), '-o', at('x.docx'), '--pdfa');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--pdfa cần --pdf');
  });
});

describe('batch over schools folders with workbooks and signed PDFs', () => {
  it('Ký số, Toàn vẹn, Khớp sổ quy chế on the PDF rows; the roster shows who sent a signed copy', async () => {
    const folder = at('nop');
    for (const sub of ['hoa-mai', 'hoa-sen', 'hoa-cuc']) mkdirSync(path.join(folder, sub), { recursive: true });
    // Hoa Mai: workbook and the copy signed by all four. Hoa Sen: the PDF alone, two signatures.
    // Hoa Cúc: its workbook and a signed copy changed after signing.
    writeFileSync(path.join(folder, 'hoa-mai', 'quy-che.xlsx'), readFileSync(at('vi-du.xlsx')));
    writeFileSync(path.join(folder, 'hoa-mai', 'ban-ky.pdf'), signed[3]);
    writeFileSync(path.join(folder, 'hoa-sen', 'ban-ky.pdf'), signed[1]);
    writeFileSync(path.join(folder, 'hoa-cuc', 'quy-che.xlsx'), readFileSync(at('vi-du-sua.xlsx')));
    const appended = Buffer.concat([Buffer.from(signed[3]), Buffer.from('\n% them\n', 'latin1')]);
    writeFileSync(path.join(folder, 'hoa-cuc', 'ban-ky.pdf'), appended);
    const roster = at('danh-sach.csv');
    writeFileSync(roster, 'Mã,Tên trường\nMN01,Trường Mầm non Hoa Mai\nMN02,Trường Mầm non Hoa Hồng\n');
    const out = at('bao-cao.xlsx');
    const r = await runCli('batch', folder, '-o', out, '--roster', roster, '--format', 'json');
    expect(r.code, r.stderr).toBe(1);
    const report = await readReport(out);
    const row = (file: string) => report.summary.find((x) => x['Tệp'] === file)!;
    // The PDF is read and checked as a regulation too (issue 28). Hoa Mai's and Hoa Cúc's workbooks
    // carry the same number: each copy goes with the workbook it says (Hoa Mai's), else the one of
    // its folder (Hoa Cúc's), on one row naming both.
    expect(row('hoa-mai/ban-ky.pdf')).toBeUndefined();
    expect(row('hoa-mai/quy-che.xlsx')).toMatchObject({
      'Ký số': '4/4',
      'Toàn vẹn': 'Còn nguyên vẹn',
      'Khớp sổ quy chế': 'Có',
      Loại: 'Quy chế phối hợp',
    });
    expect(row('hoa-sen/ban-ky.pdf')).toMatchObject({ 'Ký số': '2 chữ ký', 'Toàn vẹn': 'Còn nguyên vẹn' });
    expect(row('hoa-sen/ban-ky.pdf')['Khớp sổ quy chế'] ?? '').toBe('');
    expect(row('hoa-cuc/quy-che.xlsx')).toMatchObject({
      'Ký số': '4/4',
      'Toàn vẹn': 'Sửa sau khi ký',
      'Khớp sổ quy chế': 'Không',
    });
    const cuc = report.details.filter((d) => d['Tệp'] === 'hoa-cuc/quy-che.xlsx').map((d) => String(d['Nội dung']));
    expect(cuc.join('\n')).toContain('Bản PDF hoa-cuc/ban-ky.pdf: có nội dung được thêm sau chữ ký cuối cùng');
    expect(cuc.join('\n')).toContain('nội dung khác sổ quy chế hoa-cuc/quy-che.xlsx');
    const rosterSheet = sheetRows(report.wb.getWorksheet('Danh sách trường')!);
    const hoaMai = rosterSheet.find((x) => x['Mã trường'] === 'MN01')!;
    expect(String(hoaMai['Bản ký số'])).toContain('hoa-mai/ban-ky.pdf (4/4)');
    expect(rosterSheet.find((x) => x['Mã trường'] === 'MN02')!['Bản ký số'] ?? '').toBe('');
    const json = JSON.parse(r.stdout);
    const pdf = json.files.find((f: { file: string }) => f.file === 'hoa-mai/quy-che.xlsx');
    expect(pdf.signature).toMatchObject({
      signatures: 4,
      signingParties: 4,
      signedParties: 4,
      intact: true,
      contentMatches: true,
    });
    execFileSync('/usr/bin/python3', [path.resolve(__dirname, '../../../shared/ooxml/check-ooxml.py'), out]);
  });
});
