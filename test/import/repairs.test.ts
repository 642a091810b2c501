// Two kinds of damage that real postings show and that are repaired only where the result is the one
// word it can be: the horn of ư lost in an old font conversion ("trờng"), and the spaces of a copied
// text dropped ("phốihợpgiữa"). Whole documents are damaged at test time and imported through the
// CLI; their headline values are those of the intact document.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { hasGlyphSwap, repairGlyphSwap } from '../../src/core/vietnamese/glyph-swap';
import { unglue } from '../../src/core/vietnamese/glued';
import { restoreHorn } from '../../src/core/vietnamese/horn';
import { runCli, tempDir } from '../helpers/cli';
import { CORPUS } from './corpus';
import { HEADLINE, scoreHeadline } from './score';
import { UNICODE_A, headlineOf } from './documents';

const dir = tempDir('phoihop-repairs-');
const headline = headlineOf;
const original = importText(UNICODE_A).extraction;

/** What a legacy conversion does: the ư before ơ is dropped, the ơ and its tone stay. */
const loseHorn = (s: string) => s.replace(/ư(?=[ơờớởỡợ])/g, '').replace(/Ư(?=[ƠỜỚỞỠỢ])/g, '');

describe('the horn of ư put back', () => {
  it('restores only words that are no syllable without it', () => {
    const cases: Array<[string, string]> = [
      ['Trờng TH Hiệp Hòa', 'Trường TH Hiệp Hòa'],
      ['TRỜNG TIỂU HỌC', 'TRƯỜNG TIỂU HỌC'],
      ['kiểm tra thờng xuyên', 'kiểm tra thường xuyên'],
      ['Hội đồng Bộ trởng, Nhà nớc', 'Hội đồng Bộ trưởng, Nhà nước'],
      ['Chơng I', 'Chương I'],
    ];
    for (const [damaged, restored] of cases) expect(restoreHorn(damaged).text).toBe(restored);
    // Syllables as they stand: "ngời", "hợp", "ơn", "mới" are left alone, and an intact word too.
    for (const kept of ['ngời sáng', 'phối hợp', 'cảm ơn', 'mới', 'trường', 'Ơ kìa'])
      expect(restoreHorn(kept)).toEqual({ text: kept, repairs: [] });
  });

  it('imports a document that lost its horns as the intact one and says what it put back', async () => {
    const damaged = loseHorn(UNICODE_A);
    expect(damaged).not.toBe(UNICODE_A);
    const x = importText(damaged).extraction;
    expect(headline(x)).toEqual(headline(original));
    expect(x.conversions.length).toBeGreaterThan(0);
    expect(x.conversions.every((c) => c.encoding === 'horn')).toBe(true);
    const input = path.join(dir, 'horn.txt');
    writeFileSync(input, damaged);
    const r = await runCli('import', input, '-o', path.join(dir, 'horn.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Đã thêm lại dấu móc bị mất của chữ ư ở \d+ từ/);
    const json = JSON.parse((await runCli('import', input, '--format', 'json')).stdout);
    expect(json.fields.issuer).toMatchObject({ confidence: 'inferred' });
    expect(json.fields.issuer.checks).toContain('repairedHorn');
    // The workbook's note on the value tells the clerk what to compare.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'horn.xlsx'));
    const notes: string[] = [];
    book.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const note = cell.note;
          if (note) notes.push(typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join(''));
        }),
      ),
    );
    expect(notes.some((n) => n.includes('Kiểm tra lại: dòng này bị mất dấu móc của chữ ư'))).toBe(true);
  });
});

describe("letters swapped by a PDF's font", () => {
  // What the broken font map does to the letters it touches.
  const swap = (s: string) =>
    s
      .replace(/ô/g, 'ơ')
      .replace(/Ô/g, 'Ơ')
      .replace(/ộ/g, 'ợ')
      .replace(/Ộ/g, 'Ợ')
      .replace(/HÒA/g, 'HỊA')
      .replace(/ĐOÀN/g, 'ĐỒN');

  it('is told by the words every document has, never by a lost horn', () => {
    expect(hasGlyphSwap(['CỢNG HỊA XÃ HỢI CHỦ NGHĨA VIỆT NAM'])).toBe(true);
    expect(hasGlyphSwap(['Đợc lập - Tự do - Hạnh phúc'])).toBe(true);
    expect(hasGlyphSwap(['CƠNG ĐỒN GD HUYỆN'])).toBe(true);
    // A lost horn leaves the Quốc hiệu alone: "trờng" is no sign of swapped glyphs.
    expect(hasGlyphSwap(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nhà trờng thờng xuyên'])).toBe(false);
  });

  it('repairs a word only into a syllable, and the swapped syllables only in their phrases', () => {
    const cases: Array<[string, string]> = [
      ['CƠNG ĐỒN GD', 'CÔNG ĐOÀN GD'],
      ['CỢNG HỊA XÃ HỢI', 'CỘNG HÒA XÃ HỘI'],
      ['Đợc lập -Tự do', 'Độc lập -Tự do'],
      ['thơng tin đến cơng đồn', 'thông tin đến công đoàn'],
      ['KHƠNG ĐƯỢC', 'KHÔNG ĐƯỢC'],
      // Syllables as they stand ("hợi", "đồn", "chơn", "mơn") stay, but for the phrases that say them.
      ['năm Hợi, đồn biên phòng, ông Chơn, CHUYÊN MƠN', 'năm Hợi, đồn biên phòng, ông Chơn, CHUYÊN MƠN'],
      ['sách mới', 'sách mới'],
    ];
    for (const [from, to] of cases) expect(repairGlyphSwap(from).text, from).toBe(to);
    expect(repairGlyphSwap('sách mới').repairs).toEqual([]);
  });

  it('imports a document whose heading has swapped glyphs as the intact one and says what it put right', async () => {
    const lines = UNICODE_A.split('\n');
    const damaged = [...lines.slice(0, 4).map(swap), ...lines.slice(4)].join('\n');
    expect(damaged).not.toBe(UNICODE_A);
    const x = importText(damaged).extraction;
    expect(headline(x)).toEqual(headline(original));
    expect(x.conversions.some((c) => c.encoding === 'glyphs')).toBe(true);
    const input = path.join(dir, 'glyphs.txt');
    writeFileSync(input, damaged);
    const r = await runCli('import', input, '-o', path.join(dir, 'glyphs.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Đã sửa \d+ từ bị phông của tệp PDF đổi sai chữ/);
  });
});

describe('words glued together', () => {
  it('cuts a word only in the one way it falls into syllables', () => {
    const cases: Array<[string, string]> = [
      ['phốihợpgiữa Ban giám hiệu', 'phối hợp giữa Ban giám hiệu'],
      ['QUYCHẾ (Về việc', 'QUY CHẾ (Về việc'],
      ['lợi ích củađơn vị', 'lợi ích của đơn vị'],
      ['giữaBGH và BCHCĐ', 'giữa BGH và BCHCĐ'],
      ['xây dựng kếhoạchnămhọc', 'xây dựng kế hoạch năm học'],
    ];
    for (const [glued, cut] of cases) expect(unglue(glued)).toBe(cut);
    // No Vietnamese letter, an abbreviation, a minority name, a VNI word left unconverted: untouched.
    for (const kept of ['online', 'THCS', 'BCHCĐCS', "H'Hen Niê", 'Êban', 'Đắk Lắk', 'vôùi', 'CĐcs'])
      expect(unglue(kept)).toBe(kept);
  });

  it('imports a document whose spaces were dropped as the intact one', async () => {
    // A page that lost the spaces between the words of each phrase.
    const glued = UNICODE_A.replace(/(phối) (hợp)/g, '$1$2')
      .replace(/(QUY) (CHẾ)/g, '$1$2')
      .replace(/(Kế) (hoạch)/gi, '$1$2')
      .replace(/(năm) (học)/g, '$1$2');
    expect(glued).not.toBe(UNICODE_A);
    const input = path.join(dir, 'glued.txt');
    writeFileSync(input, glued);
    const json = JSON.parse((await runCli('import', input, '--format', 'json')).stdout);
    expect(headline(json)).toEqual(headline(original));
  });
});

describe("a page's markup left in the text", () => {
  // As a page's source or a saved page gives a document: <br /> ending each line, &nbsp; for the
  // heading's column gap, &amp; for &, paragraphs, a script and a table of the signatures.
  const asHtml = (text: string) =>
    '<html><head><title>Trang</title><script>var x = "<p>Điều 9. Không</p>";</script></head><body><p>' +
    text
      .split('\n')
      .map((line) => line.replace(/&/g, '&amp;').replace(/ {3,}/g, (gap) => '&nbsp;'.repeat(gap.length)) + '<br />')
      .join('\n') +
    '</p></body></html>';

  it('reads every corpus document posted as markup as the plain one', () => {
    for (const doc of CORPUS.slice(0, 12)) {
      const html = asHtml(doc.text);
      const x = importText(html).extraction;
      const score = scoreHeadline(x, doc.expected);
      expect({ id: doc.id, misses: HEADLINE.filter((h) => !score[h]) }).toEqual({ id: doc.id, misses: [] });
      expect(x.clauses.some((c) => /Không|<|&nbsp;|&amp;/.test(c.text))).toBe(false);
    }
  });

  it("reads a page's own table of tasks a task a row, inside a layout table, merged cells undone", () => {
    const page = `<html><body><table class="layout"><tr><td>
<p>TRƯỜNG TIỂU HỌC AN PHÚ</p>
<p>KẾ HOẠCH PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CHI ĐOÀN NĂM HỌC 2025-2026</p>
<p>I. NỘI DUNG</p>
<table border="1"><tbody>
<tr><th>TT</th><th>Thời gian</th><th>Nội dung</th><th>Người thực hiện</th></tr>
<tr><td colspan="4"><strong>Học kỳ I</strong></td></tr>
<tr><td>1</td><td rowspan="2">Tháng 10/2025</td><td><p>Tổ chức Trung thu.</p><p>Thi kể chuyện &amp; vẽ tranh.</p></td><td>Chi đoàn</td></tr>
<tr><td>2</td><td>Hội thi văn nghệ 20/11.</td><td>Nhà trường, Chi đoàn</td></tr>
</tbody></table>
<p>HIỆU TRƯỞNG</p><p>Trần Văn Bình</p>
</td></tr></table></body></html>`;
    const x = importText(page).extraction;
    expect(x.clauses.map((c) => [c.id, c.text])).toEqual([
      ['I.1', 'Tổ chức Trung thu. Thi kể chuyện & vẽ tranh.'],
      ['I.2', 'Hội thi văn nghệ 20/11.'],
    ]);
    expect(x.responsibilities.map((r) => [r.clauseId, r.lead, r.support.join(','), r.months])).toEqual([
      ['I.1', 'CDTN', '', 'T10'],
      ['I.2', 'NT', 'CDTN', 'T10'],
    ]);
    expect(x.signatories.map((s) => s.name)).toEqual(['Trần Văn Bình']);
  });

  it('leaves a text without markup as it is, "<" and "&" included', () => {
    const plain = 'Điều 1. Sĩ số lớp < 35 em & phòng học đủ ánh sáng.';
    expect(importText(plain).extraction.clauses.map((c) => c.text)).toEqual([
      'Sĩ số lớp < 35 em & phòng học đủ ánh sáng.',
    ]);
  });
});
